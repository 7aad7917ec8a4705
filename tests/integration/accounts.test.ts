import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/audit/auditLog';
import type { AccountListQuery } from '../../shared/api/accounts';
import { clientWithStatus } from './clientWithStatus';
import { failure, startTestServer, type TestServer } from './support/testServer';

// Staff side of tenant accounts: lookup, details, block/unblock/activate, create/edit/delete, ERP sync; roles; audit.
describe('accounts API', () => {
  let s: TestServer;
  let admin: string;
  let kccAdmin: string;
  let kcc: string;
  const ids: Record<string, number> = {};

  async function seedAccount(n: number, o: { username: string; email: string; street: string; name: string; city?: string; extra?: Record<string, unknown> }) {
    const cn = `HM-${String(n).padStart(6, '0')}`;
    await s.store.db
      .insertInto('households')
      .values({ customer_number: cn, name: o.name, corr_street: o.street, corr_house_number: n % 300, corr_postcode: '3512 AB', corr_city: o.city ?? 'Utrecht' })
      .execute();
    const row = await s.store.db
      .insertInto('accounts')
      .values({
        username: o.username,
        email: o.email,
        customer_number: cn,
        password_hash: 'scrypt$x',
        confirmed_at: '2026-10-01T10:00:00.000Z',
        created_at: '2026-10-01T09:00:00.000Z',
        ...o.extra,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[o.username] = row.id;
    return cn;
  }

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('beheer', 'Geheim!2026', ['admin']);
    await s.addStaff('kccbeheer', 'Geheim!2026', ['kcc-admin']);
    await s.addStaff('kcc', 'Geheim!2026', ['kcc']);
    await s.addStaff('helpdesk', 'Geheim!2026', ['helpdesk']);
    admin = await s.signIn('beheer', 'Geheim!2026');
    kccAdmin = await s.signIn('kccbeheer', 'Geheim!2026');
    kcc = await s.signIn('kcc', 'Geheim!2026');
    await seedAccount(123, { username: 'jdevries', email: 'jan.devries@ziggo.nl', street: 'Oudegracht', name: 'J. de Vries' });
    await seedAccount(1234, { username: 'pbakker', email: 'piet.bakker@kpnmail.nl', street: 'Biltstraat', name: 'P. Bakker' });
    await seedAccount(1299, { username: 'mjansen', email: 'mjansen@gmail.com', street: 'Lange Nieuwstraat', name: 'M. Jansen', city: 'Amersfoort', extra: { confirmed_at: null } });
    await seedAccount(5000, { username: 'auto.blok', email: 'auto@gmail.com', street: 'Oudegracht', name: 'A. Blok', extra: { failed_login_attempts: 5, auto_blocked_until: '2026-11-02T09:10:00.000Z' } });
    await seedAccount(5001, { username: 'hand.blok', email: 'hand@gmail.com', street: 'Voorstraat', name: 'H. Blok', extra: { manually_blocked: 1, block_reason: 'Misbruik' } });
    await seedAccount(5002, { username: 'oud.blok', email: 'oud@gmail.com', street: 'Voorstraat', name: 'O. Blok', extra: { failed_login_attempts: 5, auto_blocked_until: '2026-10-01T09:10:00.000Z' } });
    for (let i = 0; i < 30; i++) {
      await seedAccount(6000 + i, { username: `pager${String(i).padStart(2, '0')}`, email: `pager${i}@pager.nl`, street: 'Pagerlaan', name: `P${i}` });
    }
  });
  afterAll(async () => s.close());

  const list = (query: Partial<AccountListQuery>, token = kcc) => s.client(token).call('accounts.list', { query });
  const usernames = async (query: Partial<AccountListQuery>) => (await list(query)).items.map((a) => a.username).sort();
  const get = (id: number | undefined, token = admin) => s.client(token).call('accounts.get', { params: { id: id ?? 0 } });

  it('finds by exact customer number, customer-number prefix, e-mail substring, username prefix, name and street', async () => {
    expect(await usernames({ q: 'HM-000123' })).toEqual(['jdevries']);
    expect(await usernames({ q: 'hm-00123' })).toEqual(['pbakker']);
    expect(await usernames({ q: 'HM-0012' })).toEqual(['mjansen', 'pbakker']);
    expect(await usernames({ q: 'HM-0001' })).toEqual(['jdevries']);
    expect(await usernames({ q: 'devries@zig' })).toEqual(['jdevries']);
    expect(await usernames({ q: 'kpnmail' })).toEqual(['pbakker']);
    expect(await usernames({ q: 'pbak' })).toEqual(['pbakker']);
    expect(await usernames({ q: 'pb' })).toEqual(['pbakker']);
    expect(await usernames({ q: 'Bakker' })).toEqual(['pbakker']);
    expect(await usernames({ q: 'oudegracht' })).toEqual(['auto.blok', 'jdevries']);
    expect(await usernames({ q: 'nieuwstr amersfoort' })).toEqual(['mjansen']);
    expect(await usernames({ q: '3512AB Biltstraat' })).toEqual(['pbakker']);
    // Short terms: prefix ranges on username, e-mail and customer number.
    expect(await usernames({ q: 'jd' })).toEqual(['jdevries']);
    expect(await usernames({ q: 'JA' })).toEqual(['jdevries']);
    // Quotes and FTS syntax are plain text; diacritics do not matter.
    expect(await usernames({ q: '"de vr' })).toEqual([]);
    expect(await usernames({ q: 'ab" OR "x' })).toEqual([]);
    expect(await usernames({ q: 'Bäkker' })).toEqual(['pbakker']);
  });

  it('keeps the index current when an account or household changes', async () => {
    const acc = await get(ids.pbakker);
    await s.client(admin).call('accounts.update', { params: { id: acc.id }, body: { email: 'piet@xs4all.nl', version: acc.version } });
    expect(await usernames({ q: 'xs4all' })).toEqual(['pbakker']);
    expect(await usernames({ q: 'kpnmail' })).toEqual([]);
    await s.store.db.updateTable('households').set({ corr_street: 'Maliebaan' }).where('customer_number', '=', 'HM-001234').execute();
    expect(await usernames({ q: 'maliebaan' })).toEqual(['pbakker']);
  });

  it('filters by status with the clock deciding "automatically blocked"', async () => {
    expect(await usernames({ status: 'unconfirmed' })).toEqual(['mjansen']);
    expect(await usernames({ status: 'manually_blocked' })).toEqual(['hand.blok']);
    expect(await usernames({ status: 'auto_blocked' })).toEqual(['auto.blok']);
    expect(await usernames({ status: 'auto_blocked', q: 'gmail' })).toEqual(['auto.blok']);
    expect(await get(ids['oud.blok'], kcc)).toMatchObject({ autoBlocked: false, failedLoginAttempts: 5 });
  });

  it('pages and sorts server-side with a stable order', async () => {
    const p1 = await list({ q: 'pager', pageSize: 10, page: 1, sort: 'username', order: 'desc' });
    const p3 = await list({ q: 'pager', pageSize: 10, page: 3, sort: 'username', order: 'desc' });
    expect(p1.total).toBe(30);
    expect(p1.totalCapped).toBe(false);
    expect(p1.items.map((x) => x.username)[0]).toBe('pager29');
    expect(p3.items.map((x) => x.username)).toEqual(['pager09', 'pager08', 'pager07', 'pager06', 'pager05', 'pager04', 'pager03', 'pager02', 'pager01', 'pager00']);
    const all = await list({ pageSize: 100, sort: 'customerNumber' });
    const cns = all.items.map((x) => x.customerNumber);
    expect(cns).toEqual([...cns].sort());
    expect(all.total).toBe(36);
  });

  it('shows the Account shape', async () => {
    expect(await get(ids['auto.blok'], kcc)).toEqual({
      id: ids['auto.blok'],
      username: 'auto.blok',
      email: 'auto@gmail.com',
      emailValid: true,
      role: 'user',
      customerNumber: 'HM-005000',
      confirmedAt: '2026-10-01T10:00:00.000Z',
      autoBlocked: true,
      autoBlockedUntil: '2026-11-02T09:10:00.000Z',
      manuallyBlocked: false,
      blockReason: null,
      failedLoginAttempts: 5,
      lastLoginAt: null,
      version: 1,
    });
    expect((await failure(get(999999, kcc))).status).toBe(404);
  });

  it('roles: kcc may look but gets 403 on block; helpdesk may not even look', async () => {
    expect((await get(ids.jdevries, kcc)).username).toBe('jdevries');
    const refused = await failure(s.client(kcc).call('accounts.block', { params: { id: ids.jdevries ?? 0 }, body: { reason: 'x' } }));
    expect(refused.status).toBe(403);
    expect(refused.code).toBe('forbidden');
    expect((await failure(s.client(kcc).call('accounts.activate', { params: { id: ids['auto.blok'] ?? 0 } }))).status).toBe(403);
    const helpdesk = await s.signIn('helpdesk', 'Geheim!2026');
    expect((await failure(s.client(helpdesk).call('accounts.list'))).status).toBe(403);
  });

  it('list rows carry the household name and address, to confirm identity on the phone', async () => {
    const [row] = (await list({ q: 'pbakker' })).items;
    // (An earlier test moves this household to another street: only the shape is fixed here.)
    expect(row).toMatchObject({ username: 'pbakker', name: 'P. Bakker', addressLine: expect.stringMatching(/^\D+ 34, 3512 AB Utrecht$/) });
    // Every path of the lookup (index, FTS, short prefix, status filter) fills them for the page rows.
    const unconfirmed = await list({ status: 'unconfirmed' });
    expect(unconfirmed.items.find((a) => a.username === 'mjansen')).toMatchObject({ name: 'M. Jansen', addressLine: expect.stringContaining('Lange Nieuwstraat') });
    expect((await list({ q: 'HM-000123' })).items[0]?.name).toBe('J. de Vries');
  });

  it('block needs a reason; unblock clears it; both audited with the customer number', async () => {
    const c = s.client(kccAdmin);
    const id = ids.jdevries ?? 0;
    const empty = await failure(c.call('accounts.block', { params: { id }, body: { reason: '   ' } }));
    expect(empty.status).toBe(400);
    expect(empty.fieldErrors()).toHaveProperty('reason');
    const blocked = await c.call('accounts.block', { params: { id }, body: { reason: 'Oneigenlijk gebruik' } });
    expect(blocked).toMatchObject({ manuallyBlocked: true, blockReason: 'Oneigenlijk gebruik', version: 2 });
    const unblocked = await c.call('accounts.unblock', { params: { id } });
    expect(unblocked).toMatchObject({ manuallyBlocked: false, blockReason: null, version: 3 });
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('target', '=', `account:${id}`).orderBy('id').execute();
    expect(audit.map((a) => [a.action, a.customer_number, a.actor])).toEqual([
      ['account.block', 'HM-000123', 'kccbeheer'],
      ['account.unblock', 'HM-000123', 'kccbeheer'],
    ]);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({ reason: 'Oneigenlijk gebruik' });
  });

  it('activate only ends a running automatic block (else 409), resets the counter and tells the ERP', async () => {
    const activate = (id: number | undefined) => s.client(admin).call('accounts.activate', { params: { id: id ?? 0 } });
    expect((await failure(activate(ids['oud.blok']))).status).toBe(409);
    expect((await failure(activate(ids.jdevries))).status).toBe(409);
    const ok = await activate(ids['auto.blok']);
    expect(ok).toMatchObject({ autoBlocked: false, autoBlockedUntil: null, failedLoginAttempts: 0 });
    const erp = await s.store.db.selectFrom('erp_outbox').selectAll().where('customer_number', '=', 'HM-005000').execute();
    expect(erp.map((m) => JSON.parse(m.payload) as unknown)).toEqual([{ customerNumber: 'HM-005000', status: 'activated' }]);
  });

  it('PATCH: stale version → 409 and nothing changed; e-mail change re-checks validity; username unique', async () => {
    const c = s.client(admin);
    const id = ids.mjansen ?? 0;
    const cur = await get(id);
    const ok = await c.call('accounts.update', { params: { id }, body: { email: 'M.Jansen@Outlook.com', role: 'admin', version: cur.version } });
    expect(ok).toMatchObject({ email: 'm.jansen@outlook.com', emailValid: true, role: 'admin', version: cur.version + 1 });
    // An e-mail changed here stays in the portal: nothing goes to the ERP.
    expect(await s.store.db.selectFrom('erp_outbox').selectAll().where('customer_number', '=', 'HM-001299').execute()).toEqual([]);
    const stale = await failure(c.call('accounts.update', { params: { id }, body: { email: 'ander@outlook.com', version: cur.version } }));
    expect(stale.status).toBe(409);
    expect(stale.code).toBe('conflict');
    expect(stale.currentVersion).toBe(cur.version + 1);
    expect(await get(id)).toMatchObject({ email: 'm.jansen@outlook.com', version: cur.version + 1 });
    const dup = await failure(c.call('accounts.update', { params: { id }, body: { username: 'JDEVRIES', version: cur.version + 1 } }));
    expect(dup.status).toBe(409);
    expect(dup.fieldErrors()).toHaveProperty('username');
    const badCustomer = await failure(c.call('accounts.update', { params: { id }, body: { customerNumber: 'HM-777777', version: cur.version + 1 } }));
    expect(badCustomer.status).toBe(400);
    expect(badCustomer.fieldErrors()).toHaveProperty('customerNumber');
  });

  it('POST creates (201) with the password policy, role and an existing customer number; DELETE → 204', async () => {
    const c = s.client(admin);
    const weak = await failure(c.call('accounts.create', { body: { username: 'nieuw.beheer', email: 'nb@corp.nl', password: 'kort', role: 'admin' } }));
    expect(weak.status).toBe(400);
    expect(weak.fieldErrors()).toHaveProperty('password');
    const noHousehold = await failure(
      c.call('accounts.create', { body: { username: 'nieuw.beheer', email: 'nb@corp.nl', password: 'Sterk!2026x', role: 'user', customerNumber: 'HM-654321' } }),
    );
    expect(noHousehold.status).toBe(400);
    expect(noHousehold.fieldErrors()).toHaveProperty('customerNumber');
    const creator = clientWithStatus(s.url, kccAdmin);
    const created = await creator.client.call('accounts.create', { body: { username: 'nieuw.beheer', email: 'nb@corp.nl', password: 'Sterk!2026x', role: 'admin' } });
    expect(creator.lastStatus()).toBe(201);
    expect(created).toMatchObject({ username: 'nieuw.beheer', role: 'admin', customerNumber: null, version: 1 });
    expect(created.confirmedAt).toBe(s.clock.now().toISOString());
    const again = await failure(c.call('accounts.create', { body: { username: 'Nieuw.Beheer', email: 'x@corp.nl', password: 'Sterk!2026x', role: 'user' } }));
    expect(again.status).toBe(409);
    expect(again.fieldErrors()).toHaveProperty('username');
    expect((await failure(s.client(kcc).call('accounts.remove', { params: { id: created.id } }))).status).toBe(403);
    const remover = clientWithStatus(s.url, admin);
    await remover.client.call('accounts.remove', { params: { id: created.id } });
    expect(remover.lastStatus()).toBe(204);
    expect((await failure(get(created.id))).status).toBe(404);
    expect(await usernames({ q: 'nieuw.beheer' })).toEqual([]);
  });

  it('one portal account per household: a second one only on purpose, also when moving an account', async () => {
    const c = s.client(admin);
    const cn = await seedAccount(880, { username: 'eerste.account', email: 'e@example.nl', street: 'Dorpsstraat', name: 'E. Erste' });
    const body = { username: 'tweede.account', email: 't@example.nl', password: 'Sterk!2026x', role: 'user' as const, customerNumber: cn };
    const refused = await failure(c.call('accounts.create', { body }));
    expect(refused.status).toBe(409);
    expect(refused.fieldErrors().customerNumber).toContain('eerste.account');
    expect(await usernames({ q: 'tweede.account' })).toEqual([]);
    const second = await c.call('accounts.create', { body: { ...body, additionalForCustomer: true } });
    expect(second.customerNumber).toBe(cn);
    const other = await c.call('accounts.create', { body: { username: 'los.account', email: 'l@example.nl', password: 'Sterk!2026x', role: 'user' } });
    const move = await failure(c.call('accounts.update', { params: { id: other.id }, body: { customerNumber: cn, version: other.version } }));
    expect(move.status).toBe(409);
    expect(move.fieldErrors()).toHaveProperty('customerNumber');
    const moved = await c.call('accounts.update', { params: { id: other.id }, body: { customerNumber: cn, additionalForCustomer: true, version: other.version } });
    expect(moved.customerNumber).toBe(cn);
  });

  it('ERP sync queues a message per request and activated account, marks them sent, remembers the time', async () => {
    expect(await s.client(kcc).call('accounts.erpSyncStatus')).toEqual({ lastSentAt: null });
    expect((await failure(s.client(kcc).call('accounts.erpSync'))).status).toBe(403);
    await s.store.db
      .insertInto('account_requests')
      .values({ customer_number: 'HM-000123', customer_number_entered_at: '2026-10-01T09:00:00.000Z', created_at: '2026-10-01T09:00:00.000Z' })
      .execute();
    const activated = await s.store.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('confirmed_at', 'is not', null)
      .where('customer_number', 'is not', null)
      .executeTakeFirstOrThrow();
    const before = await s.store.db.selectFrom('erp_outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const r = await s.client(kccAdmin).call('accounts.erpSync');
    expect(r).toEqual({ sentAt: s.clock.now().toISOString(), count: Number(activated.n) + 1 });
    const after = await s.store.db.selectFrom('erp_outbox').selectAll().where('sent_at', '=', s.clock.now().toISOString()).execute();
    expect(after.length).toBe(Number(activated.n) + 1);
    expect(Number(before.n) + after.length).toBe(
      Number((await s.store.db.selectFrom('erp_outbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    );
    expect(await s.client(kcc).call('accounts.erpSyncStatus')).toEqual({ lastSentAt: s.clock.now().toISOString() });
  });

  it('every mutation left an audit entry with the customer number, and the chain verifies', async () => {
    const rows = await s.store.db.selectFrom('audit_log').selectAll().where('action', 'like', 'account.%').execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['account.block', 'account.unblock', 'account.activate', 'account.update', 'account.create', 'account.delete', 'account.erp_sync']) {
      expect(actions.has(a)).toBe(true);
    }
    for (const r of rows.filter((x) => ['account.block', 'account.unblock', 'account.activate', 'account.update'].includes(x.action))) {
      expect(r.customer_number).toMatch(/^HM-\d{6}$/);
    }
    expect(JSON.stringify(rows)).not.toContain('Sterk!2026x');
    expect((await verifyAuditChain(s.store)).ok).toBe(true);
  });
});
