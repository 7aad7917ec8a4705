import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

describe('customers: lookup and overview', () => {
  let s: TestServer;
  let kcc: string;
  let helpdesk: string;

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kcc1', 'Geheim!123', ['kcc'], 'Karin KCC');
    await s.addStaff('help1', 'Geheim!123', ['helpdesk']);
    kcc = await s.signIn('kcc1', 'Geheim!123');
    helpdesk = await s.signIn('help1', 'Geheim!123');
    await insertHousehold(s, 'HM-001021', { withAccount: true });
    await insertHousehold(s, 'HM-001022');
    await s.store.db.updateTable('households').set({ name: 'J. de Vries', email: 'jan.devries@mail.nl', corr_street: 'Dorpsstraat', corr_house_number: 5, corr_postcode: '1234 AB', corr_city: 'Utrecht' }).where('customer_number', '=', 'HM-001022').execute();
  });
  afterAll(async () => s.close());

  const search = async (q: string) => (await s.client(kcc).call('customers.search', { query: { q } })).items;
  const overview = (nr: string) => s.client(kcc).call('customers.overview', { params: { customerNumber: nr } });

  it('finds by exact and prefix customer number, name, street + number, postcode with or without space, e-mail', async () => {
    expect((await search('HM-001021')).map((r) => r.customerNumber)).toEqual(['HM-001021']);
    expect((await search('hm-00102')).map((r) => r.customerNumber)).toEqual(['HM-001021', 'HM-001022']);
    expect((await search('001022')).map((r) => r.customerNumber)).toEqual(['HM-001022']);
    expect((await search('de Vries')).map((r) => r.customerNumber)).toEqual(['HM-001022']);
    expect((await search('Kievitlaan 78')).map((r) => r.customerNumber)).toEqual(['HM-001021']);
    expect((await search('1234 AB')).map((r) => r.customerNumber)).toEqual(['HM-001022']);
    expect((await search('1234ab')).map((r) => r.customerNumber)).toEqual(['HM-001022']);
    expect((await search('3704XC 78')).map((r) => r.customerNumber)).toEqual(['HM-001021']);
    expect((await search('jan.devries@mail')).map((r) => r.customerNumber)).toEqual(['HM-001022']);
    expect(await search('Nergensstraat')).toEqual([]);
  });

  it('result rows carry address, postcode, city, e-mail and the account status', async () => {
    const [row] = await search('HM-001021');
    expect(row).toMatchObject({ name: 'F.M.H. Cedee', addressLine: 'Kievitlaan 78', postcode: '3704 XC', city: 'Zeist', email: 'f.cedee@example.nl', accountStatus: 'active' });
    expect((await search('HM-001022'))[0]?.accountStatus).toBe('none');
  });

  it('account status in the lookup rows: requested, unconfirmed, blocked; the household\'s own account before an admin one', async () => {
    const db = s.store.db;
    const now = s.clock.now().toISOString();
    await insertHousehold(s, 'HM-003001');
    await db.insertInto('account_requests').values({ customer_number: 'HM-003001', customer_number_entered_at: now, created_at: now }).execute();
    await insertHousehold(s, 'HM-003002', { withAccount: true });
    await db.updateTable('accounts').set({ confirmed_at: null }).where('customer_number', '=', 'HM-003002').execute();
    await insertHousehold(s, 'HM-003003', { withAccount: true });
    await db.updateTable('accounts').set({ manually_blocked: 1 }).where('customer_number', '=', 'HM-003003').execute();
    await insertHousehold(s, 'HM-003004', { withAccount: true });
    const later = new Date(s.clock.now().getTime() + 3_600_000).toISOString();
    await db.updateTable('accounts').set({ auto_blocked_until: later }).where('customer_number', '=', 'HM-003004').execute();
    // An admin account naming HM-003005, blocked, inserted first: the household's own (active) account wins.
    await insertHousehold(s, 'HM-003005');
    await db.insertInto('accounts').values({ username: 'admin3005', email: 'a@example.nl', role: 'admin', customer_number: 'HM-003005', password_hash: 'x', manually_blocked: 1, created_at: now }).execute();
    await db.insertInto('accounts').values({ username: 'u3005', email: 'u@example.nl', customer_number: 'HM-003005', password_hash: 'x', confirmed_at: now, created_at: now }).execute();
    const rows = await search('HM-0030');
    expect(rows.map((r) => [r.customerNumber, r.accountStatus])).toEqual([
      ['HM-003001', 'requested'],
      ['HM-003002', 'unconfirmed'],
      ['HM-003003', 'manually_blocked'],
      ['HM-003004', 'auto_blocked'],
      ['HM-003005', 'active'],
    ]);
  });

  it('refuses roles without customer access', async () => {
    const refused = await failure(s.client(helpdesk).call('customers.search', { query: { q: 'HM' } }));
    expect(refused.status).toBe(403);
  });

  it('overview: contract holders first, then alphabetical; hidden roles absent; editability per role', async () => {
    const o = await overview('HM-001021');
    expect(o.household.persons.map((p) => `${p.role.code}:${p.lastName}`)).toEqual([
      'CONTRACTANT:Cedee', 'MEDEHUURDER:Visser', 'KIND:Bakker', 'INWONEND:Batter', 'KIND:Zwart',
    ]);
    expect(o.household.persons.some((p) => p.role.code === 'BEWINDVOERDER')).toBe(false);
    expect(o.household.persons.find((p) => p.role.code === 'INWONEND')?.editable).toBe(false);
    expect(o.household.persons.find((p) => p.role.code === 'KIND')?.editable).toBe(true);
    expect(o.household.selectableRoles.map((r) => r.code)).toEqual(['CONTRACTANT', 'MEDEHUURDER', 'KIND']);
  });

  it('overview: contract, valuation, rent, finance, repairs, timeline, account', async () => {
    const o = await overview('HM-001021');
    const contract = o.contracts[0];
    expect(contract?.valuation).toMatchObject({ totalPoints: 60.25, totalPointsRounded: 60 });
    expect(contract?.rent).toMatchObject({ totalCents: 50437 });
    expect(contract?.paymentMethod).toEqual({ code: 'overboeking', label: 'Zelf betalen' });
    expect(contract?.dwelling).toMatchObject({ type: 'Duplexwoning', rooms: 4, constructionYear: 2009 });
    expect(o.finance.openBalanceCents).toBe(50437);
    expect(o.finance.openInvoices).toHaveLength(1);
    expect(o.finance.closedInvoices).toMatchObject([{ settledBy: 'Betaling 2026-09-02', paidCents: 50437 }]);
    expect(o.repairs.open.map((r) => r.requestNumber)).toEqual(['R-1']);
    expect(o.repairs.closed.map((r) => r.requestNumber)).toEqual(['R-2']); // R-3 closed more than a year ago
    expect(o.timeline.map((t) => t.description)).toEqual(['Zichtbaar']);
    expect(o.account).toMatchObject({ customerNumber: 'HM-001021', confirmedAt: '2026-01-01T00:00:00.000Z' });
    expect((await failure(overview('HM-009999'))).status).toBe(404);
  });
});
