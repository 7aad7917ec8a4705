import { randomBytes, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantSignIn } from '../../../server/accounts/tenantSignIn';
import { startTestServer, failure, type TestServer } from '../support/testServer';

/** A hash as the server wrote it before the cost was raised (N=2^14). */
function legacyHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', 16384, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

const CURRENT = /^scrypt\$131072\$8\$1\$/;

describe('transparent rehash at sign-in', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => s.close());

  const staffHash = async (id: number) =>
    (await s.store.db.selectFrom('staff_users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash;

  it('staff: an old-cost hash is replaced after a successful sign-in, not after a wrong password', async () => {
    const id = await s.addStaff('oudehash', 'Oud!Wachtwoord2026', ['kcc']);
    const old = legacyHash('Oud!Wachtwoord2026');
    await s.store.db.updateTable('staff_users').set({ password_hash: old }).where('id', '=', id).execute();

    expect((await failure(s.signIn('oudehash', 'Fout!Wachtwoord2026'))).status).toBe(401);
    expect(await staffHash(id)).toBe(old);

    await s.signIn('oudehash', 'Oud!Wachtwoord2026');
    const upgraded = await staffHash(id);
    expect(upgraded).toMatch(CURRENT);
    // The new hash works, and is not replaced again.
    await s.signIn('oudehash', 'Oud!Wachtwoord2026');
    expect(await staffHash(id)).toBe(upgraded);
  });

  it('tenant: an old-cost hash is replaced after a successful sign-in', async () => {
    await s.store.db
      .insertInto('households')
      .values({ customer_number: 'HM-770001', name: 'T. Oudhash', corr_street: 'Kerkstraat', corr_house_number: 1, corr_postcode: '1234 AB', corr_city: 'Utrecht' })
      .execute();
    const old = legacyHash('Huurder!2026x');
    const account = await s.store.db
      .insertInto('accounts')
      .values({
        username: 'oude.huurder',
        email: 'oude.huurder@example.nl',
        customer_number: 'HM-770001',
        password_hash: old,
        confirmed_at: '2026-01-01T10:00:00.000Z',
        created_at: '2026-01-01T09:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const tenantHash = async () =>
      (await s.store.db.selectFrom('accounts').select('password_hash').where('id', '=', account.id).executeTakeFirstOrThrow()).password_hash;

    await expect(tenantSignIn(s.store.db, s.clock.now(), 'oude.huurder', 'Fout!2026x')).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(await tenantHash()).toBe(old);

    const signedIn = await tenantSignIn(s.store.db, s.clock.now(), 'oude.huurder', 'Huurder!2026x');
    expect(signedIn.token).toEqual(expect.any(String));
    const upgraded = await tenantHash();
    expect(upgraded).toMatch(CURRENT);
    await tenantSignIn(s.store.db, s.clock.now(), 'oude.huurder', 'Huurder!2026x');
    expect(await tenantHash()).toBe(upgraded);
  });
});
