import { LiveEvent } from '../../../shared/api/events';

/**
 * Splits a Server-Sent Events byte stream (already decoded to text) into events. Feed it chunks as they come;
 * each complete frame with `data:` becomes a LiveEvent (invalid ones are skipped), comments (heartbeats) none.
 */
export class SseParser {
  private buffer = '';

  push(chunk: string): LiveEvent[] {
    this.buffer += chunk.replace(/\r\n/g, '\n');
    const out: LiveEvent[] = [];
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const frame = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const data = frame
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      if (!data) continue;
      try {
        const parsed = LiveEvent.safeParse(JSON.parse(data));
        if (parsed.success) out.push(parsed.data);
      } catch {
        // not JSON: skipped
      }
    }
    return out;
  }
}

/** Reconnect delays: 1 s doubling to 30 s, ±25 % jitter so many desks do not reconnect at the same moment. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
  return Math.round(base * (0.75 + random() * 0.5));
}
