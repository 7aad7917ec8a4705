import { ApiError, createApiClient } from '../../../shared/client';
import type { ServerStatus } from '../../../shared/bridge';
import { kcc } from '../bridge';

/**
 * The one API client of the renderer. Who is signed in and whether the server answers is tracked
 * elsewhere (session/, connection/); they listen here instead of being imported, to avoid cycles.
 */
let token: string | null = null;
export function setApiToken(next: string | null): void {
  token = next;
}
export function hasApiToken(): boolean {
  return token !== null;
}

type ErrorListener = (error: ApiError) => void;
type SuccessListener = () => void;
const errorListeners = new Set<ErrorListener>();
const successListeners = new Set<SuccessListener>();
export function onApiError(listener: ErrorListener): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}
export function onApiSuccess(listener: SuccessListener): () => void {
  successListeners.add(listener);
  return () => successListeners.delete(listener);
}

let lastStatus: ServerStatus | null = null;
kcc.server.onStatus((status) => {
  lastStatus = status;
});

const SERVER_START_WAIT_MS = 20_000;

/** '' = same origin (web build); otherwise the server's absolute URL from Electron's main process. */
async function baseUrl(): Promise<string> {
  const status = lastStatus?.url ? lastStatus : await kcc.server.status();
  lastStatus = status;
  if (status.url) return status.url;
  if (status.state === 'remote') return '';
  // The embedded server is still starting: wait for its URL rather than failing the first calls.
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new ApiError(0, { code: 'network', message: status.message ?? 'De portaalserver is niet gestart' }));
    }, SERVER_START_WAIT_MS);
    const off = kcc.server.onStatus((s) => {
      if (!s.url) return;
      clearTimeout(timer);
      off();
      resolve(s.url);
    });
  });
}

/** What the live connection (renderer/src/live) needs: it streams with fetch, outside the typed client. */
export const liveTransport = { baseUrl, token: () => token };
/** The portal server's origin ('' for the web build, which reaches it through its own /api proxy). */
export const serverBaseUrl = baseUrl;

export const api = createApiClient({
  baseUrl,
  token: () => token,
  onError: (error) => errorListeners.forEach((l) => l(error)),
  onSuccess: () => successListeners.forEach((l) => l()),
});
