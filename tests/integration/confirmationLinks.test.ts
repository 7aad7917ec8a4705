import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

const tokenIn = (body: string) => decodeURIComponent(/token=([^\s]+)/.exec(body)?.[1] ?? '');

// The links in confirmation mails (account registration, e-mail change) work once and for 24 hours, which the
// mail says; an expired link gets the same refusal as an unknown one; staff can send a fresh one.
describe('confirmation links expire after 24 hours and work once', () => {
  let s: TestServer;
  let seq = 0;

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kccbeheer', 'Geheim!123', ['kcc', 'kcc-admin']);
  });
  afterAll(async () => s.close());

  const lastMail = (template: string, customerNumber: string) =>
    s.store.db
      .selectFrom('outbox_mail')
      .selectAll()
      .where('template', '=', template)
      .where('customer_number', '=', customerNumber)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
  const confirm = (token: string) => s.client().call('portal.confirmAccount', { body: { token } });

  /** Registration steps 1 and 2: an unconfirmed account, its request and the token from its mail. */
  async function registered(): Promise<{ cn: string; requestId: number; token: string; body: string }> {
    seq++;
    const cn = `HM-${String(710000 + seq)}`;
    await s.store.db
      .insertInto('households')
      .values({ customer_number: cn, name: 'T. Huurder', corr_street: 'Kerkstraat', corr_house_number: seq, corr_postcode: '1234 AB', corr_city: 'Utrecht', activation_code: 'ABCD2345' })
      .execute();
    const step1 = await s.client().call('portal.startAccountRequest', { body: { customerNumber: cn, activationCode: 'ABCD2345' } });
    const username = `huurder${seq}`;
    await s.client().call('portal.accountDetails', {
      params: { id: step1.requestId },
      body: { username, password: 'Sterk!2026x', email: `${username}@example.nl`, continuationToken: step1.continuationToken ?? '' },
    });
    const mail = await lastMail('account_confirmation', cn);
    return { cn, requestId: step1.requestId, token: tokenIn(mail.body), body: mail.body };
  }
  const confirmedAt = async (cn: string) =>
    (await s.store.db.selectFrom('accounts').select('confirmed_at').where('customer_number', '=', cn).executeTakeFirstOrThrow()).confirmed_at;

  it('account confirmation: the mail says 24 hours; the link works once within them', async () => {
    const { cn, token, body } = await registered();
    expect(body).toContain('Deze link werkt 24 uur en één keer.');
    s.clock.advanceMinutes(23 * 60 + 59);
    expect(await confirm(token)).toEqual({ confirmed: true });
    expect(await confirmedAt(cn)).not.toBeNull();
    const again = await failure(confirm(token));
    expect(again.status).toBe(404);
  });

  it('account confirmation: after 24 hours refused exactly like an unknown link; staff resend gives a fresh 24 hours', async () => {
    const { cn, requestId, token } = await registered();
    s.clock.advanceMinutes(24 * 60);
    const expired = await failure(confirm(token));
    const unknown = await failure(confirm('onbekend-token-0123456789'));
    expect(expired.status).toBe(404);
    expect(expired.info).toEqual(unknown.info);
    expect(await confirmedAt(cn)).toBeNull();

    const staff = s.client(await s.signIn('kccbeheer', 'Geheim!123'));
    await staff.call('accountRequests.resendActivation', { params: { id: requestId }, body: {} });
    const resent = await lastMail('activation_resent', cn);
    expect(resent.body).toContain('24 uur');
    const fresh = tokenIn(resent.body);
    expect(fresh).not.toBe(token);
    // The old link stays dead; the new one works for the next 24 hours.
    expect((await failure(confirm(token))).status).toBe(404);
    s.clock.advanceMinutes(23 * 60);
    expect(await confirm(fresh)).toEqual({ confirmed: true });
    expect((await failure(confirm(fresh))).status).toBe(404);
  });

  describe('e-mail change', () => {
    const nr = 'HM-001021';
    beforeAll(async () => {
      await insertHousehold(s, nr);
    });

    /** Staff ask for a new address inside a look-along session: the token from the mail to the new address. */
    async function requestChange(email: string): Promise<{ token: string; body: string }> {
      const staff = s.client(await s.signIn('kccbeheer', 'Geheim!123'));
      const { sessionId } = await staff.call('lookAlong.start', { params: { customerNumber: nr } });
      await staff.call('onBehalf.email', { params: { customerNumber: nr }, body: { email }, lookAlong: sessionId });
      const mail = await lastMail('email_change_confirmation', nr);
      expect(mail.to_address).toBe(email);
      return { token: tokenIn(mail.body), body: mail.body };
    }
    const confirmEmail = (token: string) => s.client().call('portal.confirmEmail', { body: { token } });
    const email = async () => (await s.store.db.selectFrom('households').select(['email', 'pending_email']).where('customer_number', '=', nr).executeTakeFirstOrThrow());

    it('refused after 24 hours (no longer 7 days) like an unknown link; the address stays as it was', async () => {
      const { token, body } = await requestChange('later@example.nl');
      expect(body).toContain('Deze link werkt 24 uur en één keer.');
      s.clock.advanceMinutes(24 * 60);
      const expired = await failure(confirmEmail(token));
      const unknown = await failure(confirmEmail('onbekend-token-0123456789'));
      expect(expired.status).toBe(409);
      expect(expired.info).toEqual(unknown.info);
      expect(await email()).toEqual({ email: 'f.cedee@example.nl', pending_email: 'later@example.nl' });
    });

    it('works once within 24 hours', async () => {
      const { token } = await requestChange('op.tijd@example.nl');
      s.clock.advanceMinutes(23 * 60);
      expect(await confirmEmail(token)).toEqual({ confirmed: true, customerNumber: nr });
      expect(await email()).toEqual({ email: 'op.tijd@example.nl', pending_email: null });
      expect((await failure(confirmEmail(token))).status).toBe(409);
    });
  });
});
