import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/audit/auditLog';
import { clientWithStatus } from './clientWithStatus';
import { failure, startTestServer, type TestServer } from './support/testServer';

// POST /accounts/{id}/resend-activation: a new confirmation mail for an unconfirmed account, from the staff side.
describe('accounts.resendActivation', () => {
  let s: TestServer;
  let admin: string;
  let kccAdmin: string;
  let kcc: string;

  const tokenIn = (mailBody: string) => decodeURIComponent(/token=([^\s]+)/.exec(mailBody)?.[1] ?? '');
  const confirm = (token: string) => s.client().call('portal.confirmAccount', { body: { token } });
  const mailsOf = (customerNumber: string) =>
    s.store.db.selectFrom('outbox_mail').selectAll().where('customer_number', '=', customerNumber).orderBy('id').execute();

  /** A tenant who registered through the portal's own steps: an unconfirmed account and its request. */
  async function registered(customerNumber: string, username: string): Promise<{ accountId: number; requestId: number }> {
    await s.store.db
      .insertInto('households')
      .values({ customer_number: customerNumber, name: 'X', corr_street: 'Straat', corr_house_number: 1, corr_postcode: '1234 AB', corr_city: 'Delft', activation_code: 'CODE2345' })
      .execute();
    const tenant = s.client();
    const step1 = await tenant.call('portal.startAccountRequest', { body: { customerNumber, activationCode: 'CODE2345' } });
    if (!step1.continuationToken) throw new Error('household not identified');
    await tenant.call('portal.accountDetails', {
      params: { id: step1.requestId },
      body: { username, password: 'Sterk!2026x', email: `${username}@voorbeeld.nl`, continuationToken: step1.continuationToken },
    });
    const account = await s.store.db.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    return { accountId: account.id, requestId: step1.requestId };
  }

  /** Staff sessions end when the clock jumps a day, so the tests sign in again after moving it. */
  async function signInAll(): Promise<void> {
    admin = await s.signIn('beheer', 'Geheim!2026');
    kccAdmin = await s.signIn('kccbeheer', 'Geheim!2026');
    kcc = await s.signIn('kcc', 'Geheim!2026');
  }

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('beheer', 'Geheim!2026', ['admin']);
    await s.addStaff('kccbeheer', 'Geheim!2026', ['kcc-admin']);
    await s.addStaff('kcc', 'Geheim!2026', ['kcc']);
    await signInAll();
  });
  afterAll(async () => s.close());

  it('answers 202 with sentAt, puts a fresh link in the outbox, kills the old one, and audits without the token', async () => {
    const { accountId, requestId } = await registered('HM-020001', 'nog.niet.bevestigd');
    const before = await s.client(admin).call('accounts.get', { params: { id: accountId } });
    // Past the lifetime of the first link: the resent one must work on its own clock.
    s.clock.advanceMinutes(25 * 60);
    await signInAll();
    const { client, lastStatus } = clientWithStatus(s.url, kccAdmin);
    const answer = await client.call('accounts.resendActivation', { params: { id: accountId } });
    expect(lastStatus()).toBe(202);
    expect(answer).toEqual({ sentAt: s.clock.now().toISOString() });

    const mails = await mailsOf('HM-020001');
    expect(mails).toHaveLength(2);
    const resent = mails[1];
    expect(resent).toMatchObject({ to_address: 'nog.niet.bevestigd@voorbeeld.nl', template: 'activation_resent', created_at: answer.sentAt });
    const oldToken = tokenIn(mails[0]?.body ?? '');
    const newToken = tokenIn(resent?.body ?? '');
    expect(newToken).not.toBe(oldToken);

    // The request shows the new mail; the account's version is untouched (nothing a staff member edits changed).
    expect((await s.client(admin).call('accountRequests.get', { params: { id: requestId } })).emailSentAt).toBe(answer.sentAt);
    expect((await s.client(admin).call('accounts.get', { params: { id: accountId } })).version).toBe(before.version);

    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'account.resend_activation').execute();
    expect(audit.map((a) => [a.target, a.customer_number, a.actor])).toEqual([[`account:${accountId}`, 'HM-020001', 'kccbeheer']]);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({ to: 'nog.niet.bevestigd@voorbeeld.nl' });
    expect(JSON.stringify(audit)).not.toContain(newToken);

    expect((await failure(confirm(oldToken))).status).toBe(404);
    expect(await confirm(newToken)).toEqual({ confirmed: true });
    expect((await s.client(admin).call('accounts.get', { params: { id: accountId } })).confirmedAt).not.toBeNull();
  });

  it('refuses a confirmed account with 409 and writes no mail and no audit entry', async () => {
    const created = await s.client(admin).call('accounts.create', {
      body: { username: 'al.bevestigd', email: 'al@voorbeeld.nl', password: 'Sterk!2026x', role: 'user' },
    });
    const auditBefore = await s.store.db.selectFrom('audit_log').select('id').where('action', '=', 'account.resend_activation').execute();
    const refused = await failure(s.client(admin).call('accounts.resendActivation', { params: { id: created.id } }));
    expect(refused.status).toBe(409);
    expect(await s.store.db.selectFrom('outbox_mail').selectAll().where('to_address', '=', 'al@voorbeeld.nl').execute()).toEqual([]);
    expect(await s.store.db.selectFrom('audit_log').select('id').where('action', '=', 'account.resend_activation').execute()).toHaveLength(auditBefore.length);
  });

  it('works for an unconfirmed account without a request (made by staff, e-mail reset)', async () => {
    const created = await s.client(admin).call('accounts.create', {
      body: { username: 'zonder.aanvraag', email: 'zonder@voorbeeld.nl', password: 'Sterk!2026x', role: 'user' },
    });
    await s.store.db.updateTable('accounts').set({ confirmed_at: null }).where('id', '=', created.id).execute();
    await s.client(admin).call('accounts.resendActivation', { params: { id: created.id } });
    const mails = await s.store.db.selectFrom('outbox_mail').selectAll().where('to_address', '=', 'zonder@voorbeeld.nl').execute();
    expect(mails).toHaveLength(1);
    expect(await confirm(tokenIn(mails[0]?.body ?? ''))).toEqual({ confirmed: true });
  });

  it('roles and ids: kcc gets 403, an unknown id 404; the chain verifies', async () => {
    const { accountId } = await registered('HM-020002', 'kcc.mag.niet');
    expect((await failure(s.client(kcc).call('accounts.resendActivation', { params: { id: accountId } }))).status).toBe(403);
    expect((await failure(s.client(admin).call('accounts.resendActivation', { params: { id: 999_999 } }))).status).toBe(404);
    expect(await mailsOf('HM-020002')).toHaveLength(1);
    expect((await verifyAuditChain(s.store)).ok).toBe(true);
  });
});
