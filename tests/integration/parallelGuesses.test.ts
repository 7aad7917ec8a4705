import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Passwords from '../../server/security/passwords';
import { startTestServer, type TestServer } from './support/testServer';

// Counts how many passwords the server really checks; the real scrypt still runs underneath.
const checked = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../server/security/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof Passwords>();
  return {
    ...real,
    verifyPassword: async (password: string, stored: string) => {
      checked.n++;
      return real.verifyPassword(password, stored);
    },
  };
});

// Limits are counted before the password is checked, so parallel guesses cannot pass them.
describe('sign-in limits under parallel guesses', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('doelwit', 'Geheim!2026', ['admin']);
  });
  afterAll(async () => s.close());

  it('staff: of 50 parallel guesses from one address for one user, at most 5 are checked and the rest get 429', async () => {
    checked.n = 0;
    const guesses = Array.from({ length: 50 }, (_, i) =>
      s.api('POST', '/staff/sessions', { body: { username: 'doelwit', password: i === 49 ? 'Geheim!2026' : `Fout!${i}` }, from: '203.0.113.5' }),
    );
    const statuses = (await Promise.all(guesses)).map((r) => r.status);
    const limited = statuses.filter((x) => x === 429).length;
    expect(checked.n).toBeLessThanOrEqual(5);
    expect(limited).toBeGreaterThanOrEqual(45);
    expect(statuses.filter((x) => x !== 429 && x !== 401 && x !== 201)).toEqual([]);
  });

  it('staff: a colleague behind the same address can still sign in after those typos', async () => {
    await s.addStaff('collega', 'Geheim!2026', ['kcc']);
    const r = await s.api('POST', '/staff/sessions', { body: { username: 'collega', password: 'Geheim!2026' }, from: '203.0.113.5' });
    expect(r.status).toBe(201);
  });

  it('staff: the address ceiling stops one address trying many usernames', async () => {
    // In parallel: the count is taken before each password check, so exactly the ceiling gets through.
    const tries = Array.from({ length: 25 }, (_, i) => s.api('POST', '/staff/sessions', { body: { username: `naam${i}`, password: 'x' }, from: '203.0.113.9' }));
    const statuses = (await Promise.all(tries)).map((r) => r.status);
    expect(statuses.filter((x) => x === 401)).toHaveLength(20);
    expect(statuses.filter((x) => x === 429)).toHaveLength(5);
  }, 60_000);

  it('tenant: 50 parallel guesses from 50 addresses check at most 5 passwords; the account is then blocked', async () => {
    await s.store.db
      .insertInto('households')
      .values({ customer_number: 'HM-711111', name: 'P. Arallel', corr_street: 'Laan', corr_house_number: 1, corr_postcode: '1234 AB', corr_city: 'Ede', activation_code: 'PARA2345' })
      .execute();
    const r1 = await s.api('POST', '/portal/account-requests', { body: { customerNumber: 'HM-711111', activationCode: 'PARA2345' } });
    await s.api('POST', `/portal/account-requests/${String(r1.body.requestId)}/details`, {
      body: { username: 'para.llel', password: 'Sterk!2026x', email: 'p@example.nl', continuationToken: r1.body.continuationToken },
    });
    await s.store.db.updateTable('accounts').set({ confirmed_at: s.clock.now().toISOString(), confirm_token_hash: null }).where('username', '=', 'para.llel').execute();
    checked.n = 0;
    const guesses = Array.from({ length: 50 }, (_, i) =>
      s.api('POST', '/portal/sessions', { body: { username: 'para.llel', password: i === 49 ? 'Sterk!2026x' : `Fout!${i}x` }, from: `198.18.0.${i + 1}` }),
    );
    const statuses = (await Promise.all(guesses)).map((r) => r.status);
    expect(checked.n).toBeLessThanOrEqual(5);
    expect(statuses.filter((x) => x === 423).length).toBeGreaterThanOrEqual(45);
    const acc = await s.store.db.selectFrom('accounts').selectAll().where('username', '=', 'para.llel').executeTakeFirstOrThrow();
    expect(acc.failed_login_attempts).toBe(5);
    expect(acc.auto_blocked_until).not.toBeNull();
  });

  it('tenant: one address trying many accounts is limited (30 per 10 minutes), then allowed again', async () => {
    const tries = Array.from({ length: 32 }, (_, i) => s.api('POST', '/portal/sessions', { body: { username: `huurder${i}`, password: 'Fout!2026x' }, from: '198.19.0.1' }));
    const statuses = (await Promise.all(tries)).map((r) => r.status);
    expect(statuses.filter((x) => x === 401)).toHaveLength(30);
    expect(statuses.filter((x) => x === 429)).toHaveLength(2);
    s.clock.advanceMinutes(11);
    expect((await s.api('POST', '/portal/sessions', { body: { username: 'huurder0', password: 'Fout!2026x' }, from: '198.19.0.1' })).status).toBe(401);
  }, 60_000);

  it('registration: activation-code guesses are limited per customer number, across addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await s.api('POST', '/portal/account-requests', { body: { customerNumber: 'HM-711112', activationCode: `GOK${i}` }, from: `198.20.0.${i + 1}` });
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 10).every((x) => x === 201)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('confirmation links: one address trying many made-up tokens is limited too', async () => {
    const tries = Array.from({ length: 32 }, (_, i) => s.api('POST', '/portal/account-confirmations', { body: { token: `verzonnen-token-${i}-xxxxxxxx` }, from: '198.21.0.1' }));
    const statuses = (await Promise.all(tries)).map((r) => r.status);
    expect(statuses.filter((x) => x === 404)).toHaveLength(30);
    expect(statuses.filter((x) => x === 429)).toHaveLength(2);
  });
});
