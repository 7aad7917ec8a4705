import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/client';
import { kbDataItemKeys, type KbDataItem } from '../../shared/domain/kbDataItems';
import { createTenantSession } from '../../server/accounts/tenantSessions';
import { insertHousehold } from './customersFixture';
import { failure, startTestServer, type TestServer } from './support/testServer';

// Follow-up questions answered from the customer's own data ("Volgens onze gegevens …"): the tenant's portal
// question and the staff view of the same answers for a caller, computed from the household's rows.
describe('knowledge base: answers from the customer data', () => {
  let s: TestServer;
  let admin: ApiClient;
  let helpdesk: ApiClient;
  let tenant: ApiClient;
  let portalCode = '';
  let internalCode = '';
  const customer = 'HM-004711';
  const expected: Partial<Record<KbDataItem, { nl: string; en: string }>> = {};

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    await s.addStaff('henk', 'Geheim!2026', ['helpdesk']);
    admin = s.client(await s.signIn('anna', 'Geheim!2026'));
    helpdesk = s.client(await s.signIn('henk', 'Geheim!2026'));
    const householdId = await insertHousehold(s, customer, { withAccount: true });
    const db = s.store.db;
    await db
      .insertInto('payment_arrangements')
      .values([
        { household_id: householdId, start_date: '2026-01-01', end_date: '2099-06-01', total_cents: 120000, term_amount_cents: 10000, terms: 12, status: 'lopend' },
        { household_id: householdId, start_date: '2020-01-01', end_date: '2020-06-01', total_cents: 6000, term_amount_cents: 1000, terms: 6, status: 'afgerond' },
      ])
      .execute();

    // The expected sentences from the rows as they are (not from the fixture's constants).
    const open = (await db.selectFrom('invoices').select('open_cents').where('household_id', '=', householdId).execute()).reduce((t, r) => t + r.open_cents, 0);
    const contract = await db.selectFrom('contracts').selectAll().where('household_id', '=', householdId).executeTakeFirstOrThrow();
    const rent = (await db.selectFrom('rent_components').select('amount_cents').where('contract_id', '=', contract.id).execute()).reduce((t, r) => t + r.amount_cents, 0);
    const repairs = (await db.selectFrom('repair_requests').select('status').where('household_id', '=', householdId).execute()).filter((r) => r.status !== 'afgehandeld').length;
    const holders = await db
      .selectFrom('persons as p')
      .innerJoin('household_roles as r', 'r.code', 'p.role_code')
      .select('p.id')
      .where('p.household_id', '=', householdId)
      .where('r.is_contract_holder', '=', 1)
      .execute();
    expect(open).toBeGreaterThan(0);
    expect(repairs).toBe(1);
    expect(contract.payment_method).toBe('overboeking');
    expect(contract.end_date).toBeNull();
    const euroNl = (c: number) => `€ ${Math.floor(c / 100)},${String(c % 100).padStart(2, '0')}`;
    const euroEn = (c: number) => `€ ${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
    expected.paymentArrears = { nl: `Volgens onze gegevens heeft u een achterstand van ${euroNl(open)}.`, en: `According to our records you are ${euroEn(open)} in arrears.` };
    expected.paymentArrangement = {
      nl: 'Volgens onze gegevens heeft u een betalingsregeling tot 1 juni 2099.',
      en: 'According to our records you have a payment arrangement until 1 June 2099.',
    };
    expected.paymentMethod = { nl: 'Volgens onze gegevens betaalt u de huur via overboeking.', en: 'According to our records you pay the rent by bank transfer.' };
    expected.monthlyRent = { nl: `Volgens onze gegevens is uw huur ${euroNl(rent)} per maand.`, en: `According to our records your rent is ${euroEn(rent)} a month.` };
    expected.contractEndDate = { nl: 'Volgens onze gegevens is uw huurcontract niet opgezegd.', en: 'According to our records your tenancy has not been ended.' };
    expected.coTenant =
      holders.length > 1
        ? { nl: 'Volgens onze gegevens staat er een medehuurder op uw contract.', en: 'According to our records there is a co-tenant on your tenancy.' }
        : { nl: 'Volgens onze gegevens staat er geen medehuurder op uw contract.', en: 'According to our records there is no co-tenant on your tenancy.' };
    expected.dwellingType = {
      nl: `Volgens onze gegevens huurt u een ${contract.dwelling_type.toLowerCase()}.`,
      en: `According to our records you rent a home of the type "${contract.dwelling_type}".`,
    };
    expected.openRepairRequests = { nl: 'Volgens onze gegevens heeft u 1 openstaand reparatieverzoek.', en: 'According to our records you have 1 open repair request.' };

    // One follow-up per data item plus one the tenant always answers.
    const topic = await admin.call('kb.createTopic', { body: { description: 'Gegevensvragen' } });
    const followUps = [
      ...kbDataItemKeys.map((dataItem) => ({ question: `Vraag over ${dataItem}?`, answers: ['Ja', 'Nee'], dataItem })),
      { question: 'Wilt u teruggebeld worden?', answers: ['Ja', 'Nee'], dataItem: null },
    ];
    portalCode = (await admin.call('kb.createQuestion', { body: { topicCode: topic.code, description: 'Portaalvraag', portal: true, followUps } })).code;
    internalCode = (await admin.call('kb.createQuestion', { body: { topicCode: topic.code, description: 'Interne vraag', portal: false, followUps } })).code;

    const account = await db.selectFrom('accounts').select('id').where('customer_number', '=', customer).executeTakeFirstOrThrow();
    const { token } = await createTenantSession(db, { accountId: account.id, now: s.clock.now(), keepSignedIn: false });
    tenant = s.client(token);
  });
  afterAll(async () => s.close());

  it('fills every supported data item for the signed-in tenant, in Dutch and English, and leaves the rest to ask', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const q = await tenant.call('portal.kbQuestion', { params: { code: portalCode }, query: { lang } });
      expect(q.code).toBe(portalCode);
      expect(q.followUps).toHaveLength(kbDataItemKeys.length + 1);
      for (const f of q.followUps) {
        if (f.dataItem === null) expect(f.autoAnswer).toBeNull();
        else expect(f.autoAnswer, f.dataItem).toBe(expected[f.dataItem]?.[lang]);
      }
    }
  });

  it('hides a question not flagged for the portal (404) and refuses without a tenant session (401)', async () => {
    expect((await failure(tenant.call('portal.kbQuestion', { params: { code: internalCode }, query: {} }))).status).toBe(404);
    expect((await failure(s.client().call('portal.kbQuestion', { params: { code: portalCode }, query: {} }))).status).toBe(401);
  });

  it('shows staff (every role, helpdesk too) the same answers for a caller, also for internal questions', async () => {
    const seen = await helpdesk.call('kb.dataAnswers', { params: { code: internalCode }, query: { customerNumber: customer } });
    expect(seen.customerNumber).toBe(customer);
    const byItem = Object.fromEntries(seen.followUps.filter((f) => f.dataItem).map((f) => [f.dataItem, f.autoAnswer]));
    for (const item of kbDataItemKeys) expect(byItem[item], item).toBe(expected[item]?.nl);
    expect((await failure(helpdesk.call('kb.dataAnswers', { params: { code: portalCode }, query: { customerNumber: 'HM-999999' } }))).status).toBe(404);
    expect((await failure(s.client().call('kb.dataAnswers', { params: { code: portalCode }, query: { customerNumber: customer } }))).status).toBe(401);
  });

  it('answers "nothing outstanding" for a household without arrears, arrangement or repairs', async () => {
    const db = s.store.db;
    const id = await insertHousehold(s, 'HM-004712');
    await db.updateTable('invoices').set({ open_cents: 0 }).where('household_id', '=', id).execute();
    await db.deleteFrom('repair_requests').where('household_id', '=', id).execute();
    await db.deleteFrom('persons').where('household_id', '=', id).where('role_code', '=', 'MEDEHUURDER').execute();
    const seen = await admin.call('kb.dataAnswers', { params: { code: portalCode }, query: { customerNumber: 'HM-004712', lang: 'nl' } });
    const byItem = Object.fromEntries(seen.followUps.filter((f) => f.dataItem).map((f) => [f.dataItem, f.autoAnswer]));
    expect(byItem.paymentArrears).toBe('Volgens onze gegevens heeft u geen achterstand.');
    expect(byItem.paymentArrangement).toBe('Volgens onze gegevens heeft u geen lopende betalingsregeling.');
    expect(byItem.openRepairRequests).toBe('Volgens onze gegevens heeft u geen openstaande reparatieverzoeken.');
    expect(byItem.coTenant).toBe('Volgens onze gegevens staat er geen medehuurder op uw contract.');
  });
});
