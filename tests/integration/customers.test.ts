import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

describe('customers: lookup and overview (C1, C2)', () => {
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

  const search = async (q: string) => {
    const res = await s.api('GET', `/customers?q=${encodeURIComponent(q)}`, { token: kcc });
    expect(res.status).toBe(200);
    return (res.body.items as { customerNumber: string; accountStatus: string; addressLine: string }[]);
  };

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

  it('refuses roles without customer access', async () => {
    expect((await s.api('GET', '/customers?q=HM', { token: helpdesk })).status).toBe(403);
  });

  it('overview: contract holders first, then alphabetical; hidden roles absent; editability per role', async () => {
    const res = await s.api('GET', '/customers/HM-001021/overview', { token: kcc });
    expect(res.status).toBe(200);
    const o = res.body as unknown as {
      household: { persons: { lastName: string; role: { code: string }; editable: boolean }[]; selectableRoles: { code: string }[] };
    };
    expect(o.household.persons.map((p) => `${p.role.code}:${p.lastName}`)).toEqual([
      'CONTRACTANT:Cedee', 'MEDEHUURDER:Visser', 'KIND:Bakker', 'INWONEND:Batter', 'KIND:Zwart',
    ]);
    expect(o.household.persons.some((p) => p.role.code === 'BEWINDVOERDER')).toBe(false);
    expect(o.household.persons.find((p) => p.role.code === 'INWONEND')?.editable).toBe(false);
    expect(o.household.persons.find((p) => p.role.code === 'KIND')?.editable).toBe(true);
    expect(o.household.selectableRoles.map((r) => r.code)).toEqual(['CONTRACTANT', 'MEDEHUURDER', 'KIND']);
  });

  it('overview: contract, valuation, rent, finance, repairs, timeline, account', async () => {
    const o = (await s.api('GET', '/customers/HM-001021/overview', { token: kcc })).body as Record<string, unknown>;
    const contract = (o.contracts as Record<string, unknown>[])[0] as Record<string, Record<string, unknown>>;
    expect(contract.valuation).toMatchObject({ totalPoints: 60.25, totalPointsRounded: 60 });
    expect(contract.rent).toMatchObject({ totalCents: 50437 });
    expect(contract.paymentMethod).toEqual({ code: 'overboeking', label: 'Zelf betalen' });
    expect(contract.dwelling).toMatchObject({ type: 'Duplexwoning', rooms: 4, constructionYear: 2009 });
    const finance = o.finance as Record<string, unknown[] | number>;
    expect(finance.openBalanceCents).toBe(50437);
    expect(finance.openInvoices).toHaveLength(1);
    expect(finance.closedInvoices).toMatchObject([{ settledBy: 'Betaling 2026-09-02', paidCents: 50437 }]);
    const repairs = o.repairs as Record<string, { requestNumber: string }[]>;
    expect(repairs.open?.map((r) => r.requestNumber)).toEqual(['R-1']);
    expect(repairs.closed?.map((r) => r.requestNumber)).toEqual(['R-2']); // R-3 closed more than a year ago
    expect((o.timeline as { description: string }[]).map((t) => t.description)).toEqual(['Zichtbaar']);
    expect(o.account).toMatchObject({ customerNumber: 'HM-001021', confirmedAt: '2026-01-01T00:00:00.000Z' });
    expect((await s.api('GET', '/customers/HM-009999/overview', { token: kcc })).status).toBe(404);
  });
});
