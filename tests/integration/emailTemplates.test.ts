import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/client';
import { changePhone } from '../../server/customers/contactChanges';
import { insertHousehold } from './customersFixture';
import { failure, startTestServer, type TestServer } from './support/testServer';

const CN = 'HM-007001';

// E-mail templates: placeholders checked, versions, preview for a customer, test mail, and the portal's mails made from them.
describe('e-mail templates', () => {
  let s: TestServer;
  let anna: ApiClient;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    await s.addStaff('kees', 'Geheim!2026', ['kcc-admin']);
    anna = s.client(await s.signIn('anna', 'Geheim!2026'));
    await insertHousehold(s, CN);
  });
  afterAll(async () => s.close());

  it('lists every mail the portal sends, in Dutch; only admin', async () => {
    const list = await anna.call('emailTemplates.list');
    expect(list.items.map((t) => t.id).sort()).toEqual(
      ['account_confirmation', 'activation_resent', 'correspondence_address_changed', 'email_change_confirmation', 'password_changed', 'password_reset', 'phone_changed'],
    );
    const conf = list.items.find((t) => t.id === 'account_confirmation');
    expect(conf?.placeholders.find((p) => p.name === 'confirmationLink')?.required).toBe(true);
    const kees = s.client(await s.signIn('kees', 'Geheim!2026'));
    expect((await failure(kees.call('emailTemplates.list'))).status).toBe(403);
  });

  it('refuses unknown placeholders (subject or body) and a missing required one; 409 on a stale version', async () => {
    const t = await anna.call('emailTemplates.get', { params: { id: 'account_confirmation' } });
    const unknown = await failure(anna.call('emailTemplates.update', { params: { id: t.id }, body: { subject: 'Hoi {voornaam}', body: t.body, version: t.version } }));
    expect(unknown.status).toBe(400);
    expect(unknown.fieldErrors().subject).toBe('Onbekende plaatshouder: {voornaam}');
    const missing = await failure(anna.call('emailTemplates.update', { params: { id: t.id }, body: { subject: t.subject, body: 'Welkom {customerName}', version: t.version } }));
    expect(missing.fieldErrors().body).toBe('Plaatshouder ontbreekt: {confirmationLink}');
    const saved = await anna.call('emailTemplates.update', {
      params: { id: t.id },
      body: { subject: 'Welkom, {customerName}', body: 'Beste {customerName},\n\n**Bevestig** uw account:\n<{confirmationLink}>', version: t.version },
    });
    expect(saved).toMatchObject({ version: 1, customized: true, updatedBy: 'anna' });
    const stale = await failure(anna.call('emailTemplates.update', { params: { id: t.id }, body: { subject: 'x', body: '<{confirmationLink}>', version: t.version } }));
    expect(stale.status).toBe(409);
  });

  it('the account flow mails with the edited template, in the same transaction as the request', async () => {
    const tenant = s.client();
    const step1 = await tenant.call('portal.startAccountRequest', { body: { customerNumber: CN, activationCode: 'ABCD2345' } });
    await tenant.call('portal.accountDetails', {
      params: { id: step1.requestId },
      body: { username: 'femke.c', password: 'Sterk!2026x', email: 'femke@example.nl', continuationToken: step1.continuationToken ?? '' },
    });
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('to_address', '=', 'femke@example.nl').executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Welkom, F.M.H. Cedee');
    expect(mail.body).toMatch(/^Beste F\.M\.H\. Cedee,\n\nBevestig uw account:\nhttps:\/\/.+\/account\/bevestigen\?token=\S+$/);
    expect(mail.html).toContain('<strong>Bevestig</strong>');
    expect(mail.html).toMatch(/<a href="https:\/\/[^"]+token=[^"]+"/);
  });

  it('a change that fails leaves no mail; one that succeeds leaves exactly its mail', async () => {
    const mails = () => s.store.db.selectFrom('outbox_mail').select('subject').where('template', '=', 'phone_changed').execute();
    const before = (await mails()).length;
    const h = await s.store.db.selectFrom('households').select('version').where('customer_number', '=', CN).executeTakeFirstOrThrow();
    const actor = { staff: null, now: new Date(), portalUrl: 'https://p.example.nl' };
    await expect(s.store.db.transaction().execute((trx) => changePhone(trx, CN, '06 11112222', h.version + 7, actor))).rejects.toMatchObject({ code: 'conflict' });
    expect(await mails()).toHaveLength(before);
    await s.store.db.transaction().execute((trx) => changePhone(trx, CN, '06 11112222', h.version, actor));
    expect(await mails()).toHaveLength(before + 1);
  });

  it('previews for a chosen customer with safe HTML, and for unsaved text', async () => {
    const p = await anna.call('emailTemplates.preview', { params: { id: 'phone_changed' }, body: { customerNumber: CN } });
    expect(p.text).toContain('Beste F.M.H. Cedee,');
    expect(p.values.customerName).toBe('F.M.H. Cedee');
    const unsafe = await anna.call('emailTemplates.preview', {
      params: { id: 'phone_changed' },
      body: { body: '<script>alert(1)</script> {phone} [x](javascript:alert(1))', subject: 'Test {phone}' },
    });
    expect(unsafe.html).not.toContain('<script');
    expect(unsafe.html).not.toContain('href="javascript');
    expect(unsafe.subject).toBe('Test 06 12345678');
    expect((await failure(anna.call('emailTemplates.preview', { params: { id: 'phone_changed' }, body: { customerNumber: 'HM-999999' } }))).status).toBe(404);
  });

  it('a test mail lands in the outbox (GET /outbox) with its HTML', async () => {
    const { outboxId } = await anna.call('emailTemplates.test', { params: { id: 'password_reset' }, body: { to: 'proef@example.nl' } });
    const list = await anna.call('outbox.list', { query: { to: 'proef', template: 'password_reset' } });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ id: outboxId, to: 'proef@example.nl', sentAt: null, attempts: 0 });
    expect(list.items[0]?.html).toContain('>Account resetten</a>');
    expect(list.items[0]?.text).toContain('Account resetten (https://');
    expect((await failure(anna.call('emailTemplates.test', { params: { id: 'password_reset' }, body: { to: 'geen-adres' } }))).status).toBe(400);
  });
});
