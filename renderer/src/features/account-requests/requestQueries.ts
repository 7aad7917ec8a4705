import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccountRequestStatus } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { searchTerm } from '../../components/freshResults';

export const requestKeys = {
  all: ['account-requests'] as const,
  lists: ['account-requests', 'list'] as const,
  detail: (id: number) => ['account-requests', 'detail', id] as const,
};

export interface RequestListParams {
  q: string;
  status: AccountRequestStatus | null;
  page: number;
  pageSize: number;
}

/** As on the Accounts screen: one query per term, stale ones aborted, previous rows kept meanwhile. */
export function useRequestList(params: RequestListParams) {
  return useQuery({
    queryKey: [...requestKeys.lists, params],
    queryFn: async ({ signal }) => {
      const list = await api.call(
        'accountRequests.list',
        { query: { q: searchTerm(params.q) || undefined, status: params.status ?? undefined, page: params.page + 1, pageSize: params.pageSize } },
        { signal },
      );
      return { ...list, q: searchTerm(params.q) };
    },
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

export function useRequest(id: number | null) {
  return useQuery({
    queryKey: requestKeys.detail(id ?? 0),
    queryFn: ({ signal }) => api.call('accountRequests.get', { params: { id: id ?? 0 } }, { signal }),
    enabled: id !== null,
    staleTime: 0,
  });
}
