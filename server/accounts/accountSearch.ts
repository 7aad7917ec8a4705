import type { AccountList, AccountListQuery } from '../../shared/api/accounts';
import type { Store } from '../db/connection';
import { toAccount, type AccountListRow } from './accountRow';
import { PostgresAccountSearch } from './postgresAccountSearch';
import { SqliteAccountSearch } from './sqliteAccountSearch';

export interface AccountSearchResult {
  rows: AccountListRow[];
  /** Exact unless `totalCapped`; then "at least this many" (counting stops early so typing stays fast). */
  total: number;
  totalCapped: boolean;
  /** Name and address of the households of `rows` (by customer number): looked up for the page rows only. */
  households: ReadonlyMap<string, HouseholdIdentity>;
}

export interface HouseholdIdentity {
  name: string;
  addressLine: string;
}

/**
 * The staff lookup of accounts by customer number, e-mail, username, household name or address (prefix or any
 * part), with status filter, sort and paging. Each database engine brings its own implementation (SQLite: FTS5
 * trigram, see SqliteAccountSearch; PostgreSQL: pg_trgm, see PostgresAccountSearch); the routes only see this.
 */
export interface AccountSearchIndex {
  /** An engine may answer synchronously (SQLite does, it is the hot path) or asynchronously. */
  search(query: AccountListQuery, now: Date): AccountSearchResult | Promise<AccountSearchResult>;
}

// One index per open database: its prepared statements are made once, not per request.
const indexes = new WeakMap<Store, AccountSearchIndex>();

export function accountSearchIndex(store: Store): AccountSearchIndex {
  let index = indexes.get(store);
  if (!index) {
    index = store.engine === 'sqlite' ? new SqliteAccountSearch(store.sqlite) : new PostgresAccountSearch(store.pool);
    indexes.set(store, index);
  }
  return index;
}

/** One page of the lookup as the API shows it; "automatically blocked" is decided by `now`. */
export async function listAccounts(index: AccountSearchIndex, query: AccountListQuery, now: Date): Promise<AccountList> {
  const found = await index.search(query, now);
  return {
    items: found.rows.map((row) => {
      const household = row.customer_number === null ? undefined : found.households.get(row.customer_number);
      return { ...toAccount(row, now), name: household?.name ?? null, addressLine: household?.addressLine ?? null };
    }),
    total: found.total,
    totalCapped: found.totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The former name of the SQLite implementation, still used by the lookup benchmark (tests/bench). */
export { SqliteAccountSearch as AccountSearch } from './sqliteAccountSearch';
