import { z } from 'zod';
import { ServerInfo } from '../../../shared/api/staff';
import { Profile, UiSettings, type ConnectionTest, type KccBridge, type ServerStatus } from '../../../shared/bridge';
import { serverUrlProblem } from '../../../shared/domain/serverUrl';

/**
 * Profiles of the browser build (`npm run web`), in localStorage so they survive a reload. The page's CSP
 * (connect-src 'self') lets it reach only the server it was served with, so the built-in profile is that
 * server, and another profile can be used (or tested) only when its address is this same origin.
 */
export const KEYS = { settings: 'kcc.settings', profiles: 'kcc.profiles', token: (id: string) => `kcc.token.${id}` } as const;

export const WEB_PROFILE_ID = 'web';
export const WEB_PROFILE: Profile = { id: WEB_PROFILE_ID, name: 'Deze portaalserver', kind: 'remote' };
export const defaultSettings: UiSettings = { language: 'nl', activeProfileId: WEB_PROFILE_ID };
const MAX_PROFILES = 20;

export class BrowserProfileError extends Error {}

export function readJson<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return fallback;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function writeJson(key: string, value: unknown): void {
  localStorage.setItem(key, JSON.stringify(value));
}

/** The user's own profiles as stored (each re-checked: a hand-edited entry must not break the app). */
function stored(): Profile[] {
  const raw = readJson(KEYS.profiles, z.array(z.unknown()), []);
  return raw.flatMap((item) => {
    const p = Profile.safeParse(item);
    return p.success && p.data.id !== WEB_PROFILE_ID && p.data.kind === 'remote' && p.data.serverUrl !== undefined ? [p.data] : [];
  });
}

function list(): Profile[] {
  return [WEB_PROFILE, ...stored()];
}

export function readSettings(): UiSettings {
  const settings = readJson(KEYS.settings, UiSettings, defaultSettings);
  return list().some((p) => p.id === settings.activeProfileId) ? settings : { ...settings, activeProfileId: WEB_PROFILE_ID };
}

/** Whether an address is the page's own origin, the only one this build may talk to. */
export function isOwnOrigin(serverUrl: string): boolean {
  try {
    return new URL(serverUrl).origin === window.location.origin;
  } catch {
    return false;
  }
}

/** The active profile's server: '' (null url) for the page's own origin, which is all the browser build reaches. */
export function browserStatus(): ServerStatus {
  const active = list().find((p) => p.id === readSettings().activeProfileId);
  const url = active?.serverUrl;
  return { state: 'remote', url: url && !isOwnOrigin(url) ? url : null };
}

async function testOwnOrigin(serverUrl: string): Promise<ConnectionTest> {
  if (!isOwnOrigin(serverUrl)) return { ok: false, problem: 'otherOrigin', detail: window.location.origin };
  let response: Response;
  try {
    response = await fetch(`${window.location.origin}/api/v1/info`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    return error instanceof DOMException && error.name === 'TimeoutError' ? { ok: false, problem: 'timeout' } : { ok: false, problem: 'unreachable' };
  }
  // The web proxy answers 502 when the portal server behind it is down.
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    return { ok: false, problem: 'unreachable', detail: `HTTP ${response.status}` };
  }
  if (!response.ok) return { ok: false, problem: 'notPortal', detail: `HTTP ${response.status}` };
  const info = ServerInfo.safeParse(await response.json().catch(() => null));
  return info.success
    ? { ok: true, name: info.data.name, version: info.data.version, demo: info.data.demo }
    : { ok: false, problem: 'notPortal', detail: 'unexpected answer' };
}

type StatusListener = (status: ServerStatus) => void;
export const statusListeners = new Set<StatusListener>();

export const browserProfiles: KccBridge['profiles'] = {
  list: async () => list(),
  save: async (profile) => {
    if (profile.id === WEB_PROFILE_ID || profile.kind !== 'remote') throw new BrowserProfileError('Het ingebouwde profiel kan niet worden gewijzigd');
    const checked = Profile.parse(profile);
    const problem = checked.serverUrl === undefined ? 'Serveradres is verplicht' : serverUrlProblem(checked.serverUrl);
    if (problem) throw new BrowserProfileError(problem);
    const others = stored();
    const index = others.findIndex((p) => p.id === checked.id);
    if (index >= 0) others[index] = checked;
    else if (others.length + 1 >= MAX_PROFILES) throw new BrowserProfileError('Te veel profielen');
    else others.push(checked);
    writeJson(KEYS.profiles, others);
    return list();
  },
  remove: async (id) => {
    if (id === WEB_PROFILE_ID) throw new BrowserProfileError('Het ingebouwde profiel kan niet worden verwijderd');
    writeJson(KEYS.profiles, stored().filter((p) => p.id !== id));
    localStorage.removeItem(KEYS.token(id));
    if (readJson(KEYS.settings, UiSettings, defaultSettings).activeProfileId === id) {
      writeJson(KEYS.settings, { ...readSettings(), activeProfileId: WEB_PROFILE_ID });
    }
    return list();
  },
  activate: async (id) => {
    const profile = list().find((p) => p.id === id);
    if (!profile) throw new BrowserProfileError('Onbekend profiel');
    // The page's CSP would refuse every call to another origin: say so now rather than fail later.
    if (profile.serverUrl !== undefined && !isOwnOrigin(profile.serverUrl)) {
      throw new BrowserProfileError(`De browserversie kan alleen met haar eigen server (${window.location.origin}) verbinden.`);
    }
    writeJson(KEYS.settings, { ...readSettings(), activeProfileId: id });
    const status = browserStatus();
    statusListeners.forEach((l) => l(status));
    return status;
  },
  test: testOwnOrigin,
};
