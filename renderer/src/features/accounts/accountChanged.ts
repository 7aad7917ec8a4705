import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Account, AccountListItem, AccountRequest } from '../../../../shared/api/accounts';
import type { CustomerOverview } from '../../../../shared/api/customers';
import { requestKeys } from '../account-requests/requestQueries';
import { customerKeys } from '../customer/customerQueries';
import { accountKeys } from './accountQueries';

/*
 * The one place that knows every screen showing a portal account: the Accounts list and drawer, the customer
 * screen (header status, Account tab, the ERP status beside it), the customer lookup rows (their status
 * column) and Accountaanvragen. Every account or request change calls it from its onSuccess, so no screen
 * keeps showing the status from before. The recent customers of Ctrl+K hold no status at all (only number,
 * name and address), so they cannot go stale; the customer screen they open reads it fresh.
 *
 * Two steps: what the server answered is written into the cached copies at once (no flash of the old status
 * while refetching), then every query that may hold that account is marked stale — the ones on screen refetch,
 * the others do when they are next shown.
 */

export type AccountChange =
  /** Blocked, unblocked, activated, edited or created: the account as the server now has it. */
  | { kind: 'saved'; account: Account }
  | { kind: 'removed'; id: number }
  /** A new activation mail: the account reads the same, its request's "e-mail sent" moved. */
  | { kind: 'mailSent'; id: number }
  /** A request resent (which may give its account a new e-mail) or deleted (null). */
  | { kind: 'request'; id: number; request: AccountRequest | null };

type ListData = { items: AccountListItem[] };

function patchOverview(old: CustomerOverview | undefined, change: AccountChange): CustomerOverview | undefined {
  if (!old) return old;
  if (change.kind === 'saved' && old.account?.id === change.account.id) {
    // Moved to another household by an edit: it is no longer this customer's account.
    return { ...old, account: change.account.customerNumber === old.household.customerNumber ? change.account : null };
  }
  if (change.kind === 'saved' && !old.account && change.account.customerNumber === old.household.customerNumber) {
    return { ...old, account: change.account };
  }
  if (change.kind === 'removed' && old.account?.id === change.id) return { ...old, account: null };
  if (change.kind === 'request' && old.accountRequest?.id === change.id) return { ...old, accountRequest: change.request };
  return old;
}

export function applyAccountChange(queryClient: QueryClient, change: AccountChange): void {
  if (change.kind === 'saved') {
    const { account } = change;
    queryClient.setQueryData(accountKeys.detail(account.id), account);
    queryClient.setQueriesData<ListData>({ queryKey: accountKeys.lists }, (old) =>
      // The row keeps what only the list carries (the household's name and address).
      old ? { ...old, items: old.items.map((a) => (a.id === account.id ? { ...a, ...account } : a)) } : old,
    );
  } else if (change.kind === 'removed') {
    queryClient.removeQueries({ queryKey: accountKeys.detail(change.id) });
  } else if (change.kind === 'request') {
    if (change.request) queryClient.setQueryData(requestKeys.detail(change.id), change.request);
    else queryClient.removeQueries({ queryKey: requestKeys.detail(change.id) });
  }
  queryClient.setQueriesData<CustomerOverview>({ queryKey: customerKeys.overviews }, (old) => patchOverview(old, change));

  // Everything that may show it refetches (on screen now) or is stale (next time it is shown). Not the
  // detail just written above: the server's own answer needs no second round trip.
  const written = change.kind === 'saved' ? accountKeys.detail(change.account.id) : null;
  void queryClient.invalidateQueries({
    queryKey: accountKeys.all,
    predicate: (q) => written === null || JSON.stringify(q.queryKey) !== JSON.stringify(written),
  });
  void queryClient.invalidateQueries({ queryKey: customerKeys.overviews });
  void queryClient.invalidateQueries({ queryKey: customerKeys.searches });
  void queryClient.invalidateQueries({ queryKey: requestKeys.all });
}

/** applyAccountChange for a component: call it with what changed from a mutation's onSuccess. */
export function useAccountChanged(): (change: AccountChange) => void {
  const queryClient = useQueryClient();
  return useMemo(() => (change: AccountChange) => applyAccountChange(queryClient, change), [queryClient]);
}
