import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export const jobKeys = {
  all: ['jobs'] as const,
  list: ['jobs', 'list'] as const,
  items: (jobId: string, page: number) => ['jobs', 'items', jobId, page] as const,
  count: (group: number | null, onlyNoAccount: boolean) => ['jobs', 'count', group, onlyNoAccount] as const,
};

/** The caller's jobs, polled every second while one is still open. */
export function useJobs() {
  return useQuery({
    queryKey: jobKeys.list,
    queryFn: async ({ signal }) => (await api.call('jobs.list', undefined, { signal })).items,
    refetchInterval: (q) => (q.state.data?.some((j) => j.state === 'queued' || j.state === 'running') ? 1000 : false),
    staleTime: 0,
  });
}

/** The customer numbers of the last import in this session, for a bulk action right after it. */
export const LAST_IMPORT_DRAFT = 'import.lastCustomers';
