import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/audit/auditLog';
import type { AccountRequestListQuery } from '../../shared/api/accounts';
import { clientWithStatus } from './clientWithStatus';
import { failure, startTestServer, type TestServer } from './support/testServer';

// Account requests at every step (made through the tenant endpoints), search, filters, resend, delete.
describe('account requests API', () => {
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
  const start = async (customerNumber: string, activationCode: string) => {
    const r = await s.client().call('portal.startAccountRequest', { body: { customerNumber, activationCode } });
    if (r.continuationToken !== undefined) continuation[r.requestId] = r.continuationToken;
    return r.requestId;
  };
  const tokenIn = (mailBody: string) => decodeURIComponent(/token=([^\s]+)/.exec(mailBody)?.[1] ?? '');
  const confirm = (token: string) => s.client().call('portal.confirmAccount', { body: { token } });

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
    await s.client().call('portal.accountDetails', {
      params: { id: req.sent },
      body: { username: 'klaas.verzonden', password: 'Sterk!2026x', email: 'klaas@verzonden.nl', continuationToken: continuation[req.sent] ?? '' },
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
      .returning('id')
      .executeTakeFirstOrThrow();
    req.noEmail = r.id;
  });
  afterAll(async () => s.close());

  const list = (query: Partial<AccountRequestListQuery> = {}) => s.client(kcc).call('accountRequests.list', { query });
  const ids = async (query: Partial<AccountRequestListQuery>) => (await list(query)).items.map((x) => x.id).sort((a, b) => a - b);
  const resend = (token: string, id: number | undefined, body: { email?: string }) =>
    s.client(token).call('accountRequests.resendActivation', { params: { id: id ?? 0 }, body });

  it('filters by the step a request is stuck at', async () => {
    expect(await ids({ status: 'not_identified' })).toEqual([req.notIdentified]);
    expect(await ids({ status: 'details_missing' })).toEqual([req.detailsMissing]);
    expect(await ids({ status: 'email_not_sent' })).toEqual([req.noEmail]);
    expect((await list()).total).toBe(4);
  });

  it('searches by customer number, e-mail and username', async () => {
    expect(await ids({ q: 'HM-010003' })).toEqual([req.sent]);
    expect(await ids({ q: 'hm-01000' })).toHaveLength(4);
    expect(await ids({ q: 'verzonden.nl' })).toEqual([req.sent]);
    expect(await ids({ q: 'ZONDER' })).toEqual([req.noEmail]);
  });

  it('shows each step with its time', async () => {
    const r = await s.client(kcc).call('accountRequests.get', { params: { id: req.sent ?? 0 } });
    const now = s.clock.now().toISOString();
    expect(r).toEqual({
      id: req.sent,
      customerNumber: 'HM-010003',
      username: 'klaas.verzonden',
      email: 'klaas@verzonden.nl',
      customerNumberEnteredAt: now,
      identifiedAt: now,
      detailsFilledAt: now,
      emailSentAt: now,
    });
    expect((await failure(s.client(kcc).call('accountRequests.get', { params: { id: 9999 } }))).status).toBe(404);
  });

  it('resend: kcc 403; no e-mail known and none given → 400 naming email; with an e-mail → mail, email_sent_at, audit', async () => {
    expect((await failure(resend(kcc, req.noEmail, {}))).status).toBe(403);
    const none = await failure(resend(admin, req.noEmail, {}));
    expect(none.status).toBe(400);
    expect(none.fieldErrors()).toHaveProperty('email');
    s.clock.advanceMinutes(5);
    const ok = await resend(admin, req.noEmail, { email: 'Alsnog@Mail.nl' });
    expect(ok).toMatchObject({ email: 'alsnog@mail.nl', emailSentAt: s.clock.now().toISOString() });
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('to_address', '=', 'alsnog@mail.nl').executeTakeFirstOrThrow();
    expect(mail.customer_number).toBe('HM-010004');
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'account_request.resend_activation').executeTakeFirstOrThrow();
    expect(audit.customer_number).toBe('HM-010004');
    expect(audit.details ?? '').not.toContain('token');
    // The link in that mail creates the confirmed account from the request.
    expect(await confirm(tokenIn(mail.body))).toEqual({ confirmed: true });
    const acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'zonder.mail').executeTakeFirstOrThrow();
    expect(acc.confirmed_at).not.toBeNull();
    expect(acc.email).toBe('alsnog@mail.nl');
  });

  it('resend for a request with an unconfirmed account replaces the link; before details it is refused', async () => {
    await resend(admin, req.sent, {});
    const mails = await s.store.db.selectFrom('outbox_mail').selectAll().where('customer_number', '=', 'HM-010003').orderBy('id').execute();
    expect(mails).toHaveLength(2);
    const oldToken = tokenIn(mails[0]?.body ?? '');
    const newToken = tokenIn(mails[1]?.body ?? '');
    expect((await failure(confirm(oldToken))).status).toBe(404);
    expect(await confirm(newToken)).toEqual({ confirmed: true });
    const early = await failure(resend(admin, req.detailsMissing, { email: 'a@b.nl' }));
    expect(early.status).toBe(409);
  });

  it('delete → 204, audited; the chain verifies', async () => {
    const id = req.notIdentified ?? 0;
    expect((await failure(s.client(kcc).call('accountRequests.remove', { params: { id } }))).status).toBe(403);
    const remover = clientWithStatus(s.url, admin);
    await remover.client.call('accountRequests.remove', { params: { id } });
    expect(remover.lastStatus()).toBe(204);
    expect((await failure(s.client(admin).call('accountRequests.get', { params: { id } }))).status).toBe(404);
    expect((await failure(s.client(admin).call('accountRequests.remove', { params: { id } }))).status).toBe(404);
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'account_request.delete').executeTakeFirstOrThrow();
    expect(audit.customer_number).toBe('HM-010001');
    expect((await verifyAuditChain(s.store)).ok).toBe(true);
  });
});
