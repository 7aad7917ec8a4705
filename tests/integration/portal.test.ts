import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/testServer';

// B7 and the tenant side of B5/B6: self-registration in steps, confirmation link, sign-in with the lockout.
describe('tenant portal: account request, confirmation, sign-in and lockout (B7)', () => {
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

  const start = (customerNumber: string, activationCode: string) =>
    s.api('POST', '/portal/account-requests', { body: { customerNumber, activationCode } });

  async function registered(username: string, password = 'Sterk!2026x'): Promise<{ cn: string; token: string }> {
    const cn = await household();
    const r1 = await start(cn, 'ABCD2345');
    const id = r1.body.requestId as unknown as number;
    const r2 = await s.api('POST', `/portal/account-requests/${id}/details`, { body: { username, password, email: `${username}@example.nl` } });
    expect(r2.status).toBe(200);
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('customer_number', '=', cn).executeTakeFirstOrThrow();
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.body)?.[1] ?? '');
    return { cn, token };
  }

  it('identifies only with the right code; unknown numbers look the same; an open request is reused', async () => {
    const cn = await household();
    const wrong = await start(cn, 'WRONG999');
    expect(wrong.status).toBe(201);
    expect(wrong.body).toMatchObject({ identified: false });
    const unknown = await start('HM-799999', 'ABCD2345');
    expect(unknown.status).toBe(201);
    expect(unknown.body).toMatchObject({ identified: false });
    const right = await start(cn, ' abcd2345 ');
    expect(right.body).toEqual({ requestId: wrong.body.requestId, identified: true });
    const rows = await s.store.db.selectFrom('account_requests').selectAll().where('customer_number', '=', cn).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.customer_number_entered_at).not.toBeNull();
    expect(rows[0]?.identified_at).not.toBeNull();
    // A later wrong guess takes the identification away again, so its requestId is useless for step 2.
    await start(cn, 'NOPE7777');
    const again = await s.store.db.selectFrom('account_requests').select('identified_at').where('id', '=', rows[0]!.id).executeTakeFirstOrThrow();
    expect(again.identified_at).toBeNull();
  });

  it('details: 409 before identification, 400 naming password, 409 naming username; then account, mail and ERP message', async () => {
    const cn = await household();
    const r1 = await start(cn, 'WRONG');
    const id = r1.body.requestId as unknown as number;
    const body = { username: 'kees.tenant', password: 'Sterk!2026x', email: 'Kees@Example.nl' };
    expect((await s.api('POST', `/portal/account-requests/${id}/details`, { body })).status).toBe(409);
    await start(cn, 'ABCD2345');
    const weak = await s.api('POST', `/portal/account-requests/${id}/details`, { body: { ...body, password: 'zwak' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error?.details?.fields).toHaveProperty('password');
    const sameAsUser = await s.api('POST', `/portal/account-requests/${id}/details`, { body: { ...body, username: 'Sterk!2026x'.replace('!', '.'), password: 'Sterk.2026x' } });
    expect(sameAsUser.status).toBe(400);
    expect(sameAsUser.body.error?.details?.fields).toHaveProperty('password');

    await registered('bezet.naam');
    const taken = await s.api('POST', `/portal/account-requests/${id}/details`, { body: { ...body, username: 'BEZET.naam' } });
    expect(taken.status).toBe(409);
    expect(taken.body.error?.details?.fields).toHaveProperty('username');

    const ok = await s.api('POST', `/portal/account-requests/${id}/details`, { body });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ requestId: id, emailSent: true });
    const acc = await s.store.db.selectFrom('accounts').selectAll().where('customer_number', '=', cn).executeTakeFirstOrThrow();
    expect(acc.confirmed_at).toBeNull();
    expect(acc.email).toBe('kees@example.nl');
    expect(acc.password_hash.startsWith('scrypt$')).toBe(true);
    expect(acc.confirm_token_hash).toMatch(/^[0-9a-f]{64}$/);
    const req = await s.store.db.selectFrom('account_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(req.details_filled_at).not.toBeNull();
    expect(req.email_sent_at).not.toBeNull();
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('customer_number', '=', cn).executeTakeFirstOrThrow();
    expect(mail.to_address).toBe('kees@example.nl');
    expect(mail.body).toContain('token=');
    const erp = await s.store.db.selectFrom('erp_outbox').selectAll().where('customer_number', '=', cn).execute();
    expect(erp.map((m) => JSON.parse(m.payload) as { status: string })).toEqual([{ customerNumber: cn, status: 'created_not_activated' }]);
    const hh = await s.store.db.selectFrom('households').select('erp_account_status').where('customer_number', '=', cn).executeTakeFirstOrThrow();
    expect(hh.erp_account_status).toBe('created_not_activated');
    // Filling in twice is refused.
    expect((await s.api('POST', `/portal/account-requests/${id}/details`, { body: { ...body, username: 'ander' } })).status).toBe(409);
  });

  it('confirmation link confirms once and tells the ERP "activated"; unconfirmed accounts cannot sign in', async () => {
    const { cn, token } = await registered('nog.niet');
    const early = await s.api('POST', '/portal/sessions', { body: { username: 'nog.niet', password: 'Sterk!2026x' } });
    expect(early.status).toBe(423);
    expect(early.body.error?.details?.reason).toBe('unconfirmed');
    expect((await s.api('POST', '/portal/account-confirmations', { body: { token } })).status).toBe(200);
    expect((await s.api('POST', '/portal/account-confirmations', { body: { token } })).status).toBe(404);
    const acc = await s.store.db.selectFrom('accounts').selectAll().where('customer_number', '=', cn).executeTakeFirstOrThrow();
    expect(acc.confirmed_at).toBe(s.clock.now().toISOString());
    const hh = await s.store.db.selectFrom('households').select('erp_account_status').where('customer_number', '=', cn).executeTakeFirstOrThrow();
    expect(hh.erp_account_status).toBe('activated');
    const ok = await s.api('POST', '/portal/sessions', { body: { username: 'nog.niet', password: 'Sterk!2026x' } });
    expect(ok.status).toBe(201);
    expect(typeof ok.body.token).toBe('string');
  });

  it('5 wrong passwords → 423 (even with the right one) → usable again by itself after 15 minutes', async () => {
    const { token } = await registered('slot.test');
    await s.api('POST', '/portal/account-confirmations', { body: { token } });
    const signIn = (password: string) => s.api('POST', '/portal/sessions', { body: { username: 'slot.test', password } });
    for (let i = 1; i <= 4; i++) {
      const r = await signIn('Fout!2026x');
      expect(r.status).toBe(401);
      expect(r.body.error?.code).toBe('invalid_credentials');
    }
    const fifth = await signIn('Fout!2026x');
    expect(fifth.status).toBe(423);
    expect(fifth.body.error?.code).toBe('account_blocked');
    expect(fifth.body.error?.message).toContain('5 keer');
    const right = await signIn('Sterk!2026x');
    expect(right.status).toBe(423);
    expect(right.body.error?.details?.until).toBe(new Date(s.clock.now().getTime() + 15 * 60_000).toISOString());
    let acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'slot.test').executeTakeFirstOrThrow();
    expect(acc.failed_login_attempts).toBe(5);
    s.clock.advanceMinutes(14);
    expect((await signIn('Sterk!2026x')).status).toBe(423);
    s.clock.advanceMinutes(1);
    expect((await signIn('Sterk!2026x')).status).toBe(201);
    acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'slot.test').executeTakeFirstOrThrow();
    expect(acc.failed_login_attempts).toBe(0);
    expect(acc.auto_blocked_until).toBeNull();
    expect(acc.last_login_at).toBe(s.clock.now().toISOString());
  });

  it('a wrong password after an expired block starts a new series; a success resets the counter', async () => {
    const { token } = await registered('reeks.test');
    await s.api('POST', '/portal/account-confirmations', { body: { token } });
    const signIn = (password: string) => s.api('POST', '/portal/sessions', { body: { username: 'reeks.test', password } });
    for (let i = 0; i < 5; i++) await signIn('Fout!2026x');
    s.clock.advanceMinutes(16);
    expect((await signIn('Fout!2026x')).status).toBe(401);
    let acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'reeks.test').executeTakeFirstOrThrow();
    expect(acc.failed_login_attempts).toBe(1);
    expect((await signIn('Fout!2026x')).status).toBe(401);
    expect((await signIn('Sterk!2026x')).status).toBe(201);
    acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'reeks.test').executeTakeFirstOrThrow();
    expect(acc.failed_login_attempts).toBe(0);
  });

  it('a manual block wins: 423 with the right password, at any time', async () => {
    const { token } = await registered('hand.blok');
    await s.api('POST', '/portal/account-confirmations', { body: { token } });
    await s.store.db.updateTable('accounts').set({ manually_blocked: 1, block_reason: 'Misbruik' }).where('username', '=', 'hand.blok').execute();
    const r = await s.api('POST', '/portal/sessions', { body: { username: 'hand.blok', password: 'Sterk!2026x' } });
    expect(r.status).toBe(423);
    expect(r.body.error?.details?.reason).toBe('manually_blocked');
    s.clock.advanceMinutes(60 * 24);
    expect((await s.api('POST', '/portal/sessions', { body: { username: 'hand.blok', password: 'Sterk!2026x' } })).status).toBe(423);
  });

  it('unknown usernames get 401 invalid_credentials', async () => {
    const r = await s.api('POST', '/portal/sessions', { body: { username: 'bestaat.niet', password: 'Sterk!2026x' } });
    expect(r.status).toBe(401);
    expect(r.body.error?.code).toBe('invalid_credentials');
  });
});
