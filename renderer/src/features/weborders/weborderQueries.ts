import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { WeborderFilter, WeborderSort } from '../../../../shared/api/weborders';
import { api } from '../../app/api';

export const weborderKeys = {
  all: ['weborders'] as const,
  list: (filter: WeborderFilter, sort: WeborderSort, page: number, pageSize: number) => ['weborders', 'list', filter, sort, page, pageSize] as const,
  one: (id: number) => ['weborders', 'one', id] as const,
  partners: ['weborders', 'partner-options'] as const,
};

/** One page (0-based as on screen); the previous page stays while the next loads. */
export function useWeborderList(filter: WeborderFilter, sort: WeborderSort, page: number, pageSize: number) {
  return useQuery({
    queryKey: weborderKeys.list(filter, sort, page, pageSize),
    queryFn: ({ signal }) => api.call('weborders.list', { query: { ...filter, sort, page: page + 1, pageSize } }, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useWeborder(id: number | null) {
  return useQuery({
    queryKey: weborderKeys.one(id ?? 0),
    queryFn: ({ signal }) => api.call('weborders.get', { params: { id: id ?? 0 } }, { signal }),
    enabled: id !== null,
  });
}

/** Active partners for the filter and the new-weborder form (the first 100 by name). */
export function usePartnerOptions() {
  return useQuery({
    queryKey: weborderKeys.partners,
    queryFn: ({ signal }) => api.call('partners.list', { query: { status: 'active', pageSize: 100 } }, { signal }),
    staleTime: 60_000,
  });
}
