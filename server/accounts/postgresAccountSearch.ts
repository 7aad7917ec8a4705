import type pg from 'pg';
import type { AccountListQuery } from '../../shared/api/accounts';
import { SEARCH_SEPARATOR } from '../db/migrations/postgres/002_account_search';
import { postgresRunner, type SqlArg, type SqlRunner } from '../db/sqlRunner';
import { nameWordBound } from '../db/nameWords';
import { docHolds, trigramPhrase } from '../db/trigramPhrase';
import type { AccountSearchIndex, AccountSearchResult, HouseholdIdentity } from './accountSearch';
import { accountColumns, type AccountListRow } from './accountRow';
import { COUNT_CAP, CUSTOMER_NUMBER_PREFIX, prefixEnd, searchFrame, sortColumns, TEXT_COUNT_CAP, WHOLE_CUSTOMER_NUMBER, type Plan } from './accountSearchPlan';

/**
 * The PostgreSQL implementation of the account lookup: the same access paths, caps and order as
 * SqliteAccountSearch, with the pg_trgm index of migration postgres/002 where SQLite has FTS5:
 *  - a whole customer number → point lookup; a customer-number prefix → range on the "C"-collated index;
 *  - 1–2 characters → prefix ranges on customer number, username (citext) and e-mail;
 *  - 3+ characters → every word of 3+ characters must occur in the account's folded search document (its key
 *    under the GIN trigram index, server/db/trigramPhrase.ts): the same rows as the FTS5 phrases AND-ed.
 * Statements are prepared once per connection (named), as SQLite prepares them once; the common text lookup
 * (`textPage`) too, its terms folded once per call in the statement. The rarer text paths (a status filter, a
 * sort) are planned per call (SqlRunner.allPlannedPerCall), so the planner sees the folded term.
 */
const NULLABLE_SORTS = new Set<NonNullable<AccountListQuery['sort']>>(['customerNumber', 'confirmedAt', 'lastLoginAt']);

/** Words of 3+ characters (as the FTS5 query takes them); the separator character is never searched for. */
export function searchWords(q: string): string[] {
  return q
    .replaceAll(SEARCH_SEPARATOR, '')
    .split(/\s+/)
    .filter((w) => [...w].length >= 3);
}

/** A plan, and for 1–2 characters the set of matching ids on its own (counted and paged without the accounts). */
type PgPlan = Plan<SqlArg> & { idSet?: { sql: string; params: SqlArg[] }; point?: boolean };

function textPlan(q: string, rangeLimit: number): PgPlan {
  const none: PgPlan = { kind: 'index', from: 'accounts a', where: [], params: [], defaultOrder: 'a.id', countCap: COUNT_CAP };
  if (q === '') return none;
  if (WHOLE_CUSTOMER_NUMBER.test(q)) return { ...none, where: ['a.customer_number = ?'], params: [q.toUpperCase()], point: true };
  if (CUSTOMER_NUMBER_PREFIX.test(q)) {
    const p = q.toUpperCase();
    return { ...none, where: ['a.customer_number >= ? AND a.customer_number < ?'], params: [p, prefixEnd(p)] };
  }
  const words = [...q].length >= 3 ? searchWords(q) : [];
  if (words.length > 0) {
    const parts = words.map((w) => trigramPhrase('s.doc', w));
    return {
      kind: 'fts',
      from: 'account_search s JOIN accounts a ON a.id = s.account_id',
      where: parts.map((p) => p.sql),
      params: parts.flatMap((p) => p.params),
      defaultOrder: 's.account_id',
      countCap: TEXT_COUNT_CAP,
    };
  }
  const lower = q.toLowerCase();
  const range = (col: string) => `(SELECT id FROM accounts WHERE ${col} >= ? AND ${col} < ? ORDER BY ${col} LIMIT ${rangeLimit})`;
  const union = `${range('customer_number')} UNION ALL ${range('username')} UNION ALL ${range('email')}`;
  const params = [q.toUpperCase(), prefixEnd(q.toUpperCase()), q, prefixEnd(q), lower, prefixEnd(lower)];
  return {
    ...none,
    where: [`a.id IN (${union})`],
    params,
    countCap: TEXT_COUNT_CAP,
    idSet: { sql: `SELECT DISTINCT id FROM (${union}) r`, params },
  };
}


export class PostgresAccountSearch implements AccountSearchIndex {
  private readonly run: SqlRunner;
  constructor(pool: pg.Pool) {
    this.run = postgresRunner(pool);
  }

