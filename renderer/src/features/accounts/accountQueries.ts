import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AccountStatus, accountSortFields } from '../../../../shared/api/accounts';
import { api } from '../../app/api';
import { searchTerm } from '../../components/freshResults';

export type AccountSortField = (typeof accountSortFields)[number];

export const accountKeys = {
  all: ['accounts'] as const,
  lists: ['accounts', 'list'] as const,
  detail: (id: number) => ['accounts', 'detail', id] as const,
  erpSync: ['accounts', 'erp-sync'] as const,
};

export interface AccountListParams {
  q: string;
  status: AccountStatus | null;
  page: number;
  pageSize: number;
  sort: AccountSortField | null;
  order: 'asc' | 'desc';
}

/**
 * The lookup as the staff member types. Each term is its own query; react-query aborts the request of a
 * term nobody waits for any more (the signal), and the previous rows stay on screen meanwhile. The term is
 * returned with the rows so the grid can say which term the rows it shows belong to.
 */
export function useAccountList(params: AccountListParams) {
  return useQuery({
    queryKey: [...accountKeys.lists, params],
    queryFn: async ({ signal }) => {
      const list = await api.call(
        'accounts.list',
        {
          query: {
            q: searchTerm(params.q) || undefined,
            status: params.status ?? undefined,
            page: params.page + 1,
            pageSize: params.pageSize,
            sort: params.sort ?? undefined,
            order: params.sort ? params.order : undefined,
          },
        },
        { signal },
      );
      return { ...list, q: searchTerm(params.q) };
    },
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

export function useAccount(id: number | null) {
  return useQuery({
    queryKey: accountKeys.detail(id ?? 0),
    queryFn: ({ signal }) => api.call('accounts.get', { params: { id: id ?? 0 } }, { signal }),
    enabled: id !== null,
    staleTime: 0,
  });
}
