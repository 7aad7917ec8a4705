import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SseParser } from '../../../renderer/src/live/sseParser';
import { eventBus } from '../../../server/events/eventBus';
import type { LiveEvent } from '../../../shared/api/events';
import { NEW_IBAN, OLD_IBAN, insertPartner, pngProof } from '../helpdeskFixture';
import { dropDatabase, freshDatabaseUrl, testEngine } from '../support/testDatabase';
import { startTestServer, type TestServer } from '../support/testServer';

/** An open SSE stream of one instance, read as the app reads it (fetch streaming + the app's parser). */
async function openStream(s: TestServer, token: string) {
  const controller = new AbortController();
  const res = await fetch(`${s.url}/api/v1/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
  expect(res.status).toBe(200);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  const events: LiveEvent[] = [];
  const done = (async () => {
    try {
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) return;
        events.push(...parser.push(value));
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    async close() {
      // Cancelling the body (not only aborting) lets the socket go, so the server sees the client leave.
      await reader.cancel().catch(() => undefined);
      controller.abort();
      await done;
    },
  };
}

/**
 * Live events across instances: the events table and LISTEN/NOTIFY are the database's, so a change made through
 * one instance reaches the SSE clients of every other (only in the integration-pg project).
 */
describe('live events across two instances on one PostgreSQL database', () => {
  let url: string;
  let dataDir: string;
  let a: TestServer;
  let b: TestServer;
  let hdA: string;
  let hdB: string;
  let partnerId: number;

  beforeAll(async () => {
    expect(testEngine).toBe('postgres');
    url = (await freshDatabaseUrl()) as string;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-sse-two-'));
    a = await startTestServer({ databaseUrl: url, dataDir });
    b = await startTestServer({ databaseUrl: url, dataDir });
    await a.addStaff('hd-a', 'Geheim!2026x', ['helpdesk']);
    await a.addStaff('hd-b', 'Geheim!2026x', ['helpdesk']);
    hdA = await a.signIn('hd-a', 'Geheim!2026x');
    hdB = await b.signIn('hd-b', 'Geheim!2026x');
    partnerId = await insertPartner(a);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropDatabase(url);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('an IBAN change entered on instance A reaches an SSE client of instance B, and its decision on B one of A', async () => {
    const onB = await openStream(b, hdB);
    const onA = await openStream(a, hdA);
    try {
      const created = await a.client(hdA).call('ibanChanges.create', {
        body: { party: 'partner', partyId: partnerId, oldIban: OLD_IBAN, newIban: NEW_IBAN, accountName: 'Stichting De Spiegel', proof: pngProof },
      });
      await expect.poll(() => onB.events.find((e) => e.type === 'iban_change.created')?.data.id, { timeout: 5_000 }).toBe(created.id);
      await b.client(hdB).call('ibanChanges.approve', { params: { id: created.id }, body: { version: 1 } });
      await expect.poll(() => onA.events.find((e) => e.type === 'iban_change.decided')?.data.status, { timeout: 5_000 }).toBe('approved');
      // Both streams see the same events, in the same (id) order.
      await expect.poll(() => onB.events.length, { timeout: 5_000 }).toBe(2);
      expect(onA.events.map((e) => e.id)).toEqual(onB.events.map((e) => e.id));
      expect(onA.events[0]!.id).toBeLessThan(onA.events[1]!.id);
    } finally {
      await onA.close();
      await onB.close();
    }
  });

  it('events commit in id order across instances: a later id never overtakes an earlier one still open', async () => {
    const onB = await openStream(b, hdB);
    try {
      const at = a.clock.now().toISOString();
      let releaseA: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (releaseA = resolve));
      let published = (): void => undefined;
      const aPublished = new Promise<void>((resolve) => (published = resolve));
      // A's transaction publishes and stays open; meanwhile B publishes on its own.
      const slow = a.store.db.transaction().execute(async (trx) => {
        await eventBus(a.store).publish(trx, 'iban_change.created', { id: 900_001, party: 'partner', partnerId, status: 'pending', byStaffId: null }, at);
        published();
        await held;
      });
      await aPublished;
      const fast = eventBus(b.store).publish(b.store.db, 'iban_change.created', { id: 900_002, party: 'partner', partnerId, status: 'pending', byStaffId: null }, at);
      await new Promise((r) => setTimeout(r, 300));
      // B's event waits for A's commit: no later id is readable while an earlier one may still commit.
      expect(onB.events.filter((e) => Number(e.data.id) >= 900_001)).toEqual([]);
      releaseA();
      await slow;
      await fast;
      await expect.poll(() => onB.events.filter((e) => Number(e.data.id) >= 900_001).map((e) => e.data.id), { timeout: 5_000 }).toEqual([900_001, 900_002]);
    } finally {
      await onB.close();
    }
  });
});
