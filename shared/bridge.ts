import { z } from 'zod';
import { SERVER_URL_FIELD, serverUrlProblem } from './domain/serverUrl';

/**
 * The one object the preload script exposes as `window.kcc` (OS integration only; all data goes
 * over HTTP to the portal server). Implemented by preload/ (IPC to main) and by the browser fallback
 * in renderer/src/bridge/ for `npm run web`. Main validates every payload with the schemas below.
 */
/** A portal server's address: https only; http just for a server on this computer (see serverUrlProblem). */
export const ServerUrl = z
  .string()
  .max(2048, `${SERVER_URL_FIELD} heeft hoogstens 2048 tekens`)
  .superRefine((url, ctx) => {
    const problem = serverUrlProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const Profile = z.object({
  id: z.string().min(1).max(40).regex(/^[a-z0-9-]+$/),
  name: z.string().trim().min(1, 'Naam is verplicht').max(80, 'Naam heeft hoogstens 80 tekens'),
  /** "embedded" runs the portal server inside the app with demo data; otherwise a server URL. */
  kind: z.enum(['embedded', 'remote']),
  serverUrl: ServerUrl.optional(),
});
export type Profile = z.infer<typeof Profile>;

/**
 * The answer of "Verbinding testen": the server's own `GET /api/v1/info`, or why it could not be had.
 * - unreachable: no answer (refused, unknown host, no network); timeout: no answer in time;
 * - certificate: the https certificate is not trusted (self-signed, expired, other host name);
 * - notPortal: something answered, but not a KCC portal server (`detail` says what, e.g. "HTTP 404");
 * - otherOrigin: the browser build may only reach its own server, so it cannot test another one.
 */
export const ConnectionTest = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), name: z.string(), version: z.string(), demo: z.boolean() }),
  z.object({
    ok: z.literal(false),
    problem: z.enum(['unreachable', 'timeout', 'certificate', 'notPortal', 'otherOrigin']),
    detail: z.string().max(300).optional(),
  }),
]);
export type ConnectionTest = z.infer<typeof ConnectionTest>;

export const ServerStatus = z.object({
  state: z.enum(['starting', 'running', 'stopped', 'failed', 'remote']),
  url: z.string().nullable(),
  message: z.string().optional(),
});
export type ServerStatus = z.infer<typeof ServerStatus>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  shell: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const UiSettings = z.object({
  language: z.enum(['nl', 'en']),
  activeProfileId: z.string(),
  /** Desktop notifications and the badge count (on unless turned off). */
  notifications: z.boolean().optional(),
});
export type UiSettings = z.infer<typeof UiSettings>;

/** Where clicking a notification leads: a hash route of the app ("#/iban?id=12"), nothing else. */
export const NoticeTarget = z
  .string()
  .max(200)
  .regex(/^#\/[A-Za-z0-9/_?=&.-]*$/, 'Alleen een scherm van de app');
export const Notice = z.object({ title: z.string().max(200), body: z.string().max(1000), target: NoticeTarget.optional() });
export type Notice = z.infer<typeof Notice>;

export const SaveFileRequest = z.object({
  suggestedName: z.string().max(200),
  /** base64 of the bytes to write */
  dataBase64: z.string(),
  filters: z.array(z.object({ name: z.string(), extensions: z.array(z.string()) })).default([]),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;

export const OpenFileRequest = z.object({
  filters: z.array(z.object({ name: z.string(), extensions: z.array(z.string()) })).default([]),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequest>;
export interface OpenedFile {
  name: string;
  dataBase64: string;
}

/** A deep link as the renderer receives it, already parsed and checked by main. */
export const DeepLink = z.object({ kind: z.literal('customer'), customerNumber: z.string() });
export type DeepLink = z.infer<typeof DeepLink>;

export interface KccBridge {
  app: {
    info(): Promise<AppInfo>;
  };
  settings: {
    get(): Promise<UiSettings>;
    set(patch: Partial<UiSettings>): Promise<UiSettings>;
  };
  profiles: {
    /** The built-in profile first (embedded server, or in the browser build the page's own server). */
    list(): Promise<Profile[]>;
    /** Adds or replaces a remote profile (by id); refuses the built-in one and a URL the shared rule refuses. */
    save(profile: Profile): Promise<Profile[]>;
    /** Removes a remote profile and its stored token; the built-in one cannot be removed. */
    remove(id: string): Promise<Profile[]>;
    /**
     * Makes a profile the active one and points the app at its server. The renderer reloads afterwards
     * (Electron's main does so itself when the server's origin, and so the CSP, changes).
     */
    activate(id: string): Promise<ServerStatus>;
    /**
     * Calls `GET /api/v1/info` at that address (Electron: from main, as the renderer's CSP reaches only the
     * active server; browser build: only its own origin).
     */
    test(serverUrl: string): Promise<ConnectionTest>;
  };
  server: {
    /** Status of the server of the active profile (embedded: started by main). */
    status(): Promise<ServerStatus>;
    onStatus(listener: (status: ServerStatus) => void): () => void;
  };
  /** The staff session token, kept with the OS keychain (safeStorage) in Electron. */
  token: {
    get(profileId: string): Promise<string | null>;
    set(profileId: string, token: string | null): Promise<void>;
  };
  deepLinks: {
    onLink(listener: (link: DeepLink) => void): () => void;
  };
  files: {
    save(req: SaveFileRequest): Promise<{ saved: boolean; path?: string }>;
    open(req: OpenFileRequest): Promise<OpenedFile | null>;
  };
  notify(notice: Notice): Promise<void>;
  /** Clicks on a notification that named a target: the renderer opens that screen. */
  notifications: {
    onClick(listener: (target: string) => void): () => void;
  };
  /** The number of open items on the app icon (macOS dock badge, Windows taskbar overlay); 0 clears it. */
  badge(count: number): Promise<void>;
  /** Opens an https URL in the system browser, after main's allow-list check. */
  openExternal(url: string): Promise<boolean>;
}

/** IPC channel names: one place, so main and preload cannot drift apart (zod-free module, so the
 * sandboxed preload bundle stays small). */
export { ipcChannels } from './ipcChannels';
