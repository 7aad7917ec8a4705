import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../server/db/connection';
import { MailDelivery, type MailTransport } from '../../../server/mail/delivery';
import { queueMail } from '../../../server/mail/outbox';
import { dropDatabase, freshDatabaseUrl, openTestStore, testEngine } from '../support/testDatabase';

/** A transport that records what it was given (and can be held, to play an instance that hangs mid-send). */
function recorder(hold?: Promise<void>): MailTransport & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    async sendMail(m) {
      if (hold) await hold;
      sent.push(m.messageId);
    },
  };
}

/**
 * The outbox lease across instances: two server processes (two stores, two pools) on one PostgreSQL database
 * share the outbox without sending a mail twice, both take part (SKIP LOCKED: no waiting on the other's
 * batch), and a claim of an instance that stopped answering is taken over once its lease has run out.
 */
describe('mail outbox lease with two instances on one PostgreSQL database', () => {
  let url: string;
  let dirs: string[];
  let a: Store;
  let b: Store;

  beforeAll(async () => {
    expect(testEngine).toBe('postgres');
    url = (await freshDatabaseUrl()) as string;
    dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-mail-lease-')));
    a = await openTestStore(dirs[0] as string, { databaseUrl: url });
    b = await openTestStore(dirs[1] as string, { databaseUrl: url });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropDatabase(url);
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  const queue = (n: number, prefix: string) =>
    a.db.transaction().execute(async (trx) => {
      const ids: number[] = [];
      const at = new Date();
      for (let i = 0; i < n; i++) {
        ids.push(await queueMail(trx, { template: 'phone_changed', to: `${prefix}${i}@example.nl`, customerNumber: null, values: { phone: `06-${i}` }, portalUrl: 'https://portal.example.nl', at }));
      }
      return ids;
    });
  const waiting = async () => Number((await a.db.selectFrom('outbox_mail').select((eb) => eb.fn.countAll<number>().as('n')).where('sent_at', 'is', null).executeTakeFirstOrThrow()).n);

  it('two instances send every mail exactly once, and both take part', async () => {
    const ids = await queue(200, 'lease');
    const ta = recorder();
    const tb = recorder();
    const wa = new MailDelivery(a.db, { transport: ta, batchSize: 10, pollMs: 5 });
    const wb = new MailDelivery(b.db, { transport: tb, batchSize: 10, pollMs: 5 });
    // Rounds started at the same moment on both: the second must skip the first's rows, not wait or share them.
    const rounds = await Promise.all([wa.runOnce(), wb.runOnce()]);
    expect(rounds).toEqual([10, 10]);
    wa.start();
    wb.start();
    await expect.poll(waiting, { timeout: 20_000, interval: 20 }).toBe(0);
    await wa.stop();
    await wb.stop();
    const all = [...ta.sent, ...tb.sent];
    expect(all.length).toBe(200);
    expect(new Set(all).size).toBe(200);
    expect(all.sort()).toEqual(ids.map((id) => `<outbox-${id}@kcc-desk>`).sort());
    expect(ta.sent.length).toBeGreaterThan(0);
    expect(tb.sent.length).toBeGreaterThan(0);
    const owners = await a.db.selectFrom('outbox_mail').select('claimed_by').distinct().execute();
    expect(owners).toHaveLength(2);
  });

  it('a claim of an instance that hangs is taken over after its lease, and the late instance cannot overwrite it', async () => {
    await a.db.deleteFrom('outbox_mail').execute();
    const ids = await queue(3, 'hang');
    let release = () => undefined as void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const ta = recorder(held);
    const tb = recorder();
    const wa = new MailDelivery(a.db, { transport: ta, leaseMs: 60_000 });
    const hanging = wa.runOnce();
    await expect.poll(async () => (await a.db.selectFrom('outbox_mail').select('id').where('claimed_until', 'is not', null).execute()).length).toBe(3);
    // Instance b, its clock past a's lease: it takes the mails over and sends them.
    const later = new Date(Date.now() + 61_000);
    const wb = new MailDelivery(b.db, { transport: tb, clock: { now: () => later } });
    expect(await wb.runOnce()).toBe(3);
    expect(tb.sent.sort()).toEqual(ids.map((id) => `<outbox-${id}@kcc-desk>`).sort());
    release();
    await hanging;
    // a sends at most the one mail it had in flight (at least once, never lost) and skips the rest, which are
    // no longer its own; its late outcome is not written over b's: the rows stay b's, sent at b's time.
    expect(ta.sent).toHaveLength(1);
    const rows = await a.db.selectFrom('outbox_mail').select(['sent_at', 'attempts']).execute();
    expect(rows.every((r) => r.sent_at === later.toISOString() && r.attempts === 1)).toBe(true);
  });
});
