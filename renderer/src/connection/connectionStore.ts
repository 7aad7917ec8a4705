import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { isApiError, type ApiError } from '../../../shared/client';
import { api, hasApiToken, onApiError, onApiSuccess } from '../app/api';

/**
 * Whether the portal server answers. Any network failure (or a failed /info poll) marks it offline;
 * then /info is retried with backoff until it answers. TanStack Query's onlineManager follows this store,
 * so queries pause while the server is away and refetch when it is back.
 *
 * A 503 `unavailable` (the server answers, its database does not: a PostgreSQL restart) marks it offline
 * too, as `databaseAway`. /info does not touch the database, so then the retry asks /staff/me, which does.
 */
export interface ConnectionState {
  online: boolean;
  /** Offline because the server's database is away (503 `unavailable`), not the server itself. */
  databaseAway: boolean;
  /** Epoch ms of the next automatic retry while offline. */
  nextRetryAt: number | null;
  checking: boolean;
  attempt: number;
}

const POLL_ONLINE_MS = 15_000;
const BACKOFF_MS = [2_000, 4_000, 8_000, 15_000, 30_000];

let state: ConnectionState = { online: true, databaseAway: false, nextRetryAt: null, checking: false, attempt: 0 };
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;
let started = false;

function set(patch: Partial<ConnectionState>): void {
  state = { ...state, ...patch };
  onlineManager.setOnline(state.online);
  listeners.forEach((l) => l());
}

function schedule(ms: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void check(), ms);
}

async function check(): Promise<void> {
  if (state.checking) return;
  const wasOffline = !state.online;
  set({ checking: true });
  try {
    // Signed out, no call of the app reaches the database before sign-in (which says so itself): /info will do.
    await api.call(state.databaseAway && hasApiToken() ? 'staff.me' : 'info.get');
    // onApiSuccess has marked us online.
  } catch (error) {
    if (!isApiError(error)) return;
    // Still away: the next try, later. (Going offline from online, onApiError has already done it.) Any other
    // answer (a 401 for an expired session) came from the server and its database: both are back.
    if (error.isNetwork || error.isUnavailable) {
      if (wasOffline) markOffline(error);
    } else {
      markOnline();
    }
  } finally {
    set({ checking: false });
    if (state.online) schedule(POLL_ONLINE_MS);
  }
}

/**
 * Offline, or still offline after a failed try: the next try after the next backoff step, or after the server's
 * Retry-After (a 503) when that is longer. Only going offline and the tries themselves count as attempts: the
 * other calls failing meanwhile (a screen's queries all at once) must not push the next try out.
 */
function markOffline(error: ApiError): void {
  const attempt = state.online ? 0 : state.attempt + 1;
  const backoff = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] ?? 30_000;
  const delay = Math.max(backoff, (error.retryAfterSeconds ?? 0) * 1000);
  set({ online: false, databaseAway: error.isUnavailable, attempt, nextRetryAt: Date.now() + delay });
  schedule(delay);
}

function markOnline(): void {
  if (state.online) return;
  set({ online: true, databaseAway: false, attempt: 0, nextRetryAt: null });
  schedule(POLL_ONLINE_MS);
}

/** Starts watching (once): hooks into every API call and polls /info. */
export function startConnectionWatch(): void {
  if (started) return;
  started = true;
  // The browser's own online/offline events say nothing about the portal server: only this store decides.
  onlineManager.setEventListener(() => undefined);
  onlineManager.setOnline(state.online);
  onApiError((e) => {
    if (state.online && (e.isNetwork || e.isUnavailable)) markOffline(e);
  });
  onApiSuccess(markOnline);
  schedule(POLL_ONLINE_MS);
}

export function retryNow(): void {
  void check();
}

/** Called each time the server answers again after being away (queries refetch by themselves). */
export function onReconnect(listener: () => void): () => void {
  return onlineManager.subscribe((online) => {
    if (online) listener();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useConnection(): ConnectionState {
  return useSyncExternalStore(subscribe, () => state);
}
