import axios from 'axios';
import { createApiClient, isApiError, type ApiClient } from '../../shared/client';

/**
 * The app's own typed client for a spec's Node side, to pick or make test data on the seeded server instead of
 * hard-coding rows. `statuses`, when given, collects the HTTP status of every answer (the client itself only
 * says whether a call worked).
 */
export function staffClient(serverUrl: string, token: string | null, statuses?: number[]): ApiClient {
  const http = axios.create();
  if (statuses) {
    http.interceptors.response.use((response) => {
      statuses.push(response.status);
      return response;
    });
  }
  return createApiClient({ baseUrl: () => serverUrl, token: () => token }, http);
}

export async function staffToken(serverUrl: string, username: string, password: string): Promise<string> {
  return (await staffClient(serverUrl, null).call('staff.signIn', { body: { username, password } })).token;
}

export async function getJson<T>(serverUrl: string, token: string, apiPath: string): Promise<T> {
  const res = await fetch(`${serverUrl}/api/v1${apiPath}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${apiPath}: ${res.status}`);
  return (await res.json()) as T;
}

/** Five wrong passwords at the tenant portal: the portal's own automatic block (15 minutes). */
export async function autoBlock(serverUrl: string, username: string): Promise<void> {
  const tenant = staffClient(serverUrl, null);
  for (let i = 0; i < 5; i++) {
    try {
      await tenant.call('portal.signIn', { body: { username, password: 'Verkeerd!2026', keepSignedIn: false } });
    } catch (e) {
      if (!isApiError(e) || (e.status !== 401 && e.status !== 423)) throw e;
    }
  }
}
