import type { AccountListQuery } from '../../shared/api/accounts';
import { statusFilter } from './accountStatusFilter';

/**
 * What both engines' account lookups share: the caps, the sort columns, the customer-number patterns and how a
 * plan's text clause and the status filter become one WHERE. Each engine makes its own plan (FTS5 / pg_trgm).
 */
export const COUNT_CAP = 10_000;
/** Text lookups count less: a trigram phrase costs more per row, and as-you-type needs no exact "7.664". */
export const TEXT_COUNT_CAP = 1_000;

export const sortColumns: Record<NonNullable<AccountListQuery['sort']>, string> = {
  customerNumber: 'a.customer_number',
  email: 'a.email',
  username: 'a.username',
  confirmedAt: 'a.confirmed_at',
  lastLoginAt: 'a.last_login_at',
};

export const WHOLE_CUSTOMER_NUMBER = /^HM-\d{6,}$/i;
export const CUSTOMER_NUMBER_PREFIX = /^HM(-\d*)?$/i;

export interface Plan<P> {
  kind: 'index' | 'fts';
  from: string;
  where: string[];
  params: P[];
  /** Column to order by when no sort is asked (SQLite: the FTS rowid streams in order without a sort). */
  defaultOrder: string;
  /** Rows counted at most (before the page end is taken into account). */
  countCap: number;
}

/** The smallest string greater than every string starting with `prefix` (for index range scans). */
export function prefixEnd(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/** The page's offset, the rows to count, and the plan's clauses with the status filter ANDed on. */
export function searchFrame<T extends Plan<unknown>>(
  makePlan: (q: string, rangeLimit: number) => T,
  query: AccountListQuery,
  now: Date,
) {
  const offset = (query.page - 1) * query.pageSize;
  // Short terms: rows per prefix range, enough for the cap and the requested page.
  const plan = makePlan((query.q ?? '').trim(), Math.max(TEXT_COUNT_CAP, offset + query.pageSize) + 1);
  const limit = Math.max(plan.countCap, offset + query.pageSize);
  const status = statusFilter(query.status, now.toISOString());
  const where = [...plan.where];
  const params: (T['params'][number] | string)[] = [...plan.params];
  if (status) {
    where.push(status.sql);
    params.push(...status.params);
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const dir: 'ASC' | 'DESC' = query.order === 'desc' ? 'DESC' : 'ASC';
  return { offset, plan, limit, status, params, whereSql, dir };
}
