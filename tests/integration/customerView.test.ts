import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/audit/auditLog';
import { flushViewLog } from '../../server/audit/viewLog';
import { openTestStore } from './support/testDatabase';
import { insertHousehold } from './customersFixture';
import { failure, startTestServer, type TestServer } from './support/testServer';

// The clock starts at 2026-11-02T09:00Z.
const CN = 'HM-007001';

describe('customer view: repairs of the last year, WOZ value and energy index, ERP account status', () => {
  let s: TestServer;
  let kcc: string;
  let admin: string;
  let householdId: number;

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kcc1', 'Geheim!123', ['kcc']);
    await s.addStaff('beheer1', 'Geheim!123', ['kcc', 'kcc-admin', 'admin']);
    kcc = await s.signIn('kcc1', 'Geheim!123');
    admin = await s.signIn('beheer1', 'Geheim!123');
    householdId = await insertHousehold(s, CN);
  });
  afterAll(async () => s.close());

  const overview = (nr = CN) => s.client(kcc).call('customers.overview', { params: { customerNumber: nr } });

  it('shows closed repair requests reported within the last year, whenever they were closed', async () => {
    await s.store.db
      .insertInto('repair_requests')
      .values([
        // Reported 13 months ago, closed 11 months ago: reported before the last year, not shown.
        { household_id: householdId, request_number: 'R-13', reported_at: '2025-10-02T10:00:00.000Z', location: 'Zolder', description: 'Lekkage', status: 'afgehandeld', closed_at: '2025-12-02T10:00:00.000Z' },
        // Reported 11 months ago: shown.
        { household_id: householdId, request_number: 'R-11', reported_at: '2025-12-02T10:00:00.000Z', location: 'Gang', description: 'Deurbel', status: 'afgehandeld', closed_at: '2026-01-05T10:00:00.000Z' },
        // Reported long ago and still open: open requests are always shown.
        { household_id: householdId, request_number: 'R-OUD', reported_at: '2024-06-01T10:00:00.000Z', location: 'Tuin', description: 'Schutting', status: 'open' },
      ])
      .execute();
    const o = await overview();
    const closed = o.repairs.closed.map((r) => r.requestNumber);
    expect(closed).toContain('R-11');
    expect(closed).not.toContain('R-13');
    expect(closed).toEqual(['R-2', 'R-11']); // newest report first; the fixture's R-3 (2024) is out too
    expect(o.repairs.open.map((r) => r.requestNumber)).toEqual(['R-1', 'R-OUD']);
  });

  it('shows the WOZ value with its reference date and the energy index of the dwelling, null when unknown', async () => {
    const before = await overview();
    expect(before.contracts[0]?.dwelling).toMatchObject({ energyLabel: 'A', energyIndex: null, woz: null });
    await s.store.db
      .updateTable('contracts')
      .set({ woz_value_cents: 31_200_000, woz_reference_date: '2025-01-01', energy_index: 0.93 })
      .where('household_id', '=', householdId)
      .execute();
    const after = await overview();
    expect(after.contracts[0]?.dwelling).toMatchObject({
      energyLabel: 'A',
      energyIndex: 0.93,
      woz: { valueCents: 31_200_000, referenceDate: '2025-01-01' },
    });
  });

  it('shows the ERP account status and when it was last sent, from the automatic message and from the ERP sync', async () => {
    const nr = 'HM-007002';
    await insertHousehold(s, nr);
    expect((await overview(nr)).erpAccountStatus).toEqual({ status: 'not_created', lastSentAt: null });

    // Staff create the household's account: the portal tells the ERP at once.
    await s.client(admin).call('accounts.create', {
      body: { username: 'erp.klant', email: 'erp.klant@example.nl', password: 'Sterk!2026x', role: 'user', customerNumber: nr },
    });
    const created = s.clock.now().toISOString();
    expect((await overview(nr)).erpAccountStatus).toEqual({ status: 'activated', lastSentAt: created });

    // A household with only an account request: the sync sends it too ("not created").
    const requested = 'HM-007003';
    await insertHousehold(s, requested);
    await s.store.db
      .insertInto('account_requests')
      .values({ customer_number: requested, customer_number_entered_at: s.clock.now().toISOString(), created_at: s.clock.now().toISOString() })
      .execute();

    // "Stuur account-informatie naar ERP" later: every household it sent a message for gets the new moment.
    s.clock.advanceMinutes(10);
    const sync = await s.client(admin).call('accounts.erpSync');
    expect((await overview(nr)).erpAccountStatus).toEqual({ status: 'activated', lastSentAt: sync.sentAt });
    expect(sync.sentAt).not.toBe(created);
    expect((await overview(requested)).erpAccountStatus).toEqual({ status: 'not_created', lastSentAt: sync.sentAt });
    // A household the sync sent nothing for keeps "never sent".
    expect((await overview(CN)).erpAccountStatus).toEqual({ status: 'not_created', lastSentAt: null });
  });
});

