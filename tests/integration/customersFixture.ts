import type { TestServer } from './support/testServer';

/** A household with persons of every kind of role, a contract, finance and a timeline, inserted directly. */
export async function insertHousehold(s: TestServer, customerNumber = 'HM-001021', opts: { withAccount?: boolean } = {}): Promise<number> {
  const db = s.store.db;
  await db
    .insertInto('household_roles')
    .values([
      { code: 'CONTRACTANT', description: 'Contractant', sort: 1, show_in_portal: 1, use_in_portal: 1, is_contract_holder: 1 },
      { code: 'MEDEHUURDER', description: 'Medehuurder', sort: 2, show_in_portal: 1, use_in_portal: 1, is_contract_holder: 1 },
      { code: 'KIND', description: 'Kind', sort: 4, show_in_portal: 1, use_in_portal: 1, is_contract_holder: 0 },
      { code: 'INWONEND', description: 'Inwonend', sort: 5, show_in_portal: 1, use_in_portal: 0, is_contract_holder: 0 },
      { code: 'BEWINDVOERDER', description: 'Bewindvoerder', sort: 6, show_in_portal: 0, use_in_portal: 0, is_contract_holder: 0 },
    ])
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const h = await db
    .insertInto('households')
    .values({
      customer_number: customerNumber, name: 'F.M.H. Cedee', phone: '030-1234567', email: 'f.cedee@example.nl',
      corr_street: 'Kievitlaan', corr_house_number: 78, corr_postcode: '3704 XC', corr_city: 'Zeist', activation_code: 'ABCD2345',
      activation_code_generated_at: '2026-01-01T10:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = h.id;
  const person = (role: string, first: string, last: string, middle = '') => ({
    household_id: id, role_code: role, initials: `${first[0] ?? 'X'}.`, first_name: first, middle_name: middle, last_name: last,
    birth_date: '1980-05-01', gender: 'V',
  });
  await db.insertInto('persons').values([
    person('KIND', 'Anna', 'Zwart'),
    person('INWONEND', 'Bert', 'Batter'),
    person('MEDEHUURDER', 'Piet', 'Visser'),
    person('BEWINDVOERDER', 'Hans', 'Aalbers'),
    person('CONTRACTANT', 'Femke', 'Cedee'),
    person('KIND', 'Daan', 'Bakker', 'de'),
  ]).execute();
  const c = await db.insertInto('contracts').values({
    household_id: id, contract_number: 'C-1', start_date: '2016-07-01', street: 'Kievitlaan', house_number: 78, postcode: '3704 XC', city: 'Zeist',
    dwelling_type: 'Duplexwoning', rooms: 4, surface_m2: 80, construction_year: 2009, energy_label: 'A', payment_method: 'overboeking',
  }).returning('id').executeTakeFirstOrThrow();
  const cid = c.id;
  await db.insertInto('valuation_items').values([
    { contract_id: cid, category: 'Oppervlakte vertrekken', points: 50 },
    { contract_id: cid, category: 'Oppervlakte overige ruimtes', points: 2.25 },
    { contract_id: cid, category: 'Verwarming', points: 8 },
  ]).execute();
  await db.insertInto('rent_components').values([
    { contract_id: cid, description: 'Netto huur woning', amount_cents: 50347 },
    { contract_id: cid, description: 'Glasfonds', amount_cents: 90 },
  ]).execute();
  await db.insertInto('invoices').values([
    { household_id: id, invoice_number: 'F-1', description: 'Huur oktober', invoice_date: '2026-10-01', due_date: '2026-10-01', amount_cents: 50437, open_cents: 50437 },
    { household_id: id, invoice_number: 'F-0', description: 'Huur september', invoice_date: '2026-09-01', due_date: '2026-09-01', amount_cents: 50437, open_cents: 0, settled_at: '2026-09-02', settled_by: 'Betaling 2026-09-02' },
  ]).execute();
  await db.insertInto('repair_requests').values([
    { household_id: id, request_number: 'R-1', reported_at: '2026-10-20T10:00:00.000Z', location: 'Keuken', description: 'Kraan lekt', status: 'open' },
    { household_id: id, request_number: 'R-2', reported_at: '2026-03-01T10:00:00.000Z', location: 'Badkamer', description: 'Afvoer', status: 'afgehandeld', closed_at: '2026-03-05T10:00:00.000Z' },
    { household_id: id, request_number: 'R-3', reported_at: '2024-03-01T10:00:00.000Z', location: 'Tuin', description: 'Hek', status: 'afgehandeld', closed_at: '2024-03-05T10:00:00.000Z' },
  ]).execute();
  await db.insertInto('interactions').values([
    { household_id: id, at: '2026-10-01T10:00:00.000Z', template: 'COM01', channel: 'telefoon', description: 'Zichtbaar', show_in_portal: 1 },
    { household_id: id, at: '2026-10-02T10:00:00.000Z', template: 'INT', channel: 'telefoon', description: 'Intern', show_in_portal: 0 },
  ]).execute();
  if (opts.withAccount) {
    await db.insertInto('accounts').values({
      username: `u${customerNumber}`, email: 'f.cedee@example.nl', customer_number: customerNumber, password_hash: 'x', confirmed_at: '2026-01-01T00:00:00.000Z', created_at: '2026-01-01T00:00:00.000Z',
    }).execute();
  }
  return id;
}
