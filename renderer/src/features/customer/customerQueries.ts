import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export const customerKeys = {
  search: (q: string, limit: number) => ['customers', 'search', q, limit] as const,
  overview: (nr: string) => ['customers', 'overview', nr] as const,
  activation: (nr: string) => ['customers', 'activation', nr] as const,
};

/** Results as you type: react-query's signal cancels the request a newer term made stale. */
export function useCustomerSearch(q: string, limit: number) {
  const term = q.trim();
  return useQuery({
    queryKey: customerKeys.search(term, limit),
    queryFn: ({ signal }) => api.call('customers.search', { query: { q: term, limit } }, { signal }),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useCustomerOverview(nr: string) {
  return useQuery({
    queryKey: customerKeys.overview(nr),
    queryFn: ({ signal }) => api.call('customers.overview', { params: { customerNumber: nr } }, { signal }),
  });
}

/** "HM-01021" from what someone typed or a route segment; null if it is not one. */
export function normaliseCustomerNumber(value: string): string | null {
  const v = value.trim().toUpperCase();
  return /^HM-\d{5,7}$/.test(v) ? v : null;
}
