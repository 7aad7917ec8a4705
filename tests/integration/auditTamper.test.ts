import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS, entryHash } from '../../server/audit/auditHash';
import { writeAudit } from '../../server/audit/auditLog';
import { verifyAuditChain } from '../../server/audit/auditVerify';
import { startTestServer, type TestServer } from './support/testServer';

// Security item 3: the audit chain is tamper-evident. Each case changes the database the way someone with
// write access to it could (but without the audit key, which lives outside it) and expects /audit/verify
// to name the first entry that does not fit.
describe('audit chain tamper evidence', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
  });
  afterEach(async () => s.close());

  const write = async (n: number, action = 'test.write') => {
    for (let i = 0; i < n; i++) {
      await writeAudit(s.store.db, {
        at: s.clock.now().toISOString(),
        actorId: 7,
        actor: 'anna',
        roles: ['admin'],
        action,
        target: `thing:${i}`,
        customerNumber: 'HM-000001',
        sourceAddress: '10.1.1.1',
        lookAlongSessionId: null,
        details: { i },
      });
    }
  };
  const rows = () => s.store.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  const verify = () => verifyAuditChain(s.store);
  const setHead = (nextId: number, lastHash: string) =>
    s.store.db.updateTable('audit_head').set({ next_id: nextId, last_hash: lastHash }).where('singleton', '=', 1).execute();

  /** Rewrites hashes (and links) from `fromId` on, as anyone can who knows the scheme but not the key. */
  async function recomputeFrom(fromId: number, mac: (hash: string, old: string | null) => string | null) {
    let prev = GENESIS;
    for (const r of await rows()) {
      const { id, prev_hash: _p, hash, mac: oldMac, ...fields } = r;
      if (id < fromId) {
        prev = hash;
        continue;
      }
      const h = entryHash(id, prev, fields);
      await s.store.db.updateTable('audit_log').set({ prev_hash: prev, hash: h, mac: mac(h, oldMac) }).where('id', '=', id).execute();
      prev = h;
    }
    const last = (await rows()).at(-1);
    await setHead((last?.id ?? 0) + 1, prev);
  }

  it('detects an edit of any field of an entry, also through /audit/verify', async () => {
    await write(5);
    expect(await verify()).toMatchObject({ ok: true, checked: 5, firstBrokenId: null });
    const original = (await rows())[2]!;
    const edits = {
      at: '2020-01-01T00:00:00.000Z',
      actor_id: 8,
      actor: 'someone-else',
      roles: 'kcc',
      action: 'test.other',
      target: 'thing:x',
      customer_number: 'HM-999999',
      source_address: '10.9.9.9',
      look_along_session_id: '00000000-0000-0000-0000-000000000000',
      details: '{"i":99}',
      prev_hash: 'f'.repeat(64),
      hash: 'e'.repeat(64),
      mac: 'd'.repeat(64),
    } as const;
    for (const [column, value] of Object.entries(edits)) {
      await s.store.db.updateTable('audit_log').set({ [column]: value }).where('id', '=', 3).execute();
      const result = await verify();
      expect({ column, ...result }).toMatchObject({ column, ok: false, firstBrokenId: 3 });
      await s.store.db.updateTable('audit_log').set(original).where('id', '=', 3).execute();
    }
    expect((await verify()).ok).toBe(true);

    await s.store.db.updateTable('audit_log').set({ actor: 'someone-else' }).where('id', '=', 3).execute();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    const admin = await s.signIn('anna', 'Geheim!2026');
    const viaApi = await s.client(admin).call('audit.verify');
    expect(viaApi).toMatchObject({ ok: false, firstBrokenId: 3, reason: 'hash' });
  });

  it('detects a deleted entry in the middle', async () => {
    await write(5);
    await s.store.db.deleteFrom('audit_log').where('id', '=', 3).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 4, reason: 'sequence', checked: 2 });
  });

  it('detects deleted last entries, also after new entries were written', async () => {
    await write(6);
    await s.store.db.deleteFrom('audit_log').where('id', '>=', 5).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 5, reason: 'head' });
    await write(2, 'test.after');
    // The ids go on from the head (7, 8): the gap and the broken link show.
    expect((await rows()).map((r) => r.id)).toEqual([1, 2, 3, 4, 7, 8]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 7, reason: 'sequence' });
  });

  it('detects deleted last entries when the head row was rewound too, by the signed checkpoint', async () => {
    await write(6);
    expect(await s.store.audit.checkpoint()).toMatchObject({ kind: 'periodic', id: 6 });
    const kept = (await rows())[3]!;
    await s.store.db.deleteFrom('audit_log').where('id', '>=', 5).execute();
    await setHead(5, kept.hash);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 5, reason: 'checkpoint', checkpointId: 6 });
    // New entries take ids 5, 6, 7 seamlessly, but entry 6 is not the one the checkpoint signed.
    await write(3, 'test.after');
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 6, reason: 'checkpoint' });
  });

  it('detects a chain recomputed without the key', async () => {
    await write(5);
    await s.store.db.updateTable('audit_log').set({ actor: 'someone-else' }).where('id', '=', 3).execute();
    await recomputeFrom(3, (_h, old) => old);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 3, reason: 'mac' });
  });

  it('detects a recomputed chain whose MACs were made with a guessed key', async () => {
    await write(5);
    await s.store.db.updateTable('audit_log').set({ details: '{"i":42}' }).where('id', '=', 2).execute();
    const guess = randomBytes(32);
    await recomputeFrom(2, (h) => createHmac('sha256', guess).update(`entry\n${h}`).digest('hex'));
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 2, reason: 'mac' });
  });

  it('detects a recomputed chain with the MACs stripped and the MAC start moved past them', async () => {
    await write(5);
    await s.store.db.updateTable('audit_log').set({ action: 'test.hidden' }).where('id', '=', 4).execute();
    await recomputeFrom(1, () => null);
    // "These entries are from before the MAC existed": the signed start checkpoint says otherwise.
    await s.store.db.updateTable('audit_head').set({ mac_from: 6 }).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 1, reason: 'mac' });
  });

  it('detects a wiped table', async () => {
    await write(4);
    await s.store.db.deleteFrom('audit_log').execute();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 1, checked: 0, reason: 'head' });
  });

  it('detects a wipe with the head reset by a checkpoint written before it', async () => {
    await write(4);
    await s.store.audit.checkpoint();
    await s.store.db.deleteFrom('audit_log').execute();
    await setHead(1, GENESIS);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 1, reason: 'checkpoint', checkpointId: 4 });
  });

  it('detects an altered or removed checkpoint file', async () => {
    await write(3);
    await s.store.audit.checkpoint();
    const file = s.store.audit.checkpointFile;
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, original.replace(/"id":3/, '"id":2'));
    expect(await verify()).toMatchObject({ ok: false, reason: 'checkpoint_signature' });
    fs.writeFileSync(file, original);
    expect((await verify()).ok).toBe(true);

    fs.rmSync(file);
    expect(await verify()).toMatchObject({ ok: false, reason: 'checkpoints_missing' });
    // A periodic checkpoint recreates the file, but without the start line it cannot vouch for the past.
    await s.store.audit.checkpoint();
    expect(await verify()).toMatchObject({ ok: false, reason: 'checkpoints_missing' });
  });
});
