import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { List } from '../../shared/api/common';
import type { Weborder, WeborderDetail, WeborderFilter, WeborderListQuery, WeborderSortField } from '../../shared/api/weborders';
import { helpdeskWaitingStatuses } from '../../shared/domain/weborderStatus';
import type { DB } from '../db/schema';
import { likePattern } from '../db/likePattern';
import { notFound } from '../errors';
import { historyOf, selectWeborders, toWeborder, type Db } from './weborderRows';

type W = { w: DB['weborders'] };

const sortColumn: Record<WeborderSortField, 'w.order_date' | 'w.id' | 'w.name' | 'w.status' | 'w.school_number' | 'w.budget_holder' | 'w.persons' | 'w.total_cents'> = {
  orderDate: 'w.order_date',
  id: 'w.id',
  name: 'w.name',
  status: 'w.status',
  schoolNumber: 'w.school_number',
  budgetHolder: 'w.budget_holder',
  persons: 'w.persons',
  total: 'w.total_cents',
};

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The list's filters on `weborders as w`; each one an indexed column where the list is measured. */
export function applyFilter<O>(qb: SelectQueryBuilder<DB & W, 'w', O>, f: WeborderFilter): SelectQueryBuilder<DB & W, 'w', O> {
  let q = qb;
  if (f.status) q = q.where('w.status', '=', f.status);
  if (f.waitingFor === 'helpdesk') q = q.where('w.status', 'in', [...helpdeskWaitingStatuses]);
  if (f.partnerId) q = q.where('w.partner_id', '=', f.partnerId);
  if (f.schoolNumber) {
    const schoolNumber = f.schoolNumber;
    q = q.where('w.school_id', '=', (eb: ExpressionBuilder<DB & W, 'w'>) => eb.selectFrom('schools').select('schools.id').where('schools.school_number', '=', schoolNumber));
  }
  if (f.from) q = q.where('w.order_date', '>=', f.from);
  if (f.to) q = q.where('w.order_date', '<', nextDay(f.to));
  if (f.q) {
    const pattern = likePattern(f.q);
    const id = /^\d{1,12}$/.test(f.q) ? Number(f.q) : null;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(w.name)`, 'like', sql`${pattern} ESCAPE '\\'`),
        eb(sql`lower(w.event)`, 'like', sql`${pattern} ESCAPE '\\'`),
        ...(id !== null ? [eb('w.id', '=', id)] : []),
      ]),
    );
  }
  return q;
}

/**
 * One page of weborders. The page's ids come from the filter's index alone (a covering scan, also deep pages),
 * then only those rows are read and joined with their school and partner.
 */
export async function listWeborders(db: Db, query: WeborderListQuery): Promise<List<Weborder>> {
  const { page, pageSize, sort } = query;
  const desc = sort.startsWith('-');
  const column = sortColumn[(desc ? sort.slice(1) : sort) as WeborderSortField];
  const direction = desc ? 'desc' : 'asc';
  const base = applyFilter(db.selectFrom('weborders as w'), query);
  const ids = base
    .select('w.id')
    .orderBy(column, direction)
    .orderBy('w.id', direction)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [rows, count] = await Promise.all([
    selectWeborders(db).where('w.id', 'in', ids).orderBy(column, direction).orderBy('w.id', direction).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toWeborder), total: Number(count.n), page, pageSize };
}

export async function getWeborder(db: Db, id: number): Promise<WeborderDetail> {
  const row = await selectWeborders(db).where('w.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Weborder');
  return { ...toWeborder(row), history: await historyOf(db, id) };
}

/** Weborders of the same partner, school and event on the same day (UTC) as `desiredAt`. */
export async function findDuplicates(
  db: Db,
  d: { partnerId: number; schoolNumber: string; event: string; desiredAt: string },
  exceptId?: number,
): Promise<Weborder[]> {
  const day = d.desiredAt.slice(0, 10);
  let q = selectWeborders(db)
    .where('w.partner_id', '=', d.partnerId)
    .where('s.school_number', '=', d.schoolNumber)
    .where('w.desired_at', '>=', day)
    .where('w.desired_at', '<', nextDay(day))
    .where((eb) => eb(eb.fn('lower', ['w.event']), '=', d.event.trim().toLowerCase()))
    .where('w.status', '!=', 'rejected');
  if (exceptId) q = q.where('w.id', '!=', exceptId);
  return (await q.orderBy('w.id').limit(20).execute()).map(toWeborder);
}
