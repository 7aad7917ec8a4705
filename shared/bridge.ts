import { z } from 'zod';
import { serverUrlProblem } from './domain/serverUrl';

/**
 * The one object the preload script exposes as `window.kcc` (OS integration only; all data goes
 * over HTTP to the portal server). Implemented by preload/ (IPC to main) and by the browser fallback
 * in renderer/src/bridge/ for `npm run web`. Main validates every payload with the schemas below.
 */
export const Profile = z.object({
  id: z.string().min(1).max(40).regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).max(80),
  /** "embedded" runs the portal server inside the app with demo data; otherwise a server URL. */
  kind: z.enum(['embedded', 'remote']),
  /** https only; http just for a server on this computer (see serverUrlProblem). */
  serverUrl: z
    .string()
    .max(2048)
    .superRefine((url, ctx) => {
      const problem = serverUrlProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
});
export type Profile = z.infer<typeof Profile>;

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
});
export type UiSettings = z.infer<typeof UiSettings>;

export const Notice = z.object({ title: z.string().max(200), body: z.string().max(1000) });
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
    list(): Promise<Profile[]>;
    save(profile: Profile): Promise<Profile[]>;
    remove(id: string): Promise<Profile[]>;
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
  /** Opens an https URL in the system browser, after main's allow-list check. */
  openExternal(url: string): Promise<boolean>;
}

/** IPC channel names: one place, so main and preload cannot drift apart (zod-free module, so the
 * sandboxed preload bundle stays small). */
export { ipcChannels } from './ipcChannels';
