import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { phoneMessages } from '../../shared/domain/phone';
import { startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

describe('acting on behalf (C3)', () => {
  let s: TestServer;
  let token: string;
  let session: string;
  const nr = 'HM-001021';

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kcc1', 'Geheim!123', ['kcc'], 'Karin KCC');
    token = await s.signIn('kcc1', 'Geheim!123');
    await insertHousehold(s, nr);
  });
  afterAll(async () => s.close());
  beforeEach(async () => {
    const res = await s.api('POST', `/customers/${nr}/look-along`, { token });
    expect(res.status).toBe(201);
    session = res.body.sessionId as unknown as string;
  });

  const call = (method: string, path: string, body?: unknown) =>
    s.api(method, path, { token, body, headers: { 'x-look-along-session': session } });
  const overview = async () => (await s.api('GET', `/customers/${nr}/overview`, { token })).body as Record<string, unknown>;
  const version = async () => ((await overview()).contact as { version: number }).version;

  it('needs a look-along session', async () => {
    const res = await s.api('PUT', `/customers/${nr}/phone`, { token, body: { phone: '0612345678', version: 1 } });
    expect(res.status).toBe(403);
    expect(res.body.error?.details?.reason).toBe('look_along_required');
  });

  it.each([
    ['061234567', phoneMessages.digits],
    ['06-12-345678', phoneMessages.dashes],
    ['(06) (12) 345678', phoneMessages.brackets],
    ['(06123) 45678', phoneMessages.brackets],
    ['06.12345678', phoneMessages.characters],
  ])('refuses phone %j with its own message', async (phone, message) => {
    const res = await call('PUT', `/customers/${nr}/phone`, { phone, version: await version() });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error?.details)).toContain(message);
  });

  it('changes the phone number: interaction under the staff name in the timeline, mail, version check', async () => {
    const v = await version();
    const res = await call('PUT', `/customers/${nr}/phone`, { phone: '(0318) 123456', version: v });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phone: '(0318) 123456', version: v + 1 });
    const o = await overview();
    expect((o.timeline as { description: string; staffName: string | null }[])[0]).toMatchObject({
      description: 'Telefoonnummer gewijzigd in (0318) 123456', staffName: 'Karin KCC',
    });
    const stale = await call('PUT', `/customers/${nr}/phone`, { phone: '0612345678', version: v });
    expect(stale.status).toBe(409);
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('template', '=', 'phone_changed').executeTakeFirstOrThrow();
    expect(mail.to_address).toBe('f.cedee@example.nl');
  });

  it('e-mail change: old address stays primary until the link in the mail to the NEW address is used', async () => {
    const res = await call('PUT', `/customers/${nr}/email`, { email: 'nieuw@example.nl' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: 'f.cedee@example.nl', pendingEmail: 'nieuw@example.nl' });
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('template', '=', 'email_change_confirmation').executeTakeFirstOrThrow();
    expect(mail.to_address).toBe('nieuw@example.nl');
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.body)?.[1] ?? '');
    const stored = await s.store.db.selectFrom('households').select('pending_email_token_hash').where('customer_number', '=', nr).executeTakeFirstOrThrow();
    expect(stored.pending_email_token_hash).not.toBe(token); // only the hash is kept
    expect(((await overview()).contact as { email: string }).email).toBe('f.cedee@example.nl');
    const ok = await s.api('POST', '/portal/email-confirmations', { body: { token } });
    expect(ok.status).toBe(200);
    expect((await overview()).contact).toMatchObject({ email: 'nieuw@example.nl', pendingEmail: null });
    expect((await s.api('POST', '/portal/email-confirmations', { body: { token } })).status).toBe(409);
  });

  it('changes the correspondence address (postcode without space normalised)', async () => {
    const res = await call('PUT', `/customers/${nr}/correspondence-address`, {
      postcode: '1234ab', houseNumber: 12, addition: 'A', street: 'Dorpsstraat', city: 'Utrecht', version: await version(),
    });
    expect(res.status).toBe(200);
    expect(res.body.correspondenceAddress).toEqual({ street: 'Dorpsstraat', houseNumber: 12, addition: 'A', postcode: '1234 AB', city: 'Utrecht' });
    const found = await s.api('GET', '/customers?q=Dorpsstraat%2012', { token });
    expect((found.body.items as unknown as { customerNumber: string }[]).map((r) => r.customerNumber)).toEqual([nr]);
  });

  it('household persons: only roles used in the portal; all fields but tussenvoegsels required', async () => {
    const base = { roleCode: 'KIND', gender: 'M', initials: 'T.', firstName: 'Tim', lastName: 'Cedee', birthDate: '2015-02-03' };
    const missing = await call('POST', `/customers/${nr}/persons`, { ...base, firstName: '' });
    expect(missing.status).toBe(400);
    const hidden = await call('POST', `/customers/${nr}/persons`, { ...base, roleCode: 'BEWINDVOERDER' });
    expect(hidden.status).toBe(403);
    expect(hidden.body.error?.details?.reason).toBe('role_not_editable');
    const created = await call('POST', `/customers/${nr}/persons`, base);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ firstName: 'Tim', middleName: '', editable: true, version: 1 });
    const id = created.body.id as unknown as number;
    const upd = await call('PUT', `/customers/${nr}/persons/${id}`, { ...base, middleName: 'van', version: 1 });
    expect(upd.status).toBe(200);
    expect((await call('PUT', `/customers/${nr}/persons/${id}`, { ...base, version: 1 })).status).toBe(409);
    const persons = ((await overview()).household as { persons: { id: number; role: { code: string } }[] }).persons;
    const inwonend = persons.find((p) => p.role.code === 'INWONEND');
    const refused = await call('PUT', `/customers/${nr}/persons/${inwonend?.id ?? 0}`, { ...base, roleCode: 'INWONEND', version: 1 });
    expect(refused.status).toBe(403);
    expect((await call('DELETE', `/customers/${nr}/persons/${inwonend?.id ?? 0}?version=1`)).status).toBe(403);
    expect((await call('DELETE', `/customers/${nr}/persons/${id}?version=2`)).status).toBe(204);
    const descriptions = ((await overview()).timeline as { description: string }[]).map((t) => t.description);
    expect(descriptions.slice(0, 3)).toEqual(['Persoon verwijderd: T. van Cedee (Kind)', 'Persoon gewijzigd: T. van Cedee (Kind)', 'Persoon toegevoegd: T. Cedee (Kind)']);
  });
});