  async search(query: AccountListQuery, now: Date): Promise<AccountSearchResult> {
    const { offset, plan, limit, status, params, whereSql, dir } = searchFrame(textPlan, query, now);
    const cols = accountColumns.map((c) => `a.${c}`).join(', ');
    // SQLite sorts NULL before every value; PostgreSQL after: say it for the nullable sort keys (whose indexes are
    // NULLS FIRST), so both engines list alike. Not for NOT NULL keys: the clause would keep their index unused.
    const nulls = query.sort && NULLABLE_SORTS.has(query.sort) ? (dir === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST') : '';
    const orderSql = query.sort
      ? `ORDER BY ${sortColumns[query.sort]} ${dir} ${nulls}, a.id ${dir}`
      : `ORDER BY ${plan.defaultOrder} ${dir}`;
    // 1–2 characters in id order: the prefix ranges' ids are the matches themselves (every one an account), so
    // they are counted and paged once, as a set; the accounts are read for the page only. Through the generic
    // path the planner checked each id against the accounts and walked them in id order to the page.
    if (plan.idSet && !status && !query.sort) return this.idSetPage(plan.idSet, { limit, offset, pageSize: query.pageSize, dir, cols });
    // A text lookup needs the documents only (one per account, by the foreign key) to count and, in the default
    // order, to pick the page: the accounts are joined for the page's 25 rows, not for every match (a common name
    // matches thousands, each an index lookup and then a sort).
    const docsOnly = plan.kind === 'fts' && !status;
    if (docsOnly && !query.sort) return this.textPage(searchWords((query.q ?? '').trim()), { limit, offset, pageSize: query.pageSize, dir, cols });
    const countFrom = docsOnly ? 'account_search s' : plan.from;
    const counted = `SELECT count(*)::int FROM (SELECT 1 FROM ${countFrom} ${whereSql} LIMIT ?) c`;
    const rowsSqlWith = (extra: string) =>
      plan.kind === 'fts' && !query.sort
        ? `SELECT ${cols}${extra} FROM accounts a JOIN (SELECT s.account_id FROM ${countFrom} ${whereSql} ORDER BY s.account_id ${dir} LIMIT ? OFFSET ?) p
             ON p.account_id = a.id ORDER BY a.id ${dir}`
        : `SELECT ${cols}${extra} FROM ${plan.from} ${whereSql} ${orderSql} LIMIT ? OFFSET ?`;
    const planned = plan.kind === 'fts';
    if (plan.point) {
      // A whole customer number: a handful of rows at most, so the count rides along as a column (an uncorrelated
      // subquery, run once): one round trip. Where the count may walk 10,000 index entries (a prefix, no term at
      // all, a status) it runs beside the page on a second connection instead, as the page does not wait for it.
      const { rows, households } = await this.rowsWithHouseholds<{ kcc_found: number }>(
        rowsSqlWith(`, (${counted}) AS kcc_found`),
        [...params, limit + 1, ...params, query.pageSize, offset],
        planned,
      );
      return cappedPage(rows, households, limit, offset, () => this.count(counted, [...params, limit + 1], planned));
    }
    const [{ rows, households }, n] = await Promise.all([
      this.rowsWithHouseholds(rowsSqlWith(''), [...params, query.pageSize, offset], planned),
      this.count(counted, [...params, limit + 1], planned),
    ]);
    return { rows, total: Math.min(n, limit), totalCapped: n > limit, households };
  }

  private async count(sql: string, args: SqlArg[], planned: boolean): Promise<number> {
    // A text term is planned per call (SqlRunner.allPlannedPerCall); the index paths keep their prepared plans.
    const found = planned ? await this.run.allPlannedPerCall<{ count: number }>(sql, ...args) : await this.run.all<{ count: number }>(sql, ...args);
    return found[0]?.count ?? 0;
  }

  /**
   * A text lookup in id order without a status filter, the common case, in one statement. The trigram index hands
   * out matches unordered, and the planner cannot tell a rare term from a common one, so: first up to limit + 1
   * matching ids from the index (the count). Up to the cap that is every match — sort them, take the page. Past
   * it, the term is common, and walking the documents in id order finds the page's rows after a few thousand (as
   * FTS5 streams rowids), where sorting every match cost a heap visit each (1 M households, "haddou": 86 → 1.6 ms).
   * Which of the two runs is decided inside the statement: each branch is gated by the count (a condition without
   * columns becomes a one-time filter, so the other branch is never executed). The walk checks the documents
   * themselves (exact, `docHolds`), not the index key.
   */
  private async textPage(
    words: string[],
    o: { limit: number; offset: number; pageSize: number; dir: 'ASC' | 'DESC'; cols: string },
  ): Promise<AccountSearchResult> {
    // Prepared once per shape (SqlRunner.all): the words are parameters whose folding runs once per call
    // (trigramPhrase, `prepared`); the limits are integers of ours, written into the text, so the plan knows them.
    const ints = [o.limit, o.pageSize, o.offset];
    if (!ints.every((n) => Number.isInteger(n) && n >= 0)) throw new Error(`limits ${ints.join(', ')}`);
    const found = words.map((w) => trigramPhrase('s.doc', w, { prepared: true }));
    const walk = words.map((w) => docHolds('s.doc', w, { prepared: true }));
    const whereSql = `WHERE ${found.map((p) => p.sql).join(' AND ')}`;
    // One word: a common name is told by its words (nameWords.ts) and not counted; then `f` never runs.
    const bound = nameWordBound('account', words, o.limit + 101);
    const { rows, households } = await this.rowsWithHouseholds<{ kcc_found: number }>(
      `WITH lb AS MATERIALIZED (${bound.sql}),
         f AS MATERIALIZED (SELECT s.account_id AS id FROM account_search s ${whereSql} AND (SELECT n FROM lb) <= ${o.limit} LIMIT ${o.limit + 1}),
         n AS MATERIALIZED (SELECT CASE WHEN (SELECT n FROM lb) > ${o.limit} THEN ${o.limit + 1} ELSE (SELECT count(*)::int FROM f) END AS n),
         p AS ((SELECT id FROM f WHERE (SELECT n FROM n) <= ${o.limit} ORDER BY id ${o.dir} LIMIT ${o.pageSize} OFFSET ${o.offset})
           UNION ALL
           (SELECT s.account_id FROM (SELECT account_id, doc FROM account_search ORDER BY account_id ${o.dir} OFFSET 0) s
             WHERE ${walk.map((w) => w.sql).join(' AND ')} AND (SELECT n FROM n) > ${o.limit} LIMIT ${o.pageSize} OFFSET ${o.offset}))
       SELECT ${o.cols}, (SELECT n FROM n) AS kcc_found FROM accounts a JOIN p ON p.id = a.id ORDER BY a.id ${o.dir}`,
      [...bound.params, ...found.flatMap((p) => p.params), ...walk.flatMap((w) => w.params)],
      false,
    );
    return cappedPage(rows, households, o.limit, o.offset, () =>
      this.count(`SELECT count(*)::int FROM (SELECT 1 FROM account_search s ${whereSql} LIMIT ?) c`, [...found.flatMap((p) => p.params), o.limit + 1], false),
    );
  }

  private async idSetPage(
    idSet: { sql: string; params: SqlArg[] },
    o: { limit: number; offset: number; pageSize: number; dir: 'ASC' | 'DESC'; cols: string },
  ): Promise<AccountSearchResult> {
    const { rows, households } = await this.rowsWithHouseholds<{ kcc_found: number }>(
      `WITH m AS MATERIALIZED (${idSet.sql})
       SELECT ${o.cols}, (SELECT count(*)::int FROM m) AS kcc_found
       FROM accounts a JOIN (SELECT id FROM m ORDER BY id ${o.dir} LIMIT ? OFFSET ?) p ON p.id = a.id ORDER BY a.id ${o.dir}`,
      [...idSet.params, o.pageSize, o.offset],
      false,
    );
    return cappedPage(rows, households, o.limit, o.offset, () => this.count(`SELECT count(*)::int FROM (${idSet.sql}) m`, idSet.params, false));
  }

  /**
   * The page's rows with their households' name and address in the same statement: one round trip fewer per
   * lookup than asking for the households after the rows (on a loaded machine each round trip through node-pg
   * costs about as much as the search itself). The numbering keeps the page's order through the join.
   */
  private async rowsWithHouseholds<E extends object = object>(
    rowsSql: string,
    args: SqlArg[],
    planned: boolean,
  ): Promise<{ rows: (AccountListRow & E)[]; households: Map<string, HouseholdIdentity> }> {
    const sql = `SELECT p.*, h.customer_number AS kcc_hh_number, h.name AS kcc_hh_name,
        h.corr_street || ' ' || h.corr_house_number || h.corr_house_number_addition || ', ' || h.corr_postcode || ' ' || h.corr_city AS kcc_hh_address
      FROM (SELECT q.*, row_number() OVER () AS kcc_page_ord FROM (${rowsSql}) q) p
      LEFT JOIN households h ON h.customer_number = p.customer_number
      ORDER BY p.kcc_page_ord`;
    interface Added {
      kcc_hh_number: string | null;
      kcc_hh_name: string | null;
      kcc_hh_address: string;
      kcc_page_ord: string;
    }
    const joined = planned
      ? await this.run.allPlannedPerCall<AccountListRow & E & Added>(sql, ...args)
      : await this.run.all<AccountListRow & E & Added>(sql, ...args);
    const households = new Map<string, HouseholdIdentity>();
    const rows = joined.map((j) => {
      if (j.kcc_hh_number !== null && j.kcc_hh_name !== null) households.set(j.kcc_hh_number, { name: j.kcc_hh_name, addressLine: j.kcc_hh_address });
      // The added columns are not the account's: dropped from the row.
      const row: AccountListRow & E & Partial<Added> = { ...j };
      delete row.kcc_hh_number;
      delete row.kcc_hh_name;
      delete row.kcc_hh_address;
      delete row.kcc_page_ord;
      return row;
    });
    return { rows, households };
  }
}

/**
 * A page whose rows carry the match count (`kcc_found`, not the account's: dropped from the rows). A page past the
 * last match has no row to carry it: then it is asked for alone (`ask`); on page 1 there is none.
 */
async function cappedPage(
  found: (AccountListRow & { kcc_found: number })[],
  households: Map<string, HouseholdIdentity>,
  limit: number,
  offset: number,
  ask: () => Promise<number>,
): Promise<AccountSearchResult> {
  const n = found[0]?.kcc_found ?? (offset === 0 ? 0 : await ask());
  const rows = found.map(({ kcc_found: _n, ...row }) => row);
  return { rows, total: Math.min(n, limit), totalCapped: n > limit, households };
}
