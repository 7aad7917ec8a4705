import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { ApiError } from '../errors';

/** A limit: at most `max` attempts per key within `windowMs` (a fixed window from the first attempt). */
export interface AttemptRule {
  /** Prefix of the key, so that rules never share a counter. */
  name: string;
  max: number;
  windowMs: number;
}

const MINUTE = 60_000;

/**
 * The limits of the unauthenticated doors. The tight staff limit is per (address, username), so one
 * colleague's typos never lock out an office behind one address; the address ceiling is higher.
 */
export const limits = {
  staffUser: { name: 'staff-user', max: 5, windowMs: 5 * MINUTE },
  staffAddress: { name: 'staff-addr', max: 20, windowMs: 5 * MINUTE },
  tenantAddress: { name: 'tenant-addr', max: 30, windowMs: 10 * MINUTE },
  registrationAddress: { name: 'reg-addr', max: 20, windowMs: 10 * MINUTE },
  registrationCustomer: { name: 'reg-cust', max: 10, windowMs: 60 * MINUTE },
  /** Confirmation links and one-time links: tokens are unguessable, this only stops a flood from one address. */
  linkAddress: { name: 'link-addr', max: 30, windowMs: 10 * MINUTE },
} as const satisfies Record<string, AttemptRule>;

export interface AttemptCount {
  key: string;
  allowed: boolean;
  retryAfterSeconds: number;
}

// Expired windows are deleted now and then, so the table stays as small as the traffic of one window.
const PURGE_EVERY = 200;
const LONGEST_WINDOW_MS = Math.max(...Object.values(limits).map((l) => l.windowMs));
let sincePurge = 0;

/**
 * Counts one attempt for `value` under `rule` and says whether it may go ahead. One upsert, made before the
 * password or code is checked: parallel guesses each take a place in the count, so no more than `max` of
 * them are ever evaluated (checking first and counting afterwards let 50 parallel guesses all through).
 */
export async function countAttempt(db: Kysely<DB>, rule: AttemptRule, value: string, now: Date): Promise<AttemptCount> {
  const key = `${rule.name}:${value}`;
  const nowIso = now.toISOString();
  const cutoff = new Date(now.getTime() - rule.windowMs).toISOString();
  if (++sincePurge >= PURGE_EVERY) {
    sincePurge = 0;
    await purgeAttempts(db, now);
  }
  const row = await db
    .insertInto('auth_attempts')
    .values({ key, window_start: nowIso, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const expired = eb('auth_attempts.window_start', '<=', cutoff);
        return {
          count: eb.case().when(expired).then(1).else(eb('auth_attempts.count', '+', 1)).end(),
          window_start: eb.case().when(expired).then(nowIso).else(eb.ref('auth_attempts.window_start')).end(),
        };
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  const endsAt = new Date(row.window_start).getTime() + rule.windowMs;
  const allowed = row.count <= rule.max;
  return { key, allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

/**
 * Counts one attempt under each rule in turn, the tightest first, and refuses with 429 and a Retry-After header
 * at the first rule past its limit; the later rules do not count a refused attempt (one person hammering one
 * username must not use up the ceiling of the whole office behind the address). Returns the counts, for a
 * refund on success.
 */
export async function admitAttempt(
  db: Kysely<DB>,
  now: Date,
  checks: ReadonlyArray<readonly [AttemptRule, string]>,
  reply: { header(name: string, value: string): unknown },
  message: (seconds: number) => string,
): Promise<AttemptCount[]> {
  const counts: AttemptCount[] = [];
  for (const [rule, value] of checks) {
    const count = await countAttempt(db, rule, value, now);
    if (!count.allowed) {
      reply.header('retry-after', String(count.retryAfterSeconds));
      throw new ApiError('rate_limited', message(count.retryAfterSeconds), { retryAfterSeconds: count.retryAfterSeconds });
    }
    counts.push(count);
  }
  return counts;
}

/** A successful attempt does not count against the key (e.g. a right password ends the series of typos). */
export async function forgetAttempts(db: Kysely<DB>, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.deleteFrom('auth_attempts').where('key', 'in', keys).execute();
}

/** Gives one attempt back (a success behind a shared address should not use up the office's ceiling). */
export async function refundAttempt(db: Kysely<DB>, key: string): Promise<void> {
  await db.updateTable('auth_attempts').set((eb) => ({ count: eb('count', '-', 1) })).where('key', '=', key).where('count', '>', 0).execute();
}

export async function purgeAttempts(db: Kysely<DB>, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - LONGEST_WINDOW_MS).toISOString();
  await db.deleteFrom('auth_attempts').where('window_start', '<=', cutoff).execute();
}
