import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CustomerOverview } from '../../../../../shared/api/customers';
import { api } from '../../../app/api';
import { customerKeys } from '../customerQueries';

/**
 * The version a dialog writes against: fixed when it opens, so a background refetch never turns a
 * stale edit into a silent overwrite; "Opnieuw laden" after a 409 fetches the current one explicitly.
 */
export function useReloadableVersion(customerNumber: string, initial: number, pick: (o: CustomerOverview) => number | undefined) {
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(initial);
  const reload = async () => {
    const fresh = await queryClient.fetchQuery({ queryKey: customerKeys.overview(customerNumber), queryFn: ({ signal }) => api.call('customers.overview', { params: { customerNumber } }, { signal }), staleTime: 0 });
    const next = pick(fresh);
    if (next !== undefined) setVersion(next);
    return fresh;
  };
  return { version, reload };
}
