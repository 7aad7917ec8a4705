import { sql, type Kysely } from 'kysely';
import { ATTENTION_FIRST_ROWS, attentionParts, type Attention } from '../../shared/api/attention';
import type { StaffRole } from '../../shared/api/staff';
import { maskIban } from '../../shared/domain/iban';
import { helpdeskWaitingStatuses } from '../../shared/domain/weborderStatus';
import { can } from '../../shared/roles';
import type { DB } from '../db/schema';
import { utcDayOf } from '../db/timeSql';
import { stuckCutoff } from '../accounts/stuckRequests';
import { overdueCutoff } from '../iban/ibanChangeStore';

const DAY_MS = 86_400_000;

/** The day after an instant's UTC day, `YYYY-MM-DD`. */
const nextUtcDay = (iso: string) => new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
const N = ATTENTION_FIRST_ROWS;
const count = (r: { n: string | number | bigint } | undefined) => Number(r?.n ?? 0);

/** Monday (UTC calendar date) of the week holding `day` (YYYY-MM-DD). */
export function weekStart(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

async function blockedAccounts(db: Kysely<DB>, nowIso: string): Promise<NonNullable<Attention['blockedAccounts']>> {
  // Two index ranges (both partial indexes of migration 001) rather than one OR that would scan the table.
  const manual = db.selectFrom('accounts').where('manually_blocked', '=', 1);
  const auto = db.selectFrom('accounts').where('auto_blocked_until', '>', nowIso).where('manually_blocked', '=', 0);
  const [m, a] = await Promise.all([
    manual.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    auto.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
  ]);
  const autoRows = await auto.select(['id', 'username', 'customer_number', 'auto_blocked_until']).orderBy('auto_blocked_until', 'desc').limit(N).execute();
  const manualRows = await manual.select(['id', 'username', 'customer_number']).orderBy('id', 'desc').limit(N).execute();
  const items = [
    ...autoRows.map((r) => ({ id: r.id, username: r.username, customerNumber: r.customer_number, kind: 'auto' as const, until: r.auto_blocked_until })),
    ...manualRows.map((r) => ({ id: r.id, username: r.username, customerNumber: r.customer_number, kind: 'manual' as const, until: null })),
  ].slice(0, N);
  return { count: count(m) + count(a), items };
}

async function stuckRequests(db: Kysely<DB>, now: Date): Promise<NonNullable<Attention['stuckRequests']>> {
  const stuck = db.selectFrom('account_requests').where('account_id', 'is', null).where('created_at', '<', stuckCutoff(now));
  const [c, rows] = await Promise.all([
    stuck.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    stuck.select(['id', 'customer_number', 'email', 'created_at']).orderBy('created_at').limit(N).execute(),
  ]);
  return { count: count(c), items: rows.map((r) => ({ id: r.id, customerNumber: r.customer_number, email: r.email, createdAt: r.created_at })) };
}

async function pendingIbanChanges(db: Kysely<DB>, now: Date): Promise<NonNullable<Attention['pendingIbanChanges']>> {
  const cutoff = overdueCutoff(now);
  const pending = db.selectFrom('iban_changes').where('status', '=', 'pending');
  const [c, o, rows] = await Promise.all([
    pending.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    pending.where('entered_at', '<', cutoff).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    db
      .selectFrom('iban_changes as i')
      .leftJoin('partners as p', (j) => j.onRef('p.id', '=', 'i.party_id').on('i.party', '=', 'partner'))
      .leftJoin('contracts as c', (j) => j.onRef('c.id', '=', 'i.party_id').on('i.party', '=', 'tenant'))
      .leftJoin('households as h', 'h.id', 'c.household_id')
      .select(['i.id', 'i.party', 'i.party_id', 'i.new_iban', 'i.entered_at', 'p.name as partner_name', 'h.name as household_name'])
      .where('i.status', '=', 'pending')
      .orderBy('i.entered_at')
      .limit(N)
      .execute(),
  ]);
  return {
    count: count(c),
    overdue: count(o),
    items: rows.map((r) => ({
      id: r.id,
      party: r.party === 'tenant' ? ('tenant' as const) : ('partner' as const),
      partyName: (r.party === 'partner' ? r.partner_name : r.household_name) ?? `${r.party} ${r.party_id}`,
      newIban: maskIban(r.new_iban),
      enteredAt: r.entered_at,
      overdue: r.entered_at < cutoff,
    })),
  };
}

/** Weborders waiting for the helpdesk (shared with the weborder list's filter "Wacht op de helpdesk"). */
const WAITING = helpdeskWaitingStatuses;

async function pendingWeborders(db: Kysely<DB>): Promise<NonNullable<Attention['pendingWeborders']>> {
  // One index walk per status (status, order_date, id) instead of sorting every waiting weborder.
  const [c, ...perStatus] = await Promise.all([
    db.selectFrom('weborders').where('status', 'in', [...WAITING]).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    ...WAITING.map((status) =>
      db
        .selectFrom('weborders as w')
        .innerJoin('partners as p', 'p.id', 'w.partner_id')
        .select(['w.id', 'w.name', 'w.status', 'w.order_date', 'w.total_cents', 'p.name as partner_name'])
        .where('w.status', '=', status)
        .orderBy('w.order_date')
        .orderBy('w.id')
        .limit(N)
        .execute(),
    ),
  ]);
  const rows = perStatus
    .flat()
    .sort((x, y) => x.order_date.localeCompare(y.order_date) || x.id - y.id)
    .slice(0, N);
  return {
    count: count(c),
    items: rows.map((r) => ({ id: r.id, name: r.name, status: r.status, partnerName: r.partner_name, orderDate: r.order_date, total: r.total_cents })),
  };
}

async function openWeborderRequests(db: Kysely<DB>): Promise<NonNullable<Attention['openWeborderRequests']>> {
  const [c, rows] = await Promise.all([
    db.selectFrom('weborder_requests').where('status', '=', 'open').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    db
      .selectFrom('weborder_requests as r')
      .innerJoin('partners as p', 'p.id', 'r.partner_id')
      .select(['r.id', 'r.teacher_name', 'r.event', 'r.created_at', 'p.name as partner_name'])
      .where('r.status', '=', 'open')
      .orderBy('r.created_at')
      .limit(N)
      .execute(),
  ]);
  return { count: count(c), items: rows.map((r) => ({ id: r.id, teacherName: r.teacher_name, event: r.event, partnerName: r.partner_name, createdAt: r.created_at })) };
}

/** Rows per day of a timestamp column in [from, to), read from its index. */
async function perDay(
  db: Kysely<DB>,
  table: 'accounts' | 'weborders',
  column: 'last_login_at' | 'created_at' | 'order_date',
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const day = utcDayOf(db, column);
  const rows = await db
    .selectFrom(table)
    .select([day.as('day'), (eb) => eb.fn.countAll().as('n')])
    .where(sql.ref(column), '>=', from)
    .where(sql.ref(column), '<', to)
    .groupBy(day)
    .execute();
  return new Map(rows.map((r) => [r.day, Number(r.n)]));
}

/**
 * The weekly activity counts ~100,000 index entries per series at a million households (90 days); weekly
 * figures need no second-by-second freshness, so each (period, series) result is kept for a minute per database.
 */
export const ACTIVITY_CACHE_MS = 60_000;
const activityCache = new WeakMap<Kysely<DB>, Map<string, { at: number; value: NonNullable<Attention['activity90d']> }>>();

async function activity(db: Kysely<DB>, roles: readonly StaffRole[], from: Date, to: Date, days: number): Promise<NonNullable<Attention['activity90d']>> {
  const accounts = can(roles, 'accounts.read');
  const weborders = can(roles, 'weborders.read');
  const cache = activityCache.get(db) ?? new Map();
  activityCache.set(db, cache);
  const key = `${days}|${accounts}|${weborders}`;
  const hit = cache.get(key);
  if (hit && to.getTime() - hit.at < ACTIVITY_CACHE_MS && to.getTime() >= hit.at) return hit.value;
  const value = await countActivity(db, accounts, weborders, from, to);
  cache.set(key, { at: to.getTime(), value });
  return value;
}

async function countActivity(db: Kysely<DB>, accounts: boolean, weborders: boolean, from: Date, to: Date): Promise<NonNullable<Attention['activity90d']>> {
  const [f, t] = [from.toISOString(), to.toISOString()];
  const [signIns, created, orders] = await Promise.all([
    accounts ? perDay(db, 'accounts', 'last_login_at', f, t) : null,
    accounts ? perDay(db, 'accounts', 'created_at', f, t) : null,
    // Whole UTC days of orders: from the first day's midnight up to the midnight after the last (a date-only bound is
    // midnight UTC on PostgreSQL, and sorts before that day's instants as text on SQLite).
    weborders ? perDay(db, 'weborders', 'order_date', f.slice(0, 10), nextUtcDay(t)) : null,
  ]);
  const weeks = new Map<string, { signIns: number | null; newAccounts: number | null; weborders: number | null }>();
  for (let d = new Date(from); d <= to; d = new Date(d.getTime() + 7 * DAY_MS)) {
    weeks.set(weekStart(d.toISOString().slice(0, 10)), { signIns: signIns && 0, newAccounts: created && 0, weborders: orders && 0 });
  }
  weeks.set(weekStart(t.slice(0, 10)), { signIns: signIns && 0, newAccounts: created && 0, weborders: orders && 0 });
  const add = (m: Map<string, number> | null, key: 'signIns' | 'newAccounts' | 'weborders') => {
    if (!m) return;
    for (const [day, n] of m) {
      const w = weeks.get(weekStart(day));
      if (w) w[key] = (w[key] ?? 0) + n;
    }
  };
  add(signIns, 'signIns');
  add(created, 'newAccounts');
  add(orders, 'weborders');
  const items = [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([weekStart, w]) => ({ weekStart, ...w }));
  return { count: items.length, items };
}

/** The attention overview for these roles: each part only where the roles give its capability (else null). */
export async function attentionOverview(db: Kysely<DB>, roles: readonly StaffRole[], now: Date, days: number): Promise<Attention> {
  const may = (part: keyof typeof attentionParts) => can(roles, attentionParts[part]);
  const nowIso = now.toISOString();
  const from = new Date(now.getTime() - days * DAY_MS);
  const [blocked, stuck, iban, weborders, requests, act] = await Promise.all([
    may('blockedAccounts') ? blockedAccounts(db, nowIso) : null,
    may('stuckRequests') ? stuckRequests(db, now) : null,
    may('pendingIbanChanges') ? pendingIbanChanges(db, now) : null,
    may('pendingWeborders') ? pendingWeborders(db) : null,
    may('openWeborderRequests') ? openWeborderRequests(db) : null,
    may('activity90d') ? activity(db, roles, from, now, days) : null,
  ]);
  return {
    generatedAt: nowIso,
    from: from.toISOString(),
    to: nowIso,
    blockedAccounts: blocked,
    stuckRequests: stuck,
    pendingIbanChanges: iban,
    pendingWeborders: weborders,
    openWeborderRequests: requests,
    activity90d: act,
  };
}
