import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../server/audit/auditLog';
import { verifyAuditChain } from '../../server/audit/auditVerify';
import { startTestServer, type TestServer } from './support/testServer';

// Security item 3: audit ids come from the one head row, advanced inside the transaction of the change.
describe('audit ids', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    admin = await s.signIn('anna', 'Geheim!2026');
  });
  afterAll(async () => s.close());

  const ids = async () => (await s.store.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);

  it('are never reused after the last entries were deleted', async () => {
    const before = await ids();
    const last = before.at(-1)!;
    await s.store.db.deleteFrom('audit_log').where('id', '=', last).execute();
    await writeAudit(s.store.db, { at: s.clock.now().toISOString(), actorId: null, actor: 'x', roles: [], action: 'test.after', sourceAddress: '10.0.0.1' });
    expect((await ids()).at(-1)).toBe(last + 1);
    const head = await s.store.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    expect(head.next_id).toBe(last + 2);
  });

  it('stay distinct and consecutive under parallel audited changes, and a failed change takes none', async () => {
    await s.store.db.deleteFrom('audit_log').execute();
    await s.store.db.updateTable('audit_head').set({ next_id: 1, last_hash: '0'.repeat(64) }).execute();
    const c = s.client(admin);
    const made = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => c.call('ipRanges.create', { body: { cidr: `10.${i}.0.0/16`, admin: true, kcc: true } })),
    );
    expect(made.every((m) => m.status === 'fulfilled')).toBe(true);
    // A change that fails after its entry was written rolls both back, and with them the head: no id is skipped.
    const failing = s.store.db.transaction().execute(async (trx) => {
      await writeAudit(trx, { at: s.clock.now().toISOString(), actorId: null, actor: 'x', roles: [], action: 'test.rolled_back', sourceAddress: '10.0.0.1' });
      throw new Error('the change failed');
    });
    await expect(failing).rejects.toThrow('the change failed');
    await c.call('ipRanges.create', { body: { cidr: '192.168.0.0/16', admin: true, kcc: true } });
    const got = await ids();
    expect(got).toEqual(Array.from({ length: got.length }, (_, i) => i + 1));
    expect(got.length).toBe(31);
    expect(await verifyAuditChain(s.store)).toMatchObject({ ok: true, firstBrokenId: null });
  });
});
