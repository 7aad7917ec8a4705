import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { LookAlongSession } from '../../shared/api/customers';
import type { DB } from '../db/schema';
import { readSettings } from '../settings/settingsStore';
import { ApiError, conflict, notFound } from '../errors';

type Row = Selectable<DB['look_along_sessions']>;

/*
 * Look-along sessions: one staff member looks along with one customer. A session lives for the settings'
 * session time-out after its last use (each call made inside it extends it, the same idle rule as staff
 * sessions); only the staff member who started it may read, use or end it.
 */

export function toLookAlong(r: Row, now: Date): LookAlongSession {
  return {
    sessionId: r.id,
    customerNumber: r.customer_number,
    staffId: r.staff_id,
    startedAt: r.started_at,
    expiresAt: r.expires_at,
    endedAt: r.ended_at,
    state: r.ended_at !== null ? 'ended' : r.expires_at <= now.toISOString() ? 'expired' : 'active',
  };
}

async function expiryFrom(db: Kysely<DB>, now: Date): Promise<string> {
  return new Date(now.getTime() + (await readSettings(db)).sessionTimeoutMinutes * 60_000).toISOString();
}

/** Opens a session for a known customer (404 otherwise). */
export async function openLookAlong(trx: Kysely<DB>, staffId: number, customerNumber: string, now: Date): Promise<Row> {
  const known = await trx.selectFrom('households').select('id').where('customer_number', '=', customerNumber).executeTakeFirst();
  if (!known) throw notFound('Klant');
  return trx
    .insertInto('look_along_sessions')
    .values({
      id: randomUUID(),
      staff_id: staffId,
      customer_number: customerNumber,
      started_at: now.toISOString(),
      expires_at: await expiryFrom(trx, now),
      ended_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The caller's own session: 404 when unknown, 403 when another staff member's. */
export async function ownLookAlong(db: Kysely<DB>, id: string, staffId: number): Promise<Row> {
  const row = await db.selectFrom('look_along_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Meekijksessie');
  if (row.staff_id !== staffId) throw new ApiError('forbidden', 'Deze meekijksessie is van een andere medewerker.');
  return row;
}

/** Ends a session (ending an ended one again changes nothing). */
export async function endLookAlong(trx: Kysely<DB>, row: Row, now: Date): Promise<void> {
  if (row.ended_at !== null) return;
  await trx.updateTable('look_along_sessions').set({ ended_at: now.toISOString() }).where('id', '=', row.id).execute();
}

/** What a call says about its look-along session. */
export interface LookAlongClaim {
  staffId: number;
  /** The well-formed session id the call names, or null. */
  sessionId: string | null;
  /** Whether the header was sent at all (a malformed one counts as sent). */
  headerSent: boolean;
}

/**
 * The check in front of every call that takes a look-along session, run in the call's transaction before
 * anything is recorded, so an audit entry only ever names a session verified here:
 * - no session while `required`, or a header that is not a session id → 403 forbidden, reason "look_along_required";
 * - unknown session, another staff member's, or another customer's → 403 forbidden, reason "look_along_mismatch";
 * - ended → 409 conflict, reason "look_along_ended"; expired → 409 conflict, reason "look_along_expired".
 * A live session is extended by the session time-out. Returns the verified session id, or null when none was sent.
 */
export async function assertLookAlong(
  trx: Kysely<DB>,
  claim: LookAlongClaim,
  customerNumber: string,
  opts: { required: boolean; now: Date },
): Promise<string | null> {
  const id = claim.sessionId;
  if (id === null) {
    if (claim.headerSent || opts.required) {
      throw new ApiError('forbidden', 'Deze handeling kan alleen binnen een meekijksessie met deze klant (header X-Look-Along-Session).', {
        reason: 'look_along_required',
      });
    }
    return null;
  }
  const row = await trx.selectFrom('look_along_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.staff_id !== claim.staffId || row.customer_number !== customerNumber) {
    throw new ApiError('forbidden', 'Deze meekijksessie hoort niet bij u of niet bij deze klant.', { reason: 'look_along_mismatch' });
  }
  if (row.ended_at !== null) throw conflict('De meekijksessie is beëindigd; start een nieuwe.', { reason: 'look_along_ended' });
  if (row.expires_at <= opts.now.toISOString()) {
    throw conflict('De meekijksessie is verlopen; start een nieuwe.', { reason: 'look_along_expired', expiredAt: row.expires_at });
  }
  await trx.updateTable('look_along_sessions').set({ expires_at: await expiryFrom(trx, opts.now) }).where('id', '=', id).execute();
  return id;
}