describe('reading personal data is audited (customer.view)', () => {
  let s: TestServer;
  let kcc: string;
  let admin: string;

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kcc1', 'Geheim!123', ['kcc']);
    await s.addStaff('audit1', 'Geheim!123', ['admin']);
    kcc = await s.signIn('kcc1', 'Geheim!123');
    admin = await s.signIn('audit1', 'Geheim!123');
    await insertHousehold(s, 'HM-007101');
    await insertHousehold(s, 'HM-007102');
  });
  afterAll(async () => s.close());

  const views = async () => {
    await flushViewLog(s.app);
    return s.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'customer.view')
      .orderBy('id')
      .execute();
  };

  it('records opening a customer: who, the customer number, from where', async () => {
    const before = (await views()).length;
    await s.client(kcc).call('customers.overview', { params: { customerNumber: 'HM-007101' } });
    const rows = (await views()).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'kcc1', roles: 'kcc', customer_number: 'HM-007101', target: 'customer:HM-007101', at: s.clock.now().toISOString() });
    expect(JSON.parse(rows[0]?.details ?? 'null')).toEqual({ via: 'overview' });
  });

  it('records which customers a lookup showed, never the search term', async () => {
    const before = (await views()).length;
    await s.client(kcc).call('customers.search', { query: { q: 'Kievitlaan 78' } });
    await s.client(kcc).call('customers.search', { query: { q: 'hm-007101' } });
    const rows = (await views()).slice(before);
    expect(rows).toHaveLength(2);
    expect(JSON.parse(rows[0]?.details ?? 'null')).toEqual({ via: 'search', customerNumbers: ['HM-007101', 'HM-007102'] });
    expect(rows[0]?.customer_number).toBeNull();
    // One customer shown: the entry names it, so filtering the log on that customer finds the lookup.
    expect(rows[1]).toMatchObject({ customer_number: 'HM-007101', details: JSON.stringify({ via: 'search', customerNumbers: ['HM-007101'] }) });
    for (const r of rows) expect(JSON.stringify(r)).not.toMatch(/Kievitlaan|hm-007101/);
  });

  it('records nothing when nothing personal was shown (no results, unknown customer, refused)', async () => {
    const before = (await views()).length;
    await s.client(kcc).call('customers.search', { query: { q: 'Nergensstraat' } });
    expect((await failure(s.client(kcc).call('customers.overview', { params: { customerNumber: 'HM-009999' } }))).status).toBe(404);
    const helpdesk = await s.addStaff('help1', 'Geheim!123', ['helpdesk']).then(() => s.signIn('help1', 'Geheim!123'));
    expect((await failure(s.client(helpdesk).call('customers.overview', { params: { customerNumber: 'HM-007101' } }))).status).toBe(403);
    expect(await views()).toHaveLength(before);
  });

  it('writes many views in one go and keeps the chain intact', async () => {
    const before = (await views()).length;
    await Promise.all(Array.from({ length: 30 }, () => s.client(kcc).call('customers.overview', { params: { customerNumber: 'HM-007102' } })));
    expect(await views()).toHaveLength(before + 30);
    expect(await verifyAuditChain(s.store)).toMatchObject({ ok: true });
  });

  it('lists and exports the log without views when asked (excludeAction)', async () => {
    await s.client(kcc).call('customers.overview', { params: { customerNumber: 'HM-007101' } });
    await flushViewLog(s.app);
    const c = s.client(admin);
    const all = await c.call('audit.list', { query: { customerNumber: 'HM-007101', pageSize: 100 } });
    expect(all.items.some((e) => e.action === 'customer.view')).toBe(true);
    const hidden = await c.call('audit.list', { query: { pageSize: 100, excludeAction: 'customer.view' } });
    expect(hidden.items.length).toBeGreaterThan(0);
    expect(hidden.items.some((e) => e.action === 'customer.view')).toBe(false);
    const everything = await c.call('audit.list', { query: { pageSize: 1 } });
    expect(hidden.total).toBeLessThan(everything.total);

    // The export takes the same filter: fewer rows without the views.
    const exported = async (query: string) => {
      const res = await fetch(`${s.url}/api/v1/audit/export${query}`, { headers: { authorization: `Bearer ${admin}` } });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      return Number(res.headers.get('x-audit-total'));
    };
    const withViews = await exported('');
    const withoutViews = await exported('?excludeAction=customer.view');
    expect(withoutViews).toBeGreaterThan(0);
    expect(withoutViews).toBeLessThan(withViews - 30);
  });
});

describe('view entries at server close', () => {
  it('are written before the database closes, so a clean shutdown loses none', async () => {
    const s = await startTestServer();
    try {
      await s.addStaff('kcc1', 'Geheim!123', ['kcc']);
      await insertHousehold(s, 'HM-007201');
      const c = s.client(await s.signIn('kcc1', 'Geheim!123'));
      await c.call('customers.overview', { params: { customerNumber: 'HM-007201' } });
      // Closed at once, well within the batch interval: only the close hook can have written the entry.
      await s.app.close();
      await s.store.close();
      const reopened = await openTestStore(s.dataDir, { databaseUrl: s.databaseUrl });
      try {
        const rows = await reopened.db.selectFrom('audit_log').select('customer_number').where('action', '=', 'customer.view').execute();
        expect(rows).toEqual([{ customer_number: 'HM-007201' }]);
        expect(await verifyAuditChain(reopened)).toMatchObject({ ok: true });
      } finally {
        await reopened.close();
      }
    } finally {
      fs.rmSync(s.dataDir, { recursive: true, force: true });
    }
  });
});
