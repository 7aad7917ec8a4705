import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountRequest, AccountRequestStatus } from '../../../../shared/api/accounts';
import { api } from '../../app/api';

export const requestKeys = {
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
        { query: { q: params.q.trim() || undefined, status: params.status ?? undefined, page: params.page + 1, pageSize: params.pageSize } },
        { signal },
      );
      return { ...list, q: params.q.trim() };
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

export function useRequestChanged() {
  const queryClient = useQueryClient();
  return (request: AccountRequest | null, id: number) => {
    if (request) queryClient.setQueryData(requestKeys.detail(id), request);
    else queryClient.removeQueries({ queryKey: requestKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: requestKeys.lists });
  };
}
