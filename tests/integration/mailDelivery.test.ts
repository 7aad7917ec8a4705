import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start';
import { MailDelivery, retryDelay, smtpTransport } from '../../server/mail/delivery';
import { queueMail } from '../../server/mail/outbox';
import type { ApiClient } from '../../shared/client';
import { SmtpSink } from './support/smtpSink';
import { startTestServer, type TestServer } from './support/testServer';

/** Waits (polling, no fixed sleep) until `check` holds; fails after `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Real delivery: the outbox sent over SMTP to a real local SMTP server, with retries, outages and claims.
describe('mail delivery over SMTP', () => {
  let s: TestServer;
  let admin: ApiClient;
  let sink: SmtpSink;
  let workers: MailDelivery[] = [];
  const worker = () => {
    const w = new MailDelivery(s.store.db, { transport: smtpTransport(sink.url), backoffMs: 40, maxBackoffMs: 200, pollMs: 20, batchSize: 5 });
    workers.push(w);
    return w;
  };
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    admin = s.client(await s.signIn('anna', 'Geheim!2026'));
    sink = new SmtpSink();
    await sink.start();
  });
  afterEach(async () => {
    for (const w of workers) await w.stop();
    workers = [];
    s.app.ctx.mailDelivery = null;
    await s.store.db.deleteFrom('outbox_mail').execute();
    sink.received.length = 0;
    sink.onMessage = null;
    sink.refuse.clear();
  });
  afterAll(async () => {
    await sink.stop();
    await s.close();
  });

  const queue = (n: number, prefix: string) =>
    s.store.db.transaction().execute(async (trx) => {
      const ids: number[] = [];
      for (let i = 0; i < n; i++) {
        ids.push(await queueMail(trx, { template: 'phone_changed', to: `${prefix}${i}@example.nl`, customerNumber: null, values: { phone: `06-${i}` }, portalUrl: 'https://portal.example.nl', at: new Date() }));
      }
      return ids;
    });

  it('sends a test mail from the screen: it arrives with text and HTML and the outbox says sent', async () => {
    const w = worker();
    s.app.ctx.mailDelivery = w;
    w.start();
    const { outboxId } = await admin.call('emailTemplates.test', { params: { id: 'account_confirmation' }, body: { to: 'beheer@example.nl' } });
    await until(() => sink.received.length === 1);
    const m = sink.received[0];
    expect(m?.to).toEqual(['beheer@example.nl']);
    expect(m?.messageId).toBe(`<outbox-${outboxId}@kcc-desk>`);
    expect(m?.raw).toContain('Bevestig uw account voor het klantportaal');
    expect(m?.raw).toMatch(/Content-Type: text\/html/i);
    await until(async () => (await admin.call('outbox.list', { query: { to: 'beheer@' } })).items[0]?.sentAt !== null);
    const list = await admin.call('outbox.list', { query: { to: 'beheer@' } });
    expect(list).toMatchObject({ delivering: true, waiting: 0 });
    expect(list.items[0]).toMatchObject({ id: outboxId, attempts: 1, lastError: null, template: 'account_confirmation' });
  });

  it('loses nothing when the SMTP server stops mid-way: all arrive, once each, after it is back', async () => {
    const ids = await queue(8, 'storing');
    sink.onMessage = () => {
      // After the third mail the server goes away (listening socket closed).
      if (sink.received.length === 3) void sink.stop();
    };
    const w = worker();
    w.start();
    await until(async () => {
      const failed = await s.store.db.selectFrom('outbox_mail').select('id').where('last_error', 'is not', null).where('sent_at', 'is', null).execute();
      return failed.length > 0;
    });
    expect(sink.received.length).toBe(3);
    const waiting = await admin.call('outbox.list', { query: { state: 'failing' } });
    expect(waiting.items.length).toBeGreaterThan(0);
    expect(waiting.items[0]?.lastError).toMatch(/ECONNREFUSED|connect/i);
    await sink.start(); // same port
    await until(() => sink.received.length >= 8);
    await until(async () => (await s.store.db.selectFrom('outbox_mail').select('id').where('sent_at', 'is', null).execute()).length === 0);
    const got = sink.received.map((m) => m.messageId).sort();
    expect(got).toEqual(ids.map((id) => `<outbox-${id}@kcc-desk>`).sort());
    expect(new Set(got).size).toBe(8);
    const rows = await s.store.db.selectFrom('outbox_mail').select(['attempts', 'last_error', 'claimed_until']).execute();
    expect(rows.every((r) => r.last_error === null && r.claimed_until === null)).toBe(true);
    expect(rows.some((r) => r.attempts > 1)).toBe(true);
  });

  it('retries a refused mail with growing backoff, recording attempts and the last error', async () => {
    sink.refuse.add('weiger@example.nl');
    const [id] = await s.store.db.transaction().execute(async (trx) => [
      await queueMail(trx, { template: 'phone_changed', to: 'weiger@example.nl', customerNumber: null, values: { phone: '06-1' }, portalUrl: 'https://p.example.nl', at: new Date() }),
    ]);
    const w = worker();
    w.start();
    await until(async () => ((await s.store.db.selectFrom('outbox_mail').select('attempts').where('id', '=', id ?? 0).executeTakeFirst())?.attempts ?? 0) >= 3);
    await w.stop();
    const row = await s.store.db.selectFrom('outbox_mail').selectAll().where('id', '=', id ?? 0).executeTakeFirstOrThrow();
    expect(row.sent_at).toBeNull();
    expect(row.last_error).toContain('550');
    expect(new Date(row.next_attempt_at ?? 0).getTime()).toBeGreaterThan(new Date(row.last_attempt_at ?? 0).getTime());
    expect(retryDelay(1, 40, 200)).toBe(40);
    expect(retryDelay(3, 40, 200)).toBe(160);
    expect(retryDelay(9, 40, 200)).toBe(200);
    // Once the address is accepted again it goes out.
    sink.refuse.clear();
    await s.store.db.updateTable('outbox_mail').set({ next_attempt_at: null }).where('id', '=', id ?? 0).execute();
    const w2 = worker();
    expect(await w2.runOnce()).toBe(1);
    expect(sink.received.map((m) => m.to[0])).toEqual(['weiger@example.nl']);
  });

  it('two workers on one database never send a mail twice (claims in the database)', async () => {
    const ids = await queue(20, 'samen');
    const a = worker();
    const b = worker();
    await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
    a.start();
    b.start();
    await until(async () => (await s.store.db.selectFrom('outbox_mail').select('id').where('sent_at', 'is', null).execute()).length === 0);
    const got = sink.received.map((m) => m.messageId);
    expect(got.length).toBe(20);
    expect(new Set(got).size).toBe(20);
    expect(got.sort()).toEqual(ids.map((id) => `<outbox-${id}@kcc-desk>`).sort());
  });

  it('without --smtp mail stays in the outbox, marked waiting', async () => {
    await queue(1, 'blijft');
    const list = await admin.call('outbox.list');
    expect(list).toMatchObject({ delivering: false, waiting: 1, failing: 0 });
    expect(list.items[0]).toMatchObject({ sentAt: null, attempts: 0 });
  });
});

// `serve --smtp`: startServer starts the worker itself, says so on GET /outbox, and stops it on close.
describe('serve --smtp', () => {
  it('delivers what is queued, and GET /outbox says it delivers', async () => {
    const sink = new SmtpSink();
    await sink.start();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-smtp-'));
    const server = await startServer({ dataDir, port: 0, smtp: sink.url, mailFrom: 'Woonportaal <portaal@example.nl>', delivery: { pollMs: 20, backoffMs: 40 } });
    try {
      await server.store.db.transaction().execute((trx) =>
        queueMail(trx, { template: 'phone_changed', to: 'huurder@example.nl', customerNumber: null, values: { phone: '06-9' }, portalUrl: 'https://p.example.nl', at: new Date() }),
      );
      await until(() => sink.received.length === 1);
      expect(sink.received[0]?.raw).toMatch(/^From: Woonportaal <portaal@example\.nl>$/m);
      expect(server.app.ctx.mailDelivery).not.toBeNull();
    } finally {
      await server.close();
      await sink.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
