import { describe, expect, it } from 'vitest';
import { backoffMs, SseParser } from '../../../renderer/src/live/sseParser';

const frame = (id: number, type = 'iban_change.created') => `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify({ id, type, at: '2026-11-02T09:00:00.000Z', data: { id: 3 } })}\n\n`;

describe('live events: the SSE parser and the reconnect backoff', () => {
  it('reads events split across chunks, skipping heartbeats and unknown data', () => {
    const p = new SseParser();
    const text = `retry: 3000\n: connected 0\n\n${frame(1)}: heartbeat\n\n${frame(2, 'weborder.changed')}data: {"not":"an event"}\n\n`;
    const events = [...p.push(text.slice(0, 50)), ...p.push(text.slice(50, 120)), ...p.push(text.slice(120))];
    expect(events.map((e) => [e.id, e.type])).toEqual([
      [1, 'iban_change.created'],
      [2, 'weborder.changed'],
    ]);
  });

  it('backs off from about a second, doubling to about 30 seconds (±25 % jitter)', () => {
    expect(backoffMs(0, () => 0.5)).toBe(1000);
    expect(backoffMs(1, () => 0.5)).toBe(2000);
    expect(backoffMs(10, () => 0.5)).toBe(30_000);
    expect(backoffMs(10, () => 1)).toBe(37_500);
    expect(backoffMs(0, () => 0)).toBe(750);
  });
});
