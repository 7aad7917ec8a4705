import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt at OWASP's minimum for password storage: N=2^17, r=8, p=1 (≈128 MiB and ≈0.4 s a hash).
 * Hashes are self-describing ("scrypt$N$r$p$salt$hash"), so older, cheaper hashes still verify and
 * are replaced at the next successful sign-in (see needsRehash).
 */
const KEY_LEN = 32;
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
/** scrypt needs 128·N·r bytes; node refuses anything above maxmem, so leave room for the work buffers. */
const MAXMEM = 256 * 1024 * 1024;
/** Bounds for a stored hash's parameters: a corrupt or hostile row must not make a sign-in eat memory. */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const [scheme, n, r, p, saltB64, hashB64, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !hashB64 || rest.length > 0) return null;
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  const isPowerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || N > MAX_N || !Number.isInteger(R) || R < 1 || R > MAX_R || !Number.isInteger(P) || P < 1 || P > MAX_P) return null;
  if (128 * N * R > MAXMEM / 2) return null;
  const hash = Buffer.from(hashB64, 'base64');
  if (hash.length < 16) return null;
  return { N, r: R, p: P, salt: Buffer.from(saltB64, 'base64'), hash };
}

function scryptAsync(password: string, salt: Buffer, keyLen: number, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLen, { ...cost, maxmem: MAXMEM }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Returns "scrypt$N$r$p$salt$hash" (base64 parts), self-describing so the cost can change later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LEN, SCRYPT_PARAMS);
  return ['scrypt', SCRYPT_PARAMS.N, SCRYPT_PARAMS.r, SCRYPT_PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches `stored`, at the cost the stored hash names. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await scryptAsync(password, parsed.salt, parsed.hash.length, parsed);
  return timingSafeEqual(key, parsed.hash);
}

/**
 * Whether a hash that just verified should be replaced by a fresh one: it was made at a lower cost
 * than today's (or is not a hash this module understands). Call only after a successful verify.
 */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return true;
  return parsed.N < SCRYPT_PARAMS.N || parsed.r < SCRYPT_PARAMS.r || parsed.p < SCRYPT_PARAMS.p || parsed.hash.length < KEY_LEN;
}

/**
 * A hash that never verifies, compared against when a username is unknown: at today's cost, so an
 * unknown username takes as long as a known one.
 */
export const DUMMY_HASH = `scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`;

/** After a successful verify: a fresh hash at today's cost when the stored one is weaker, else null. */
export async function upgradedHash(password: string, stored: string): Promise<string | null> {
  return needsRehash(stored) ? hashPassword(password) : null;
}
