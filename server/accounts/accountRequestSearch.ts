import type { AccountRequestList, AccountRequestListQuery } from '../../shared/api/accounts';
import type { Store } from '../db/connection';
import { SqliteAccountRequestSearch } from './sqliteAccountRequestSearch';

/**
 * The staff lookup of account requests. `q`: a customer-number prefix, or part of the e-mail or username (any
 * case). `status` is the step a request is stuck at: not_identified = no identification yet;
 * details_missing = identified but no account details; email_not_sent = details filled in but no mail sent;
 * stuck = no account yet, made more than 7 days before `now` (as the Aandacht overview counts them).
 * Newest first. Each database engine brings its own implementation; the routes only see this.
 */
export interface AccountRequestSearchIndex {
  search(query: AccountRequestListQuery, now: Date): Promise<AccountRequestList>;
}

const indexes = new WeakMap<Store, AccountRequestSearchIndex>();

/** One per open database, made on first use. */
export function accountRequestSearchIndex(store: Store): AccountRequestSearchIndex {
  let index = indexes.get(store);
  if (!index) {
    index = new SqliteAccountRequestSearch(store.db);
    indexes.set(store, index);
  }
  return index;
}

/** Where server/customers/overview.ts still imports it from; it lives in accountRequestRow.ts. */
export { toAccountRequest } from './accountRequestRow';
