import type { Kysely } from 'kysely';
import { forUpdate } from '../db/engine';
import type { DB } from '../db/schema';
import { ApiError } from '../errors';
import { DUMMY_HASH, upgradedHash, verifyPassword } from '../security/passwords';
import { createTenantSession } from './tenantSessions';

/** Five wrong passwords in a row block the account for fifteen minutes (the portal's rule). */
export const MAX_FAILED_ATTEMPTS = 5;
export const AUTO_BLOCK_MINUTES = 15;
const fmt = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

function blockedManually(): ApiError {
  return new ApiError(
    'account_blocked',
    'Uw account is geblokkeerd. Neem contact op met de klantenservice om uw account weer te activeren.',
    { reason: 'manually_blocked' },
  );
}

function blockedAutomatically(until: string): ApiError {
  return new ApiError(
    'account_blocked',
    `U heeft ${MAX_FAILED_ATTEMPTS} keer achter elkaar geprobeerd in te loggen met een foutief wachtwoord. ` +
      `Uw account is uit veiligheidsoverwegingen geblokkeerd tot ${fmt.format(new Date(until))}. ` +
      'Neem contact op met de klantenservice om uw account eerder weer te activeren.',
    { reason: 'auto_blocked', until },
  );
}

const invalid = () => new ApiError('invalid_credentials', 'Gebruikersnaam of wachtwoord is onjuist');

type Reservation = { kind: 'manual' } | { kind: 'auto'; until: string } | { kind: 'counted'; attempt: number; blocksUntil: string | null };

/**
 * Takes this attempt's place in the series before the password is checked, in one transaction: the counter
 * goes up and the fifth place already carries the block. Parallel guesses therefore each see the places the
 * others took; once five are taken the rest are refused unchecked (checking first let 50 parallel guesses
 * all be evaluated). A series after an expired block starts again at 1.
 */
async function reserveAttempt(db: Kysely<DB>, accountId: number, now: Date): Promise<Reservation> {
  const nowIso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    // Locked on PostgreSQL: parallel guesses (also on other instances) take their places one after the other.
    const cur = await forUpdate(
      trx,
      trx.selectFrom('accounts').select(['failed_login_attempts', 'auto_blocked_until', 'manually_blocked']).where('id', '=', accountId),
    ).executeTakeFirstOrThrow();
    if (cur.manually_blocked === 1) return { kind: 'manual' };
    if (cur.auto_blocked_until !== null && cur.auto_blocked_until > nowIso) return { kind: 'auto', until: cur.auto_blocked_until };
    const attempt = (cur.auto_blocked_until !== null ? 0 : cur.failed_login_attempts) + 1;
    const blocksUntil = attempt >= MAX_FAILED_ATTEMPTS ? new Date(now.getTime() + AUTO_BLOCK_MINUTES * 60_000).toISOString() : null;
    await trx
      .updateTable('accounts')
      .set({ failed_login_attempts: Math.min(attempt, MAX_FAILED_ATTEMPTS), auto_blocked_until: blocksUntil })
      .where('id', '=', accountId)
      .execute();
    return { kind: 'counted', attempt, blocksUntil };
  });
}

/**
 * Tenant sign-in with the lockout. Order of checks, and why:
 *  1. unknown username → 401 after a dummy scrypt (same timing as a known one);
 *  2. manual block → 423 always, whatever the password (staff decided; it wins at any time);
 *  3. automatic block still running → 423 with the end time, even with the right password;
 *  4. the attempt is counted (see reserveAttempt); a wrong password keeps the count, and the fifth answers
 *     423 at once with the block's end; before that 401;
 *  5. right password on an unconfirmed account → 423 reason "unconfirmed" (only told to whoever knows the
 *     password, so it leaks nothing);
 *  6. otherwise: counter 0, block end cleared, last_login_at, a session token (stored hashed) → 201, whose
 *     end follows the portal settings and the "keep me signed in" tick (tenantSessions.ts).
 * The lockout fields are tenant state, not staff edits, so they do not bump `version`.
 */
export async function tenantSignIn(
  db: Kysely<DB>,
  now: Date,
  username: string,
  password: string,
  keepSignedIn = false,
): Promise<{ token: string; expiresAt: string }> {
  const account = await db
    .selectFrom('accounts')
    .select(['id', 'password_hash', 'confirmed_at'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!account) {
    await verifyPassword(password, DUMMY_HASH);
    throw invalid();
  }
  const place = await reserveAttempt(db, account.id, now);
  if (place.kind === 'manual') throw blockedManually();
  if (place.kind === 'auto') throw blockedAutomatically(place.until);

  const ok = await verifyPassword(password, account.password_hash);
  if (!ok) {
    if (place.blocksUntil) throw blockedAutomatically(place.blocksUntil);
    throw invalid();
  }
  const nowIso = now.toISOString();
  // A hash weaker than today's scrypt cost is replaced now the password is known (hashed before the
  // transaction: it takes ≈0.4 s); only if nobody changed the password meanwhile.
  const upgraded = await upgradedHash(password, account.password_hash);
  const outcome = await db.transaction().execute(async (trx) => {
    const cur = await trx.selectFrom('accounts').select('manually_blocked').where('id', '=', account.id).executeTakeFirstOrThrow();
    // Staff may have blocked the account while the password was being checked.
    if (cur.manually_blocked === 1) return { kind: 'manual' as const };
    if (upgraded) {
      await trx.updateTable('accounts').set({ password_hash: upgraded }).where('id', '=', account.id).where('password_hash', '=', account.password_hash).execute();
    }
    // The right password ends the series, including a block its own place set.
    await trx
      .updateTable('accounts')
      .set({ failed_login_attempts: 0, auto_blocked_until: null, ...(account.confirmed_at !== null ? { last_login_at: nowIso } : {}) })
      .where('id', '=', account.id)
      .execute();
    if (account.confirmed_at === null) return { kind: 'unconfirmed' as const };
    const session = await createTenantSession(trx, { accountId: account.id, now, keepSignedIn });
    return { kind: 'ok' as const, ...session };
  });
  if (outcome.kind === 'manual') throw blockedManually();
  if (outcome.kind === 'unconfirmed') {
    throw new ApiError('account_blocked', 'Uw account is nog niet bevestigd. Klik op de link in de e-mail die wij u hebben gestuurd.', {
      reason: 'unconfirmed',
    });
  }
  return { token: outcome.token, expiresAt: outcome.expiresAt.toISOString() };
}
