import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/client';
import { pdfPageTexts } from './support/pdfText';
import { failure, startTestServer, type TestServer } from './support/testServer';

// Gap of issues #14/#2.3: an account made by "Bulkacties → Accounts aanmaken" is claimed by the tenant's own
// registration with the code from the letter (no second account); every other existing account is still refused.

const tokenIn = (body: string) => decodeURIComponent(/token=([^\s]+)/.exec(body)?.[1] ?? '');
const PASSWORD = 'Sterk!2026x';

describe('registration claims an account made in bulk', () => {
  let s: TestServer;
  let staff: ApiClient;
  const codes = new Map<string, string>();
  const numbers = ['HM-720001', 'HM-720002'];

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('beheer1', 'Geheim!123', ['kcc-admin']);
    staff = s.client(await s.signIn('beheer1', 'Geheim!123'));
    await s.store.db
      .insertInto('households')
      .values(
        [...numbers, 'HM-720003', 'HM-720004'].map((n, i) => ({
          customer_number: n, name: `T. Huurder ${i}`, email: `huis${i}@example.nl`, corr_street: 'Laan', corr_house_number: i + 1,
          corr_postcode: '3704 XC', corr_city: 'Zeist', activation_code: i >= 2 ? 'ABCD2345' : null,
        })),
      )
      .execute();
    const { jobId } = await staff.call('bulk.accounts', { body: { customerNumbers: numbers } });
    let job = await staff.call('jobs.get', { params: { jobId } });
    for (let i = 0; i < 100 && job.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = await staff.call('jobs.get', { params: { jobId } });
    }
    expect(job).toMatchObject({ state: 'done', done: 2, failed: 0 });
    // The code as the tenant reads it: on the letter of mailing 2 (one page per household, in job order).
    const pages = pdfPageTexts(Buffer.from(await staff.call('letters.pdf', { params: { jobId, part: 2 } })));
    expect(pages).toHaveLength(2);
    pages.forEach((p, i) => codes.set(numbers[i] ?? '', /Uw activeercode: (\S+)/.exec(p)?.[1] ?? 'missing'));
  });
  afterAll(async () => s.close());

  const account = (cn: string) => s.store.db.selectFrom('accounts').selectAll().where('customer_number', '=', cn).execute();
  const lastConfirmation = async (cn: string) =>
    (await s.store.db.selectFrom('outbox_mail').selectAll().where('template', '=', 'account_confirmation').where('customer_number', '=', cn).orderBy('id', 'desc').executeTakeFirstOrThrow()).body;

  async function register(cn: string, code: string, username: string) {
    const tenant = s.client();
    const step1 = await tenant.call('portal.startAccountRequest', { body: { customerNumber: cn, activationCode: code } });
    expect(step1.identified).toBe(true);
    return tenant.call('portal.accountDetails', {
      params: { id: step1.requestId },
      body: { username, password: PASSWORD, email: `${username}@example.nl`, continuationToken: step1.continuationToken ?? '' },
    });
  }

  it('a wrong code changes nothing; the right one claims the bulk account, which the tenant then signs in with', async () => {
    const [cn1, cn2] = numbers as [string, string];
    const before = await account(cn1);
    expect(before).toMatchObject([{ username: 'hm-720001', awaiting_activation: 1, confirmed_at: null }]);
    const wrong = await s.client().call('portal.startAccountRequest', { body: { customerNumber: cn1, activationCode: 'FOUT2345' } });
    expect(wrong).toEqual({ requestId: wrong.requestId, identified: false });
    expect(await account(cn1)).toEqual(before);

    // Household 1 keeps the bulk username; household 2 chooses its own.
    await register(cn1, codes.get(cn1) ?? '', 'hm-720001');
    await register(cn2, codes.get(cn2) ?? '', 'huurder.twee');
    for (const [cn, username] of [[cn1, 'hm-720001'], [cn2, 'huurder.twee']] as const) {
      const rows = await account(cn);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ username, email: `${username}@example.nl`, awaiting_activation: 0, confirmed_at: null });
      const refused = await failure(s.client().call('portal.signIn', { body: { username, password: PASSWORD } }));
      expect(refused.info).toMatchObject({ details: { reason: 'unconfirmed' } });
      expect(await s.client().call('portal.confirmAccount', { body: { token: tokenIn(await lastConfirmation(cn)) } })).toEqual({ confirmed: true });
      const session = await s.client().call('portal.signIn', { body: { username, password: PASSWORD } });
      expect(await s.client(session.token).call('portal.session')).toMatchObject({ customerNumber: cn });
    }
    expect((await account(cn1))[0]?.id).toBe(before[0]?.id);
    const erp = await s.store.db.selectFrom('erp_outbox').selectAll().where('customer_number', '=', cn1).orderBy('id').execute();
    // The ERP hears "made" once (from the job; the claim adds nothing) and then "activated".
    expect(erp.map((e) => e.payload)).toEqual([expect.stringContaining('created_not_activated'), expect.stringContaining('"activated"')]);
  });

  it('a claimed account, an ordinary self-registered one and one made otherwise are refused as before', async () => {
    const [cn1] = numbers as [string, string];
    // Claimed (and confirmed) already: the same code again is refused, nothing changes.
    const claimed = await account(cn1);
    expect((await failure(register(cn1, codes.get(cn1) ?? '', 'iemand.anders'))).status).toBe(409);
    expect(await account(cn1)).toEqual(claimed);
    // An ordinary self-registration, not yet confirmed: a second registration is refused.
    await register('HM-720003', 'ABCD2345', 'gewoon.drie');
    const second = await failure(register('HM-720003', 'ABCD2345', 'gewoon.vier'));
    expect(second.status).toBe(409);
    expect(second.info.message).toContain('bestaat al een account');
    // An unconfirmed account without the bulk mark (e.g. from the ERP) is not claimable either.
    await s.store.db
      .insertInto('accounts')
      .values({ username: 'erp.vier', email: 'erp@example.nl', customer_number: 'HM-720004', password_hash: '!x', confirmed_at: null, created_at: '2026-01-01T00:00:00.000Z' })
      .execute();
    expect((await failure(register('HM-720004', 'ABCD2345', 'erp.vier'))).status).toBe(409);
    expect(await account('HM-720004')).toMatchObject([{ username: 'erp.vier', password_hash: '!x', email: 'erp@example.nl' }]);
  });
});
