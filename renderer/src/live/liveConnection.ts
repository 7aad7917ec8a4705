import type { LiveEvent } from '../../../shared/api/events';
import { API_PREFIX } from '../../../shared/api/route';
import { backoffMs, SseParser } from './sseParser';

export interface LiveConnectionOptions {
  baseUrl: () => Promise<string>;
  token: () => string | null;
  onEvent: (event: LiveEvent) => void;
  /** After every (re)connect: the client refreshes what it shows, as events may have been missed before. */
  onOpen?: () => void;
  /** The session is gone (401): no more reconnecting. */
  onUnauthorized?: () => void;
}

/**
 * One live connection to `GET /events` over fetch streaming (EventSource cannot send the Authorization header),
 * resuming with Last-Event-ID after a drop, reconnecting with backoff. Returns the function that stops it.
 */
export function connectLive(opts: LiveConnectionOptions): () => void {
  let stopped = false;
  let lastId: number | null = null;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;

  const run = async (): Promise<void> => {
    if (stopped) return;
    const token = opts.token();
    if (!token) return;
    controller = new AbortController();
    try {
      const base = await opts.baseUrl();
      const res = await fetch(`${base}${API_PREFIX}/events`, {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', ...(lastId !== null ? { 'last-event-id': String(lastId) } : {}) },
        signal: controller.signal,
        cache: 'no-store',
      });
      if (res.status === 401 || res.status === 403) {
        opts.onUnauthorized?.();
        return;
      }
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      attempt = 0;
      opts.onOpen?.();
      const parser = new SseParser();
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const e of parser.push(value)) {
          lastId = e.id;
          opts.onEvent(e);
        }
      }
    } catch {
      // dropped or refused: retried below
    }
    if (stopped) return;
    timer = setTimeout(() => void run(), backoffMs(attempt++));
  };
  void run();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    controller?.abort();
  };
}
