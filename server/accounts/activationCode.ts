import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s.trim().toUpperCase()).digest();

/**
 * Compares a typed activation code with the household's in constant time (both hashed to equal length
 * first). Case and surrounding spaces do not matter: codes are typed over from a letter.
 * A household without a code never matches (but costs the same).
 */
export function activationCodeMatches(given: string, expected: string | null): boolean {
  const same = timingSafeEqual(digest(given), digest(expected ?? ''));
  return same && expected !== null && expected.trim() !== '' && given.trim() !== '';
}
