import { useSyncExternalStore } from 'react';
import type { Staff } from '../../../shared/api/staff';
import { isApiError } from '../../../shared/client';
import { api, onApiError, setApiToken } from '../app/api';
import { kcc } from '../bridge';
import { onReconnect } from '../connection/connectionStore';

/**
 * Who is signed in. The token is kept by window.kcc.token per profile; a 401 `unauthenticated`
 * from any call ends the session (the route stays, so signing in again returns to it).
 */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; reason: 'expired' | 'signedOut' | null }
  | { status: 'signedIn'; staff: Staff };

let state: SessionState = { status: 'loading' };
let profileId = 'web';
const listeners = new Set<() => void>();
let started = false;

function set(next: SessionState): void {
  state = next;
  listeners.forEach((l) => l());
}

async function storeToken(token: string | null): Promise<void> {
  setApiToken(token);
  await kcc.token.set(profileId, token);
}

async function resume(): Promise<void> {
  const settings = await kcc.settings.get();
  profileId = settings.activeProfileId;
  const token = await kcc.token.get(profileId);
  if (!token) return set({ status: 'signedOut', reason: null });
  setApiToken(token);
  try {
    set({ status: 'signedIn', staff: await api.call('staff.me') });
  } catch (error) {
    // Network trouble or the database away: stay 'loading' (the banner shows); onReconnect tries again.
    if (isApiError(error) && (error.isNetwork || error.isUnavailable)) return;
    if (state.status === 'loading') {
      await storeToken(null);
      set({ status: 'signedOut', reason: isApiError(error) && error.code === 'unauthenticated' ? 'expired' : null });
    }
  }
}

export function startSession(): void {
  if (started) return;
  started = true;
  onApiError((error) => {
    if (error.code === 'unauthenticated' && state.status === 'signedIn') {
      void storeToken(null);
      set({ status: 'signedOut', reason: 'expired' });
    }
  });
  onReconnect(() => {
    if (state.status === 'loading') void resume();
  });
  void resume();
}

/** Throws the ApiError of a failed sign-in; the caller shows it. */
export async function signIn(username: string, password: string): Promise<Staff> {
  const result = await api.call('staff.signIn', { body: { username, password } });
  await storeToken(result.token);
  set({ status: 'signedIn', staff: result.staff });
  return result.staff;
}

export async function signOut(): Promise<void> {
  try {
    await api.call('staff.signOut');
  } catch {
    // Signed out locally anyway; the server's session times out by itself.
  }
  await storeToken(null);
  set({ status: 'signedOut', reason: 'signedOut' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}
