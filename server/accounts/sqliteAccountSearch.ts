import type Database from 'better-sqlite3';
import type { AccountListQuery } from '../../shared/api/accounts';
import type { AccountSearchIndex, AccountSearchResult, HouseholdIdentity } from './accountSearch';
import { accountColumns, type AccountListRow } from './accountRow';
import { COUNT_CAP, CUSTOMER_NUMBER_PREFIX, prefixEnd, searchFrame, sortColumns, TEXT_COUNT_CAP, WHOLE_CUSTOMER_NUMBER, type Plan } from './accountSearchPlan';

/**
 * The SQLite implementation of the account lookup (see AccountSearchIndex), for up to a million accounts as
 * the staff member types. FTS5 trigram index plus raw prepared statements, each prepared once per instance.
 * Access paths, cheapest first:
 *  - "HM-000123" (a whole customer number)  → point lookup on accounts.customer_number
 *  - "HM-00", "hm-0001" (a customer-number prefix) → index range on accounts.customer_number
 *  - 1–2 characters → prefix ranges on the customer-number, username and e-mail indexes
 *  - 3+ characters → FTS5 trigram phrase per word (AND) over customer number, e-mail, username,
 *    household name and correspondence address: prefix and substring alike; words under 3 characters
 *    are left out of such a query (they cannot be trigram-matched; the other words narrow enough).
 * Status filters use the partial indexes of migration 001. Order: by id unless a sort is asked (then
 * `col, id`, both directions, index-backed when there is no text/status filter).
 * `total` counts at most max(cap, end of the requested page) + 1 rows — cap 10,000 for index paths (status
 * filters, customer numbers, no filter), 1,000 for text lookups: exact below that, otherwise `totalCapped`
 * says "at least this many" — enough for the grid to offer the next page, and no keystroke ever counts a
 * million rows. 1–2 character terms take at most that many rows from each of the three prefix ranges (in
 * index order), so "j" answers at once with a capped total.
 */

/** Words of 3+ characters as FTS5 phrases, ANDed; null when no word is long enough. */
export function ftsQuery(q: string): string | null {
  const words = q.split(/\s+/).filter((w) => [...w].length >= 3);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
}

function textPlan(q: string, rangeLimit: number): Plan<string | number> {
  const none: Plan<string | number> = { kind: 'index', from: 'accounts a', where: [], params: [], defaultOrder: 'a.id', countCap: COUNT_CAP };
  if (q === '') return none;
  if (WHOLE_CUSTOMER_NUMBER.test(q)) {
    return { ...none, where: ['a.customer_number = ?'], params: [q.toUpperCase()] };
  }
  if (CUSTOMER_NUMBER_PREFIX.test(q)) {
    const p = q.toUpperCase();
    return { ...none, where: ['a.customer_number >= ? AND a.customer_number < ?'], params: [p, prefixEnd(p)] };
  }
  const fts = [...q].length >= 3 ? ftsQuery(q) : null;
  if (fts !== null) {
    return {
      kind: 'fts',
      from: 'account_search JOIN accounts a ON a.id = account_search.rowid',
      where: ['account_search MATCH ?'],
      params: [fts],
      defaultOrder: 'account_search.rowid',
      countCap: TEXT_COUNT_CAP,
    };
  }
  // Short terms: prefix ranges on the three indexed columns (username's index is NOCASE; e-mails are lower case).
  const p = q;
  const lower = q.toLowerCase();
  const range = (col: string) => `SELECT id FROM (SELECT id FROM accounts WHERE ${col} >= ? AND ${col} < ? LIMIT ${rangeLimit})`;
  return {
    ...none,
    where: [`a.id IN (${range('customer_number')} UNION ALL ${range('username')} UNION ALL ${range('email')})`],
    params: [p.toUpperCase(), prefixEnd(p.toUpperCase()), p, prefixEnd(p), lower, prefixEnd(lower)],
    countCap: TEXT_COUNT_CAP,
  };
}


export class SqliteAccountSearch implements AccountSearchIndex {
  private readonly statements = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Synchronous on purpose: better-sqlite3 answers in microseconds, an await per call would only add latency. */
  search(query: AccountListQuery, now: Date): AccountSearchResult {
    const { offset, plan, limit, status, params, whereSql, dir } = searchFrame(textPlan, query, now);
    const cols = accountColumns.map((c) => `a.${c}`).join(', ');
    const ftsOnly = plan.kind === 'fts' && !status;

    let rows: AccountListRow[];
    if (ftsOnly && !query.sort) {
      // Page through the FTS rowids alone, then fetch just the page's accounts: deep pages skip rowids,
      // not joined rows.
      rows = this.stmt(
        `SELECT ${cols} FROM accounts a WHERE a.id IN (SELECT rowid FROM account_search WHERE account_search MATCH ?
          ORDER BY rowid ${dir} LIMIT ? OFFSET ?) ORDER BY a.id ${dir}`,
      ).all(...params, query.pageSize, offset) as AccountListRow[];
    } else {
      const orderSql = query.sort
        ? `ORDER BY ${sortColumns[query.sort]} ${dir}, a.id ${dir}`
        : `ORDER BY ${plan.defaultOrder} ${dir}`;
      rows = this.stmt(`SELECT ${cols} FROM ${plan.from} ${whereSql} ${orderSql} LIMIT ? OFFSET ?`).all(
        ...params,
        query.pageSize,
        offset,
      ) as AccountListRow[];
    }

    const countSql = ftsOnly
      ? 'SELECT count(*) AS n FROM (SELECT 1 FROM account_search WHERE account_search MATCH ? LIMIT ?)'
      : `SELECT count(*) AS n FROM (SELECT 1 FROM ${plan.from} ${whereSql} LIMIT ?)`;
    const counted = (this.stmt(countSql).get(...params, limit + 1) as { n: number }).n;
    return { rows, total: Math.min(counted, limit), totalCapped: counted > limit, households: this.households(rows) };
  }

  /**
   * Name and address per customer number of the page's rows: one unique-index lookup per row after the search,
   * so the search itself (and its count) stays a scan of the accounts and the FTS index alone.
   */
  private households(rows: readonly AccountListRow[]): Map<string, HouseholdIdentity> {
    const numbers = [...new Set(rows.map((r) => r.customer_number).filter((n): n is string => n !== null))];
    const found = new Map<string, HouseholdIdentity>();
    if (numbers.length === 0) return found;
    const list = this.stmt(
      `SELECT customer_number AS customerNumber, name,
        corr_street || ' ' || corr_house_number || corr_house_number_addition || ', ' || corr_postcode || ' ' || corr_city AS addressLine
       FROM households WHERE customer_number IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(numbers)) as (HouseholdIdentity & { customerNumber: string })[];
    for (const h of list) found.set(h.customerNumber, { name: h.name, addressLine: h.addressLine });
    return found;
  }
}
