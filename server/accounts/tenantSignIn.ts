import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { ApiError } from '../errors';
import { DUMMY_HASH, verifyPassword } from '../security/passwords';
import { hashToken, newToken } from '../security/tokens';

/** Seed 001 §2.3: five wrong passwords in a row block the account for fifteen minutes. */
export const MAX_FAILED_ATTEMPTS = 5;
export const AUTO_BLOCK_MINUTES = 15;
/** A tenant session without "keep me signed in" (seed 001 §2.3: 30 minutes of inactivity by default). */
const TENANT_SESSION_MINUTES = 30;

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

/**
 * Tenant sign-in with the lockout (catalogue B7). Order of checks, and why:
 *  1. unknown username → 401 after a dummy scrypt (same timing as a known one);
 *  2. manual block → 423 always, whatever the password (staff decided; it wins at any time);
 *  3. automatic block still running → 423 with the end time, even with the right password;
 *  4. wrong password → counter + 1 (a series after an expired block starts again at 1); the 5th blocks
 *     for 15 minutes and answers 423 at once, with the seed's message; before that 401;
 *  5. right password on an unconfirmed account → 423 reason "unconfirmed" (only told to whoever knows the
 *     password, so it leaks nothing; the account exists but cannot be used until the mail link is clicked);
 *  6. otherwise: counter 0, block end cleared, last_login_at, a session token (stored hashed) → 201.
 * The lockout fields are tenant state, not staff edits, so they do not bump `version`.
 */
export async function tenantSignIn(db: Kysely<DB>, now: Date, username: string, password: string): Promise<{ token: string }> {
  const account = await db
    .selectFrom('accounts')
    .select(['id', 'password_hash', 'confirmed_at', 'manually_blocked', 'auto_blocked_until'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!account) {
    await verifyPassword(password, DUMMY_HASH);
    throw invalid();
  }
  const nowIso = now.toISOString();
  if (account.manually_blocked === 1) throw blockedManually();
  if (account.auto_blocked_until !== null && account.auto_blocked_until > nowIso) {
    throw blockedAutomatically(account.auto_blocked_until);
  }
  const ok = await verifyPassword(password, account.password_hash);

  // Read-modify-write in one transaction: SQLite serialises it, so parallel wrong guesses all count.
  const outcome = await db.transaction().execute(async (trx) => {
    const cur = await trx
      .selectFrom('accounts')
      .select(['failed_login_attempts', 'auto_blocked_until', 'manually_blocked'])
      .where('id', '=', account.id)
      .executeTakeFirst();
    if (!cur) return { kind: 'invalid' as const };
    if (cur.manually_blocked === 1) return { kind: 'manual' as const };
    if (cur.auto_blocked_until !== null && cur.auto_blocked_until > nowIso) {
      return { kind: 'auto' as const, until: cur.auto_blocked_until };
    }
    const blockExpired = cur.auto_blocked_until !== null;
    if (!ok) {
      const attempts = (blockExpired ? 0 : cur.failed_login_attempts) + 1;
      const blocks = attempts >= MAX_FAILED_ATTEMPTS;
      const until = blocks ? new Date(now.getTime() + AUTO_BLOCK_MINUTES * 60_000).toISOString() : null;
      await trx
        .updateTable('accounts')
        .set({ failed_login_attempts: Math.min(attempts, MAX_FAILED_ATTEMPTS), auto_blocked_until: until })
        .where('id', '=', account.id)
        .execute();
      return until ? { kind: 'auto' as const, until } : { kind: 'invalid' as const };
    }
    if (account.confirmed_at === null) return { kind: 'unconfirmed' as const };
    const token = newToken();
    await trx
      .updateTable('accounts')
      .set({ failed_login_attempts: 0, auto_blocked_until: null, last_login_at: nowIso })
      .where('id', '=', account.id)
      .execute();
    await trx
      .insertInto('tenant_sessions')
      .values({
        token_hash: hashToken(token),
        account_id: account.id,
        created_at: nowIso,
        expires_at: new Date(now.getTime() + TENANT_SESSION_MINUTES * 60_000).toISOString(),
      })
      .execute();
    return { kind: 'ok' as const, token };
  });

  switch (outcome.kind) {
    case 'ok':
      return { token: outcome.token };
    case 'manual':
      throw blockedManually();
    case 'auto':
      throw blockedAutomatically(outcome.until);
    case 'unconfirmed':
      throw new ApiError(
        'account_blocked',
        'Uw account is nog niet bevestigd. Klik op de link in de e-mail die wij u hebben gestuurd.',
        { reason: 'unconfirmed' },
      );
    default:
      throw invalid();
  }
}
