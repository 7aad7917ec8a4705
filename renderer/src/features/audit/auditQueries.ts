import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditFilters } from '../../../../shared/api/audit';
import { api } from '../../app/api';

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters, page: number, pageSize: number) => ['audit', 'list', filters, page, pageSize] as const,
};

/** One page of the log (page is 0-based as in the grid); the previous page stays on screen while the next loads. */
export function useAuditList(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: auditKeys.list(filters, page, pageSize),
    queryFn: ({ signal }) => api.call('audit.list', { query: { ...filters, page: page + 1, pageSize } }, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
