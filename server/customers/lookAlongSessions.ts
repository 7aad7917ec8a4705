import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { LookAlongSession } from '../../shared/api/customers';
import type { DB } from '../db/schema';
import { readSettings } from '../settings/settingsStore';
import { ApiError, conflict, notFound } from '../errors';

type Db = Kysely<DB> | Transaction<DB>;

interface Row {
  id: string;
  staff_id: number;
  customer_number: string;
  started_at: string;
  expires_at: string;
  ended_at: string | null;
}

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

async function timeoutMs(db: Db): Promise<number> {
  return (await readSettings(db)).sessionTimeoutMinutes * 60_000;
}

/** C1: a server-side session scoped to one customer, alive for the session time-out (settings). */
export async function openLookAlong(trx: Db, staffId: number, customerNumber: string, now: Date): Promise<Row> {
  const row: Row = {
    id: randomUUID(),
    staff_id: staffId,
    customer_number: customerNumber,
    started_at: now.toISOString(),
    expires_at: new Date(now.getTime() + (await timeoutMs(trx))).toISOString(),
    ended_at: null,
  };
  await trx.insertInto('look_along_sessions').values(row).execute();
  return row;
}

export async function findLookAlong(db: Db, id: string): Promise<Row> {
  const row = await db.selectFrom('look_along_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Meekijksessie');
  return row;
}

/**
 * The check in front of every call made on the customer's behalf (C3) and of every staff call that names
 * a look-along session in X-Look-Along-Session:
 * - header missing (when required) → 403 forbidden, details.reason "look_along_required";
 * - unknown session, another staff member's, or another customer's → 403 forbidden (reason
 *   "look_along_mismatch"): the audit entry must never carry a session that does not belong to the call;
 * - ended → 409 conflict (reason "look_along_ended"); expired → 409 conflict (reason "look_along_expired").
 * A live session is extended by the session time-out on each use (the same idle rule as staff sessions).
 */
export async function assertLookAlong(
  req: FastifyRequest,
  trx: Db,
  customerNumber: string,
  opts: { required: boolean },
): Promise<string | null> {
  const staff = req.staff;
  if (!staff) throw new ApiError('unauthenticated', 'Niet ingelogd');
  const id = staff.lookAlongSessionId;
  if (id === null) {
    const sent = req.headers['x-look-along-session'];
    if (sent !== undefined || opts.required) {
      throw new ApiError('forbidden', 'Deze handeling kan alleen binnen een meekijksessie met deze klant (header X-Look-Along-Session).', {
        reason: 'look_along_required',
      });
    }
    return null;
  }
  const row = await trx.selectFrom('look_along_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.staff_id !== staff.id || row.customer_number !== customerNumber) {
    throw new ApiError('forbidden', 'Deze meekijksessie hoort niet bij u of niet bij deze klant.', { reason: 'look_along_mismatch' });
  }
  const now = req.server.ctx.clock.now();
  if (row.ended_at !== null) throw conflict('De meekijksessie is beëindigd; start een nieuwe.', { reason: 'look_along_ended' });
  if (row.expires_at <= now.toISOString()) {
    throw conflict('De meekijksessie is verlopen; start een nieuwe.', { reason: 'look_along_expired', expiredAt: row.expires_at });
  }
  const expiresAt = new Date(now.getTime() + (await timeoutMs(trx))).toISOString();
  await trx.updateTable('look_along_sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
  return id;
}
