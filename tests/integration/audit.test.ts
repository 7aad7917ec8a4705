import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/audit/auditLog';
import type { ApiClient } from '../../shared/client';
import { failure, startTestServer, type TestServer } from './support/testServer';

// Every mutating staff call audited in the same transaction; hash chain detects edits and deletions.
describe('audit log', () => {
  let s: TestServer;
  let admin: string;
  /** anna's session, called from the server host. */
  let anna: ApiClient;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin'], 'Anna Bakker');
    await s.addStaff('pieter', 'Geheim!2026', ['kcc']);
    admin = await s.signIn('anna', 'Geheim!2026', '10.1.1.1');
    anna = s.client(admin);
    const workstation = s.client(admin, '10.1.1.1');
    await workstation.call('ipRanges.create', { body: { cidr: '10.0.0.0/8', admin: true, kcc: true } });
    await workstation.call('ipRanges.create', { body: { cidr: '2001:db8::/32', admin: true, kcc: true } });
  });
  afterAll(async () => s.close());

  it('records who, roles, action, target, address and time', async () => {
    const { items, total } = await anna.call('audit.list', { query: { action: 'ip_range.create' } });
    expect(total).toBe(2);
    expect(items[0]).toMatchObject({ actor: 'anna', roles: ['admin'], action: 'ip_range.create', sourceAddress: '10.1.1.1' });
    expect(items[0]?.target).toMatch(/^ip-range:\d+$/);
    expect(Date.parse(items[0]?.at ?? '')).toBe(s.clock.now().getTime());
  });

  it('records sign-in and failed sign-in, and filters by actor and time', async () => {
    expect((await failure(s.client().call('staff.signIn', { body: { username: 'pieter', password: 'wrong' } }))).code).toBe('invalid_credentials');
    const res = await anna.call('audit.list', { query: { actor: 'pieter' } });
    expect(res.items.map((i) => i.action)).toContain('staff.sign_in_failed');
    const future = new Date(s.clock.now().getTime() + 60_000).toISOString();
    expect((await anna.call('audit.list', { query: { from: future } })).total).toBe(0);
  });

  it('writes nothing when the change fails (same transaction)', async () => {
    const before = (await anna.call('audit.list')).total;
    const bad = await failure(anna.call('ipRanges.update', { params: { id: 9999 }, body: { kcc: true, version: 1 } }));
    expect(bad.status).toBe(404);
    expect((await anna.call('audit.list')).total).toBe(before);
  });

  it('never stores the password', async () => {
    const rows = await s.store.db.selectFrom('audit_log').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain('Geheim!2026');
  });

  it('verifies the chain, and detects an edited, a deleted and a truncated entry', async () => {
    expect(await verifyAuditChain(s.store)).toMatchObject({ ok: true, firstBrokenId: null });
    const api = await anna.call('audit.verify');
    expect(api.ok).toBe(true);
    const rows = await s.store.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const second = rows[1]!;

    await s.store.db.updateTable('audit_log').set({ actor: 'someone-else' }).where('id', '=', second.id).execute();
    expect(await verifyAuditChain(s.store)).toMatchObject({ ok: false, firstBrokenId: second.id });
    await s.store.db.updateTable('audit_log').set({ actor: second.actor }).where('id', '=', second.id).execute();
    expect((await verifyAuditChain(s.store)).ok).toBe(true);

    await s.store.db.deleteFrom('audit_log').where('id', '=', second.id).execute();
    expect(await verifyAuditChain(s.store)).toMatchObject({ ok: false, firstBrokenId: second.id + 1 });
    await s.store.db.insertInto('audit_log').values(second).execute();
    expect((await verifyAuditChain(s.store)).ok).toBe(true);

    const last = rows[rows.length - 1]!;
    await s.store.db.deleteFrom('audit_log').where('id', '=', last.id).execute();
    expect((await verifyAuditChain(s.store)).ok).toBe(false);
  });

  it('is readable by admin and kcc-admin, not by kcc', async () => {
    const kcc = s.client(await s.signIn('pieter', 'Geheim!2026'));
    expect((await failure(kcc.call('audit.list'))).status).toBe(403);
  });
});
