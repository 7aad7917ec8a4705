import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/audit/auditLog';
import { startTestServer, type TestServer } from './support/testServer';

// B5: account requests at every step (made through the tenant endpoints), search, filters, resend, delete.
describe('account requests API (B5)', () => {
  let s: TestServer;
  let admin: string;
  let kcc: string;
  const req: Record<string, number> = {};

  async function household(cn: string) {
    await s.store.db
      .insertInto('households')
      .values({ customer_number: cn, name: 'X', corr_street: 'Straat', corr_house_number: 1, corr_postcode: '1234 AB', corr_city: 'Delft', activation_code: 'CODE2345' })
      .execute();
  }
  const continuation: Record<number, string> = {};
  const start = async (cn: string, code: string) => {
    const body = (await s.api('POST', '/portal/account-requests', { body: { customerNumber: cn, activationCode: code } })).body;
    const id = body.requestId as unknown as number;
    if (typeof body.continuationToken === 'string') continuation[id] = body.continuationToken;
    return id;
  };

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('beheer', 'Geheim!2026', ['admin']);
    await s.addStaff('kcc', 'Geheim!2026', ['kcc']);
    admin = await s.signIn('beheer', 'Geheim!2026');
    kcc = await s.signIn('kcc', 'Geheim!2026');
    for (const cn of ['HM-010001', 'HM-010002', 'HM-010003', 'HM-010004']) await household(cn);
    req.notIdentified = await start('HM-010001', 'FOUT');
    req.detailsMissing = await start('HM-010002', 'CODE2345');
    req.sent = await start('HM-010003', 'CODE2345');
    await s.api('POST', `/portal/account-requests/${req.sent}/details`, {
      body: { username: 'klaas.verzonden', password: 'Sterk!2026x', email: 'klaas@verzonden.nl', continuationToken: continuation[req.sent] },
    });
    // Older data: details filled in without an e-mail (and without an account yet), as the seed has them.
    const r = await s.store.db
      .insertInto('account_requests')
      .values({
        customer_number: 'HM-010004',
        username: 'zonder.mail',
        password_hash: 'scrypt$16384$8$1$AAAA$BBBB',
        customer_number_entered_at: '2026-10-01T09:00:00.000Z',
        identified_at: '2026-10-01T09:01:00.000Z',
        details_filled_at: '2026-10-01T09:02:00.000Z',
        created_at: '2026-10-01T09:00:00.000Z',
      })
      .executeTakeFirstOrThrow();
    req.noEmail = Number(r.insertId);
  });
  afterAll(async () => s.close());

  const ids = async (query: string) =>
    ((await s.api('GET', `/account-requests?${query}`, { token: kcc })).body.items as unknown as { id: number }[]).map((x) => x.id).sort((a, b) => a - b);

  it('filters by the step a request is stuck at', async () => {
    expect(await ids('status=not_identified')).toEqual([req.notIdentified]);
    expect(await ids('status=details_missing')).toEqual([req.detailsMissing]);
    expect(await ids('status=email_not_sent')).toEqual([req.noEmail]);
    const all = await s.api('GET', '/account-requests', { token: kcc });
    expect(all.body.total).toBe(4);
  });

  it('searches by customer number, e-mail and username', async () => {
    expect(await ids('q=HM-010003')).toEqual([req.sent]);
    expect(await ids('q=hm-01000')).toHaveLength(4);
    expect(await ids('q=verzonden.nl')).toEqual([req.sent]);
    expect(await ids('q=ZONDER')).toEqual([req.noEmail]);
  });

  it('shows each step with its time', async () => {
    const r = await s.api('GET', `/account-requests/${req.sent}`, { token: kcc });
    const now = s.clock.now().toISOString();
    expect(r.body).toEqual({
      id: req.sent,
      customerNumber: 'HM-010003',
      username: 'klaas.verzonden',
      email: 'klaas@verzonden.nl',
      customerNumberEnteredAt: now,
      identifiedAt: now,
      detailsFilledAt: now,
      emailSentAt: now,
    });
    expect((await s.api('GET', '/account-requests/9999', { token: kcc })).status).toBe(404);
  });

  it('resend: kcc 403; no e-mail known and none given → 400 naming email; with an e-mail → mail, email_sent_at, audit', async () => {
    expect((await s.api('POST', `/account-requests/${req.noEmail}/resend-activation`, { token: kcc, body: {} })).status).toBe(403);
    const none = await s.api('POST', `/account-requests/${req.noEmail}/resend-activation`, { token: admin, body: {} });
    expect(none.status).toBe(400);
    expect(none.body.error?.details?.fields).toHaveProperty('email');
    s.clock.advanceMinutes(5);
    const ok = await s.api('POST', `/account-requests/${req.noEmail}/resend-activation`, { token: admin, body: { email: 'Alsnog@Mail.nl' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ email: 'alsnog@mail.nl', emailSentAt: s.clock.now().toISOString() });
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('to_address', '=', 'alsnog@mail.nl').executeTakeFirstOrThrow();
    expect(mail.customer_number).toBe('HM-010004');
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'account_request.resend_activation').executeTakeFirstOrThrow();
    expect(audit.customer_number).toBe('HM-010004');
    expect(audit.details ?? '').not.toContain('token');
    // The link in that mail creates the confirmed account from the request.
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.body)?.[1] ?? '');
    expect((await s.api('POST', '/portal/account-confirmations', { body: { token } })).status).toBe(200);
    const acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'zonder.mail').executeTakeFirstOrThrow();
    expect(acc.confirmed_at).not.toBeNull();
    expect(acc.email).toBe('alsnog@mail.nl');
  });

  it('resend for a request with an unconfirmed account replaces the link; before details it is refused', async () => {
    const ok = await s.api('POST', `/account-requests/${req.sent}/resend-activation`, { token: admin, body: {} });
    expect(ok.status).toBe(200);
    const mails = await s.store.db.selectFrom('outbox_mail').selectAll().where('customer_number', '=', 'HM-010003').orderBy('id').execute();
    expect(mails).toHaveLength(2);
    const oldToken = decodeURIComponent(/token=([^\s]+)/.exec(mails[0]!.body)?.[1] ?? '');
    const newToken = decodeURIComponent(/token=([^\s]+)/.exec(mails[1]!.body)?.[1] ?? '');
    expect((await s.api('POST', '/portal/account-confirmations', { body: { token: oldToken } })).status).toBe(404);
    expect((await s.api('POST', '/portal/account-confirmations', { body: { token: newToken } })).status).toBe(200);
    const early = await s.api('POST', `/account-requests/${req.detailsMissing}/resend-activation`, { token: admin, body: { email: 'a@b.nl' } });
    expect(early.status).toBe(409);
  });

  it('delete → 204, audited; the chain verifies', async () => {
    expect((await s.api('DELETE', `/account-requests/${req.notIdentified}`, { token: kcc })).status).toBe(403);
    expect((await s.api('DELETE', `/account-requests/${req.notIdentified}`, { token: admin })).status).toBe(204);
    expect((await s.api('GET', `/account-requests/${req.notIdentified}`, { token: admin })).status).toBe(404);
    expect((await s.api('DELETE', `/account-requests/${req.notIdentified}`, { token: admin })).status).toBe(404);
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'account_request.delete').executeTakeFirstOrThrow();
    expect(audit.customer_number).toBe('HM-010001');
    expect((await verifyAuditChain(s.store.db)).ok).toBe(true);
  });
});
