import type { KccBridge, Notice, OpenedFile } from '../../../shared/bridge';
import { UiSettings as UiSettingsSchema } from '../../../shared/bridge';
import { browserProfiles, browserStatus, defaultSettings, KEYS, readJson, readSettings, statusListeners, writeJson } from './browserProfiles';

export { WEB_PROFILE_ID } from './browserProfiles';

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const clickListeners = new Set<(target: string) => void>();

/**
 * window.kcc for the browser build (`npm run web`): settings, profiles and the token live in
 * localStorage, files go through a download / <input type=file>, the server is the page's own
 * origin (the only one its CSP allows).
 */
export const browserBridge: KccBridge = {
  app: {
    info: async () => ({ name: 'KCC Desk', version: '0.1.0', platform: navigator.platform || 'web', shell: 'browser' }),
  },
  settings: {
    get: async () => readSettings(),
    set: async (patch) => {
      const next = { ...readJson(KEYS.settings, UiSettingsSchema, defaultSettings), ...patch };
      writeJson(KEYS.settings, next);
      return readSettings();
    },
  },
  profiles: browserProfiles,
  server: {
    status: async () => browserStatus(),
    // Only a switch of profile changes it (see browserProfiles.activate).
    onStatus: (listener) => {
      statusListeners.add(listener);
      return () => void statusListeners.delete(listener);
    },
  },
  token: {
    get: async (profileId) => localStorage.getItem(KEYS.token(profileId)),
    set: async (profileId, token) => {
      if (token === null) localStorage.removeItem(KEYS.token(profileId));
      else localStorage.setItem(KEYS.token(profileId), token);
    },
  },
  deepLinks: {
    onLink: () => () => undefined,
  },
  files: {
    save: async (req) => {
      const url = URL.createObjectURL(new Blob([base64ToBytes(req.dataBase64)]));
      const a = document.createElement('a');
      a.href = url;
      a.download = req.suggestedName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true };
    },
    open: (req) =>
      new Promise<OpenedFile | null>((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = req.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          void file.arrayBuffer().then((buf) => resolve({ name: file.name, dataBase64: bytesToBase64(new Uint8Array(buf)) }));
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      }),
  },
  notify: async (notice: Notice) => {
    if (typeof Notification === 'undefined') return;
    if (Notification.permission === 'default') await Notification.requestPermission();
    if (Notification.permission !== 'granted') return;
    const n = new Notification(notice.title, { body: notice.body });
    const target = notice.target;
    if (target) {
      n.onclick = () => {
        window.focus();
        for (const l of clickListeners) l(target);
      };
    }
  },
  notifications: {
    onClick: (listener) => {
      clickListeners.add(listener);
      return () => void clickListeners.delete(listener);
    },
  },
  // The browser's app badge where there is one (an installed web app); the tab title everywhere.
  badge: async (count) => {
    const nav = navigator as Navigator & { setAppBadge?: (n: number) => Promise<void>; clearAppBadge?: () => Promise<void> };
    try {
      if (count > 0) await nav.setAppBadge?.(count);
      else await nav.clearAppBadge?.();
    } catch {
      // not allowed here
    }
    document.title = `${count > 0 ? `(${count}) ` : ''}${document.title.replace(/^\(\d+\) /, '')}`;
  },
  openExternal: async (url) => {
    if (!/^https:\/\//i.test(url)) return false;
    window.open(url, '_blank', 'noopener,noreferrer');
    return true;
  },
};
