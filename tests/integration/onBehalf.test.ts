import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PersonInput } from '../../shared/api/customers';
import { phoneMessages } from '../../shared/domain/phone';
import { failure, startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

describe('acting on behalf', () => {
  let s: TestServer;
  let token: string;
  let session: string;
  const nr = 'HM-001021';
  const params = { customerNumber: nr };

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kcc1', 'Geheim!123', ['kcc'], 'Karin KCC');
    token = await s.signIn('kcc1', 'Geheim!123');
    await insertHousehold(s, nr);
  });
  afterAll(async () => s.close());
  beforeEach(async () => {
    session = (await s.client(token).call('lookAlong.start', { params })).sessionId;
  });

  const api = () => s.client(token);
  const overview = () => api().call('customers.overview', { params });
  const version = async () => (await overview()).contact.version;

  it('needs a look-along session', async () => {
    // Without the header: the typed client always sends one on this route.
    const res = await s.api('PUT', `/customers/${nr}/phone`, { token, body: { phone: '0612345678', version: 1 } });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'forbidden', details: { reason: 'look_along_required' } });
  });

  it.each([
    ['061234567', phoneMessages.digits],
    ['06-12-345678', phoneMessages.dashes],
    ['(06) (12) 345678', phoneMessages.brackets],
    ['(06123) 45678', phoneMessages.brackets],
    ['06.12345678', phoneMessages.characters],
  ])('refuses phone %j with its own message', async (phone, message) => {
    const refused = await failure(api().call('onBehalf.phone', { params, body: { phone, version: await version() }, lookAlong: session }));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.info.details)).toContain(message);
  });

  it('changes the phone number: interaction under the staff name in the timeline, mail, version check', async () => {
    const v = await version();
    const contact = await api().call('onBehalf.phone', { params, body: { phone: '(0318) 123456', version: v }, lookAlong: session });
    expect(contact).toMatchObject({ phone: '(0318) 123456', version: v + 1 });
    expect((await overview()).timeline[0]).toMatchObject({ description: 'Telefoonnummer gewijzigd in (0318) 123456', staffName: 'Karin KCC' });
    const stale = await failure(api().call('onBehalf.phone', { params, body: { phone: '0612345678', version: v }, lookAlong: session }));
    expect(stale.status).toBe(409);
    expect(stale.currentVersion).toBe(v + 1);
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('template', '=', 'phone_changed').executeTakeFirstOrThrow();
    expect(mail.to_address).toBe('f.cedee@example.nl');
  });

  it('e-mail change: old address stays primary until the link in the mail to the NEW address is used', async () => {
    const contact = await api().call('onBehalf.email', { params, body: { email: 'nieuw@example.nl' }, lookAlong: session });
    expect(contact).toMatchObject({ email: 'f.cedee@example.nl', pendingEmail: 'nieuw@example.nl' });
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('template', '=', 'email_change_confirmation').executeTakeFirstOrThrow();
    expect(mail.to_address).toBe('nieuw@example.nl');
    const link = decodeURIComponent(/token=([^\s]+)/.exec(mail.body)?.[1] ?? '');
    const stored = await s.store.db.selectFrom('households').select('pending_email_token_hash').where('customer_number', '=', nr).executeTakeFirstOrThrow();
    expect(stored.pending_email_token_hash).not.toBe(link); // only the hash is kept
    expect((await overview()).contact.email).toBe('f.cedee@example.nl');
    expect(await s.client().call('portal.confirmEmail', { body: { token: link } })).toEqual({ confirmed: true, customerNumber: nr });
    expect((await overview()).contact).toMatchObject({ email: 'nieuw@example.nl', pendingEmail: null });
    expect((await failure(s.client().call('portal.confirmEmail', { body: { token: link } }))).status).toBe(409);
  });

  it('changes the correspondence address (postcode without space normalised)', async () => {
    const contact = await api().call('onBehalf.address', {
      params,
      body: { postcode: '1234ab', houseNumber: 12, addition: 'A', street: 'Dorpsstraat', city: 'Utrecht', version: await version() },
      lookAlong: session,
    });
    expect(contact.correspondenceAddress).toEqual({ street: 'Dorpsstraat', houseNumber: 12, addition: 'A', postcode: '1234 AB', city: 'Utrecht' });
    const found = await api().call('customers.search', { query: { q: 'Dorpsstraat 12' } });
    expect(found.items.map((r) => r.customerNumber)).toEqual([nr]);
  });

  it('household persons: only roles used in the portal; all fields but tussenvoegsels required', async () => {
    const base: PersonInput = { roleCode: 'KIND', gender: 'M', initials: 'T.', firstName: 'Tim', lastName: 'Cedee', birthDate: '2015-02-03' };
    const add = (body: PersonInput) => api().call('onBehalf.addPerson', { params, body, lookAlong: session });
    const update = (id: number, body: PersonInput & { version: number }) =>
      api().call('onBehalf.updatePerson', { params: { ...params, id }, body, lookAlong: session });
    const remove = (id: number, v: number) => api().call('onBehalf.removePerson', { params: { ...params, id }, query: { version: v }, lookAlong: session });

    const missing = await failure(add({ ...base, firstName: '' }));
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.fieldErrors())).toEqual(['firstName']);
    const hidden = await failure(add({ ...base, roleCode: 'BEWINDVOERDER' }));
    expect(hidden.status).toBe(403);
    expect(hidden.info).toMatchObject({ code: 'forbidden', details: { reason: 'role_not_editable' } });
    const created = await add(base);
    expect(created).toMatchObject({ firstName: 'Tim', middleName: '', editable: true, version: 1 });
    expect(await update(created.id, { ...base, middleName: 'van', version: 1 })).toMatchObject({ middleName: 'van', version: 2 });
    expect((await failure(update(created.id, { ...base, version: 1 }))).status).toBe(409);
    const inwonend = (await overview()).household.persons.find((p) => p.role.code === 'INWONEND');
    expect(inwonend).toBeDefined();
    expect((await failure(update(inwonend?.id ?? 0, { ...base, roleCode: 'INWONEND', version: 1 }))).status).toBe(403);
    expect((await failure(remove(inwonend?.id ?? 0, 1))).status).toBe(403);
    await remove(created.id, 2);
    const descriptions = (await overview()).timeline.map((t) => t.description);
    expect(descriptions.slice(0, 3)).toEqual(['Persoon verwijderd: T. van Cedee (Kind)', 'Persoon gewijzigd: T. van Cedee (Kind)', 'Persoon toegevoegd: T. Cedee (Kind)']);
  });

  it('refuses names with control or invisible reordering characters, and birth dates that do not exist', async () => {
    const base: PersonInput = { roleCode: 'KIND', gender: 'V', initials: 'S.', firstName: 'Sara', lastName: 'Cedee', birthDate: '2016-02-29' };
    const add = (body: PersonInput) => api().call('onBehalf.addPerson', { params, body, lookAlong: session });
    for (const [field, value] of [
      ['firstName', 'Jan\u202Eneppo'],
      ['lastName', 'Cedee\u0007'],
      ['middleName', 'van\u200B'],
    ] as const) {
      const refused = await failure(add({ ...base, [field]: value }));
      expect(refused.status, field).toBe(400);
      expect(Object.keys(refused.fieldErrors()), field).toEqual([field]);
    }
    for (const birthDate of ['2015-02-29', '2015-04-31', '1899-12-31', '2999-01-01']) {
      const refused = await failure(add({ ...base, birthDate }));
      expect(Object.keys(refused.fieldErrors()), birthDate).toEqual(['birthDate']);
    }
    const address = await failure(
      api().call('onBehalf.address', {
        params,
        body: { postcode: '3511 AB', houseNumber: 1, street: 'Oude\u202Dgracht', city: 'Utrecht', version: await version() },
        lookAlong: session,
      }),
    );
    expect(Object.keys(address.fieldErrors())).toEqual(['street']);
    // A leap day that exists is fine.
    expect(await add(base)).toMatchObject({ birthDate: '2016-02-29' });
  });
});
