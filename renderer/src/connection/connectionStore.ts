import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, onApiError, onApiSuccess } from '../app/api';

/**
 * Whether the portal server answers. Any network failure (or a failed /info poll) marks it offline;
 * then /info is retried with backoff until it answers. TanStack Query's onlineManager follows this store,
 * so queries pause while the server is away and refetch when it is back.
 */
export interface ConnectionState {
  online: boolean;
  /** Epoch ms of the next automatic retry while offline. */
  nextRetryAt: number | null;
  checking: boolean;
  attempt: number;
}

const POLL_ONLINE_MS = 15_000;
const BACKOFF_MS = [2_000, 4_000, 8_000, 15_000, 30_000];

let state: ConnectionState = { online: true, nextRetryAt: null, checking: false, attempt: 0 };
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
  set({ checking: true });
  try {
    await api.call('info.get');
    // onApiSuccess has marked us online.
  } catch {
    // onApiError has marked us offline and scheduled the next try.
  } finally {
    set({ checking: false });
    if (state.online) schedule(POLL_ONLINE_MS);
  }
}

function markOffline(): void {
  const attempt = state.online ? 0 : state.attempt + 1;
  const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] ?? 30_000;
  set({ online: false, attempt, nextRetryAt: Date.now() + delay });
  schedule(delay);
}

function markOnline(): void {
  if (state.online) return;
  set({ online: true, attempt: 0, nextRetryAt: null });
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
    if (e.isNetwork) markOffline();
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
