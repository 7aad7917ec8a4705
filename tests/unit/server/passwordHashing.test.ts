import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, SCRYPT_PARAMS, hashPassword, needsRehash, upgradedHash, verifyPassword } from '../../../server/security/passwords';

/** A hash as the server wrote it before the cost was raised (N=2^14). */
function legacyHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', 16384, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

describe('password hashing at OWASP cost', () => {
  it('hashes with scrypt N=2^17, r=8, p=1', async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    const stored = await hashPassword('Sterk!2026x');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{44}$/);
    expect(await verifyPassword('Sterk!2026x', stored)).toBe(true);
    expect(await verifyPassword('Sterk!2026y', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('still verifies an older, cheaper hash and asks for it to be replaced', async () => {
    const old = legacyHash('Oud!2026x');
    expect(await verifyPassword('Oud!2026x', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    const fresh = await upgradedHash('Oud!2026x', old);
    expect(fresh).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(fresh && (await verifyPassword('Oud!2026x', fresh))).toBe(true);
    expect(await upgradedHash('Sterk!2026x', await hashPassword('Sterk!2026x'))).toBeNull();
  });

  it('keeps the dummy hash for unknown users at the current cost, so they take as long', async () => {
    expect(DUMMY_HASH.startsWith(`scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$`)).toBe(true);
    expect(needsRehash(DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
  });

  it('never throws on a malformed or hostile stored hash (it just does not match)', async () => {
    for (const stored of ['', 'scrypt$x', 'bcrypt$10$abc', 'scrypt$3$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==', `scrypt$${2 ** 24}$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==`, 'scrypt$16384$0$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==']) {
      expect(await verifyPassword('x', stored)).toBe(false);
      expect(needsRehash(stored)).toBe(true);
    }
  });
});
