import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { AccountRequestDetails } from '../../shared/api/portal';
import type { ApiError } from '../../shared/client';
import { clientWithStatus } from './clientWithStatus';
import { failure, startTestServer, type TestServer } from './support/testServer';

/** Why an `account_blocked` refusal happened, and until when (undefined for any other error). */
const blocked = (err: ApiError) => (err.info.code === 'account_blocked' ? err.info.details : undefined);

// The tenant side of accounts and account requests: self-registration in steps, confirmation link, sign-in with the lockout.
describe('tenant portal: account request, confirmation, sign-in and lockout', () => {
  let s: TestServer;
  let seq = 0;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => s.close());

  async function household(code: string | null = 'ABCD2345'): Promise<string> {
    seq++;
    const cn = `HM-${String(700000 + seq).padStart(6, '0')}`;
    await s.store.db
      .insertInto('households')
      .values({
        customer_number: cn,
        name: `T. Huurder${seq}`,
        corr_street: 'Kerkstraat',
        corr_house_number: seq,
        corr_postcode: '1234 AB',
        corr_city: 'Utrecht',
        activation_code: code,
      })
      .execute();
    return cn;
  }

  const start = (customerNumber: string, activationCode: string, from?: string) =>
    s.client(null, from).call('portal.startAccountRequest', { body: { customerNumber, activationCode } });
  const details = (id: number, body: z.input<typeof AccountRequestDetails>, from?: string) =>
    s.client(null, from).call('portal.accountDetails', { params: { id }, body });

  /** Step 1 with the right code: the request and the secret step 2 needs. */
  async function identify(customerNumber: string): Promise<{ requestId: number; continuationToken: string }> {
    const { requestId, continuationToken } = await start(customerNumber, 'ABCD2345');
    if (!continuationToken) throw new Error(`${customerNumber} was not identified`);
    return { requestId, continuationToken };
  }

  /** A tenant sign-in; resolves to the HTTP status when it succeeds. */
  async function signInStatus(username: string, password: string): Promise<number> {
    const portal = clientWithStatus(s.url, null);
    await portal.client.call('portal.signIn', { body: { username, password } });
    return portal.lastStatus();
  }
  const confirm = (token: string) => s.client().call('portal.confirmAccount', { body: { token } });

  async function registered(username: string, password = 'Sterk!2026x'): Promise<{ cn: string; token: string }> {
    const cn = await household();
    const r1 = await identify(cn);
    const r2 = await details(r1.requestId, { username, password, email: `${username}@example.nl`, continuationToken: r1.continuationToken });
    expect(r2.requestId).toBe(r1.requestId);
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('customer_number', '=', cn).executeTakeFirstOrThrow();
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.body)?.[1] ?? '');
    return { cn, token };
  }

  it('identifies only with the right code; unknown numbers look the same; an open request is reused', async () => {
    const cn = await household();
    const portal = clientWithStatus(s.url, null);
    const startHere = (customerNumber: string, activationCode: string) =>
      portal.client.call('portal.startAccountRequest', { body: { customerNumber, activationCode } });
    const wrong = await startHere(cn, 'WRONG999');
    expect(portal.lastStatus()).toBe(201);
    expect(wrong).toEqual({ requestId: wrong.requestId, identified: false });
    const unknown = await startHere('HM-799999', 'ABCD2345');
    expect(portal.lastStatus()).toBe(201);
    expect(unknown).toEqual({ requestId: unknown.requestId, identified: false });
    const right = await startHere(cn, ' abcd2345 ');
    expect(right).toMatchObject({ requestId: wrong.requestId, identified: true });
    expect(String(right.continuationToken)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await s.store.db.selectFrom('account_requests').selectAll().where('customer_number', '=', cn).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.customer_number_entered_at).not.toBeNull();
    expect(rows[0]?.identified_at).not.toBeNull();
    // Only the hash of the secret is stored.
    expect(rows[0]?.continuation_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.continuation_hash).not.toBe(right.continuationToken);
  });

  it('takeover: without the secret of step 1 nobody fills in another household\'s identified request', async () => {
    const victim = await household();
    const mine = await household();
    const v1 = await identify(victim);
    const m1 = await identify(mine);
    const body = { username: 'over.genomen', password: 'Sterk!2026x', email: 'aanvaller@example.nl' };
    // The attack as it was: the victim's sequential id, no secret (raw: the typed client cannot leave it out).
    const noSecret = await s.api('POST', `/portal/account-requests/${v1.requestId}/details`, { body, from: '198.51.100.7' });
    expect(noSecret.status).toBe(400);
    const noSecretError = noSecret.body.error;
    expect(noSecretError?.code === 'validation' ? noSecretError.details?.fields : undefined).toHaveProperty('continuationToken');
    // A guessed secret, and the attacker's own valid secret on the victim's id: the same 404, telling nothing.
    const guessed = await failure(details(v1.requestId, { ...body, continuationToken: 'A'.repeat(43) }, '198.51.100.7'));
    expect(guessed.status).toBe(404);
    const foreign = await failure(details(v1.requestId, { ...body, continuationToken: m1.continuationToken }, '198.51.100.7'));
    expect(foreign.status).toBe(404);
    const unknownId = await failure(details(999_999, { ...body, continuationToken: m1.continuationToken }, '198.51.100.7'));
    expect(unknownId.status).toBe(404);
    expect(unknownId.message).toBe(foreign.message);
    const req = await s.store.db.selectFrom('account_requests').selectAll().where('customer_number', '=', victim).executeTakeFirstOrThrow();
    expect(req.details_filled_at).toBeNull();
    expect(await s.store.db.selectFrom('accounts').select('id').where('customer_number', '=', victim).executeTakeFirst()).toBeUndefined();
    expect(await s.store.db.selectFrom('outbox_mail').select('id').where('to_address', '=', 'aanvaller@example.nl').executeTakeFirst()).toBeUndefined();
    // The victim finishes with its own secret.
    const own = await details(v1.requestId, { ...body, username: 'echte.huurder', email: 'huurder@example.nl', continuationToken: v1.continuationToken });
    expect(own).toEqual({ requestId: v1.requestId, emailSent: true });
  });

  it('sabotage: a wrong code never undoes an identification; the secret is single-use and expires', async () => {
    const cn = await household();
    const ok = await identify(cn);
    const before = await s.store.db.selectFrom('account_requests').selectAll().where('id', '=', ok.requestId).executeTakeFirstOrThrow();
    s.clock.advanceMinutes(1);
    // Sabotage path 1: a wrong code on the open request.
    const wrong = await start(cn, 'NOPE7777', '198.51.100.8');
    expect(wrong).toEqual({ requestId: ok.requestId, identified: false });
    const after = await s.store.db.selectFrom('account_requests').selectAll().where('id', '=', ok.requestId).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    // Sabotage path 2: filling in step 2 first with a made-up secret leaves the request open for its tenant.
    const madeUp = { username: 'sabo.teur', password: 'Sterk!2026x', email: 's@example.nl', continuationToken: 'B'.repeat(43) };
    expect((await failure(details(ok.requestId, madeUp))).status).toBe(404);
    const body = { username: 'een.keer', password: 'Sterk!2026x', email: 'een@example.nl', continuationToken: ok.continuationToken };
    expect(await details(ok.requestId, body)).toEqual({ requestId: ok.requestId, emailSent: true });
    // Used up: the same secret again is refused like any unknown one.
    expect((await failure(details(ok.requestId, { ...body, username: 'twee.keer' }))).status).toBe(404);

    const late = await household();
    const l1 = await identify(late);
    s.clock.advanceMinutes(31);
    const expired = await failure(details(l1.requestId, { ...body, username: 'te.laat', continuationToken: l1.continuationToken }));
    expect(expired.status).toBe(404);
    // Identifying again gives a fresh secret; the old one stays dead.
    const l2 = await identify(late);
    expect(l2.continuationToken).not.toBe(l1.continuationToken);
    const fresh = await details(l1.requestId, { ...body, username: 'te.laat', continuationToken: l2.continuationToken });
    expect(fresh).toEqual({ requestId: l1.requestId, emailSent: true });
  });

  it('details: 400 naming password, 409 naming username; then account, mail and ERP message', async () => {
    const cn = await household();
    const { requestId: id, continuationToken } = await identify(cn);
    const body = { username: 'kees.tenant', password: 'Sterk!2026x', email: 'Kees@Example.nl', continuationToken };
    const weak = await failure(details(id, { ...body, password: 'zwak' }));
    expect(weak.status).toBe(400);
    expect(weak.fieldErrors()).toHaveProperty('password');
    const sameAsUser = await failure(details(id, { ...body, username: 'Sterk!2026x'.replace('!', '.'), password: 'Sterk.2026x' }));
    expect(sameAsUser.status).toBe(400);
    expect(sameAsUser.fieldErrors()).toHaveProperty('password');

    await registered('bezet.naam');
    const taken = await failure(details(id, { ...body, username: 'BEZET.naam' }));
    expect(taken.status).toBe(409);
    expect(taken.fieldErrors()).toHaveProperty('username');

    const ok = await details(id, body);
    expect(ok).toEqual({ requestId: id, emailSent: true });
    const acc = await s.store.db.selectFrom('accounts').selectAll().where('customer_number', '=', cn).executeTakeFirstOrThrow();
    expect(acc.confirmed_at).toBeNull();
    expect(acc.email).toBe('kees@example.nl');
    expect(acc.password_hash.startsWith('scrypt$')).toBe(true);
    expect(acc.confirm_token_hash).toMatch(/^[0-9a-f]{64}$/);
    const req = await s.store.db.selectFrom('account_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(req.details_filled_at).not.toBeNull();
    expect(req.email_sent_at).not.toBeNull();
    expect(req.continuation_hash).toBeNull();
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('customer_number', '=', cn).executeTakeFirstOrThrow();
    expect(mail.to_address).toBe('kees@example.nl');
    expect(mail.body).toContain('token=');
    const erp = await s.store.db.selectFrom('erp_outbox').selectAll().where('customer_number', '=', cn).execute();
    expect(erp.map((m) => JSON.parse(m.payload) as { status: string })).toEqual([{ customerNumber: cn, status: 'created_not_activated' }]);
    const hh = await s.store.db.selectFrom('households').select('erp_account_status').where('customer_number', '=', cn).executeTakeFirstOrThrow();
    expect(hh.erp_account_status).toBe('created_not_activated');
  });

  it('confirmation link confirms once and tells the ERP "activated"; unconfirmed accounts cannot sign in', async () => {
    const { cn, token } = await registered('nog.niet');
    const early = await failure(signInStatus('nog.niet', 'Sterk!2026x'));
    expect(early.status).toBe(423);
    expect(blocked(early)?.reason).toBe('unconfirmed');
    expect(await confirm(token)).toEqual({ confirmed: true });
    expect((await failure(confirm(token))).status).toBe(404);
    const acc = await s.store.db.selectFrom('accounts').selectAll().where('customer_number', '=', cn).executeTakeFirstOrThrow();
    expect(acc.confirmed_at).toBe(s.clock.now().toISOString());
    const hh = await s.store.db.selectFrom('households').select('erp_account_status').where('customer_number', '=', cn).executeTakeFirstOrThrow();
    expect(hh.erp_account_status).toBe('activated');
    const portal = clientWithStatus(s.url, null);
    const ok = await portal.client.call('portal.signIn', { body: { username: 'nog.niet', password: 'Sterk!2026x' } });
    expect(portal.lastStatus()).toBe(201);
    expect(typeof ok.token).toBe('string');
  });

  it('5 wrong passwords → 423 (even with the right one) → usable again by itself after 15 minutes', async () => {
    const { token } = await registered('slot.test');
    await confirm(token);
    const signIn = (password: string) => signInStatus('slot.test', password);
    for (let i = 1; i <= 4; i++) {
      const r = await failure(signIn('Fout!2026x'));
      expect(r.status).toBe(401);
      expect(r.code).toBe('invalid_credentials');
    }
    const fifth = await failure(signIn('Fout!2026x'));
    expect(fifth.status).toBe(423);
    expect(fifth.code).toBe('account_blocked');
    expect(fifth.message).toContain('5 keer');
    const right = await failure(signIn('Sterk!2026x'));
    expect(right.status).toBe(423);
    expect(blocked(right)?.until).toBe(new Date(s.clock.now().getTime() + 15 * 60_000).toISOString());
    let acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'slot.test').executeTakeFirstOrThrow();
    expect(acc.failed_login_attempts).toBe(5);
    s.clock.advanceMinutes(14);
    expect((await failure(signIn('Sterk!2026x'))).status).toBe(423);
    s.clock.advanceMinutes(1);
    expect(await signIn('Sterk!2026x')).toBe(201);
    acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'slot.test').executeTakeFirstOrThrow();
    expect(acc.failed_login_attempts).toBe(0);
    expect(acc.auto_blocked_until).toBeNull();
    expect(acc.last_login_at).toBe(s.clock.now().toISOString());
  });

  it('a wrong password after an expired block starts a new series; a success resets the counter', async () => {
    const { token } = await registered('reeks.test');
    await confirm(token);
    const signIn = (password: string) => signInStatus('reeks.test', password);
    for (let i = 0; i < 5; i++) await failure(signIn('Fout!2026x'));
    s.clock.advanceMinutes(16);
    expect((await failure(signIn('Fout!2026x'))).status).toBe(401);
    let acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'reeks.test').executeTakeFirstOrThrow();
    expect(acc.failed_login_attempts).toBe(1);
    expect((await failure(signIn('Fout!2026x'))).status).toBe(401);
    expect(await signIn('Sterk!2026x')).toBe(201);
    acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'reeks.test').executeTakeFirstOrThrow();
    expect(acc.failed_login_attempts).toBe(0);
  });

  it('a manual block wins: 423 with the right password, at any time', async () => {
    const { token } = await registered('hand.blok');
    await confirm(token);
    await s.store.db.updateTable('accounts').set({ manually_blocked: 1, block_reason: 'Misbruik' }).where('username', '=', 'hand.blok').execute();
    const r = await failure(signInStatus('hand.blok', 'Sterk!2026x'));
    expect(r.status).toBe(423);
    expect(blocked(r)?.reason).toBe('manually_blocked');
    s.clock.advanceMinutes(60 * 24);
    expect((await failure(signInStatus('hand.blok', 'Sterk!2026x'))).status).toBe(423);
  });

  it('unknown usernames get 401 invalid_credentials', async () => {
    const r = await failure(signInStatus('bestaat.niet', 'Sterk!2026x'));
    expect(r.status).toBe(401);
    expect(r.code).toBe('invalid_credentials');
  });
});
