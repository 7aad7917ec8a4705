import { createHash, scryptSync } from 'node:crypto';
import { SCRYPT_PARAMS } from '../security/passwords';

/** The password of every seeded tenant account (demo only; say it in the demo's instructions). */
export const DEMO_TENANT_PASSWORD = 'Welkom!2026';

/**
 * ONE scrypt hash shared by all seeded tenant accounts and account requests: hashing a million
 * passwords at ≈0.4 s each would take days. Same format and cost as server/security/passwords.ts
 * (verifyPassword accepts it and needsRehash leaves it alone), but with a salt derived from the seed
 * instead of a random one, so the same seed gives a byte-identical database.
 */
export function demoTenantHash(seed: number): string {
  const { N, r, p } = SCRYPT_PARAMS;
  const salt = createHash('sha256').update(`kcc-desk-demo-tenant:${seed}`).digest().subarray(0, 16);
  const key = scryptSync(DEMO_TENANT_PASSWORD, salt, 32, { N, r, p, maxmem: 256 * 1024 * 1024 });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}
