import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { ApiError } from '../errors';
import { hashToken, newToken } from '../security/tokens';
import { readSettings } from '../settings/settingsStore';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type SessionSettings = { sessionTimeoutMinutes: number; keepSignedInDays: number };

export interface TenantSessionTimes {
  createdAt: Date;
  lastSeen: Date;
  /** The end stored at sign-in: keep-signed-in days as they were then, or the look-along's end for a link's session. */
  absoluteExpiresAt: Date;
  keepSignedIn: boolean;
  /** A link's session ends with the look-along session that made it (set when that one was stopped). */
  lookAlongEndedAt: Date | null;
}

/**
 * When a tenant session ends if it is not used again, by the portal settings as they are NOW (so shortening
 * either setting shortens sessions that exist; lengthening never passes the end stored at sign-in):
 * - "Houd mij ingelogd" ticked: keep-signed-in days after sign-in, used or not (the portal's cookie);
 * - not ticked: the session time-out after the last use, and never past keep-signed-in days after sign-in.
 */
export function tenantSessionExpiry(t: TenantSessionTimes, settings: SessionSettings): Date {
  const keepEnd = t.createdAt.getTime() + settings.keepSignedInDays * DAY;
  const idleEnd = t.keepSignedIn ? keepEnd : t.lastSeen.getTime() + settings.sessionTimeoutMinutes * MINUTE;
  const lookAlongEnd = t.lookAlongEndedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return new Date(Math.min(idleEnd, keepEnd, t.absoluteExpiresAt.getTime(), lookAlongEnd));
}

/**
 * A new session for a portal account (the token is returned once and stored only as a hash). A session made by
 * a one-time link names its look-along session and never lasts past that one's end as it is now.
 */
export async function createTenantSession(
  db: Kysely<DB>,
  o: { accountId: number; now: Date; keepSignedIn: boolean; lookAlong?: { id: string; expiresAt: Date } },
): Promise<{ token: string; expiresAt: Date }> {
  const settings = await readSettings(db);
  const token = newToken();
  const keepEnd = o.now.getTime() + settings.keepSignedInDays * DAY;
  const absolute = new Date(Math.min(keepEnd, o.lookAlong?.expiresAt.getTime() ?? keepEnd));
  const times: TenantSessionTimes = { createdAt: o.now, lastSeen: o.now, absoluteExpiresAt: absolute, keepSignedIn: o.keepSignedIn, lookAlongEndedAt: null };
  const expiresAt = tenantSessionExpiry(times, settings);
  await db
    .insertInto('tenant_sessions')
    .values({
      token_hash: hashToken(token),
      account_id: o.accountId,
      created_at: o.now.toISOString(),
      last_seen_at: o.now.toISOString(),
      absolute_expires_at: absolute.toISOString(),
      expires_at: expiresAt.toISOString(),
      keep_signed_in: o.keepSignedIn ? 1 : 0,
      look_along_session_id: o.lookAlong?.id ?? null,
    })
    .execute();
  return { token, expiresAt };
}

const notSignedIn = () => new ApiError('unauthenticated', 'Niet ingelogd');

/**
 * The session behind a tenant's bearer token, used now: unknown → 401; ended → 401 (reason "expired") and
 * removed; otherwise its last use becomes now and the answer carries the new end.
 */
export async function useTenantSession(db: Kysely<DB>, token: string, now: Date): Promise<{ customerNumber: string | null; expiresAt: Date }> {
  const row = await db
    .selectFrom('tenant_sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .leftJoin('look_along_sessions as l', 'l.id', 's.look_along_session_id')
    .select([
      's.id', 's.created_at', 's.last_seen_at', 's.absolute_expires_at', 's.keep_signed_in', 's.look_along_session_id',
      'a.customer_number', 'a.manually_blocked', 'a.auto_blocked_until', 'l.id as lookAlongId', 'l.ended_at as lookAlongEndedAt',
    ])
    .where('s.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) throw notSignedIn();
  // A block (by staff, or five wrong passwords meanwhile) ends the session.
  if (row.manually_blocked === 1 || (row.auto_blocked_until !== null && row.auto_blocked_until > now.toISOString())) {
    await db.deleteFrom('tenant_sessions').where('id', '=', row.id).execute();
    throw new ApiError('unauthenticated', 'Uw account is geblokkeerd; uw sessie is beëindigd.', { reason: 'expired' });
  }
  const settings = await readSettings(db);
  // A link's session whose look-along session is gone counts as ended with it.
  const lookAlongEndedAt =
    row.look_along_session_id === null ? null : row.lookAlongId === null ? new Date(0) : row.lookAlongEndedAt === null ? null : new Date(row.lookAlongEndedAt);
  const times: TenantSessionTimes = {
    createdAt: new Date(row.created_at),
    lastSeen: new Date(row.last_seen_at),
    absoluteExpiresAt: new Date(row.absolute_expires_at),
    keepSignedIn: row.keep_signed_in === 1,
    lookAlongEndedAt,
  };
  if (tenantSessionExpiry(times, settings) <= now) {
    await db.deleteFrom('tenant_sessions').where('id', '=', row.id).execute();
    throw new ApiError('unauthenticated', 'Uw sessie is verlopen; log opnieuw in', { reason: 'expired' });
  }
  const expiresAt = tenantSessionExpiry({ ...times, lastSeen: now }, settings);
  await db
    .updateTable('tenant_sessions')
    .set({ last_seen_at: now.toISOString(), expires_at: expiresAt.toISOString() })
    .where('id', '=', row.id)
    .execute();
  return { customerNumber: row.customer_number, expiresAt };
}
