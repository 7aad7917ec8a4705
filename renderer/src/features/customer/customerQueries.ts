import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import { searchTerm } from '../../components/freshResults';

export const customerKeys = {
  searches: ['customers', 'search'] as const,
  search: (q: string, limit: number) => ['customers', 'search', q, limit] as const,
  overviews: ['customers', 'overview'] as const,
  overview: (nr: string) => ['customers', 'overview', nr] as const,
  activation: (nr: string) => ['customers', 'activation', nr] as const,
};

/**
 * Results as you type: react-query's signal cancels the request a newer term made stale. The results carry
 * the term they answer (`q`), so a screen can tell them from the term as typed now and not act on old rows.
 */
export function useCustomerSearch(q: string, limit: number) {
  const term = searchTerm(q);
  return useQuery({
    queryKey: customerKeys.search(term, limit),
    queryFn: async ({ signal }) => ({ ...(await api.call('customers.search', { query: { q: term, limit } }, { signal })), q: term }),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * Fetched again whenever a customer screen opens (staleTime 0): the account status can change where this
 * window cannot see it (the tenant's own sign-in attempts, a colleague), and a desk worker on the phone reads it
 * as the truth. Changes made in this window update the cached copy at once (accounts/accountChanged.ts).
 */
export function useCustomerOverview(nr: string) {
  return useQuery({
    queryKey: customerKeys.overview(nr),
    queryFn: ({ signal }) => api.call('customers.overview', { params: { customerNumber: nr } }, { signal }),
    staleTime: 0,
  });
}

/** "HM-01021" from what someone typed or a route segment; null if it is not one. */
export function normaliseCustomerNumber(value: string): string | null {
  const v = value.trim().toUpperCase();
  return /^HM-\d{5,7}$/.test(v) ? v : null;
}
