import { useQueryClient } from '@tanstack/react-query';
import type { CustomerOverview } from '../../../../../shared/api/customers';
import { ApiError } from '../../../../../shared/client';
import { api } from '../../../app/api';
import { customerKeys } from '../customerQueries';
import { lookAlongSession, markLookAlongEnded, setLookAlongSession } from '../lookAlong/lookAlongStore';
import { useLookAlongActions } from '../lookAlong/useLookAlongActions';
import { isLookAlongEnded, LOCAL_ENDED } from './onBehalfErrors';

export type OnBehalfState = 'none' | 'other' | 'active' | 'expired';

/** Whether this customer may be changed now: only inside a live look-along session with them. */
export function useOnBehalfState(customerNumber: string): OnBehalfState {
  const { session, active } = useLookAlongActions();
  if (!session) return 'none';
  if (session.customerNumber !== customerNumber) return 'other';
  return active ? 'active' : 'expired';
}

/**
 * Sends a change on the customer's behalf with the live session id, then refetches the overview so the
 * timeline shows the new interaction at once, and takes over the session's extended expiry. A session that
 * is over (here or at the server) is marked as such, so the banner says so.
 */
export function useOnBehalfSend(customerNumber: string) {
  const queryClient = useQueryClient();
  return async <R>(call: (sessionId: string) => Promise<R>): Promise<R> => {
    const s = lookAlongSession();
    const live = s && s.customerNumber === customerNumber && !s.endedByServer && new Date(s.expiresAt).getTime() > Date.now();
    let result: R;
    try {
      if (!live) throw new ApiError(409, { code: 'conflict', message: LOCAL_ENDED, details: { reason: 'look_along_expired' } });
      result = await call(s.sessionId);
    } catch (error) {
      const current = lookAlongSession();
      if (current && isLookAlongEnded(error)) markLookAlongEnded(current.sessionId);
      throw error;
    }
    await queryClient.invalidateQueries({ queryKey: customerKeys.overview(customerNumber) });
    const after = lookAlongSession();
    if (!after) return result;
    // Each use extends the session at the server; read back the new expiry (best effort).
    const fresh = await api.call('lookAlong.get', { params: { sessionId: after.sessionId } }).catch(() => null);
    const now = lookAlongSession();
    if (fresh && now && now.sessionId === fresh.sessionId) setLookAlongSession({ ...now, expiresAt: fresh.expiresAt });
    return result;
  };
}

/**
 * "Opnieuw laden" after a 409: what was typed, with the version the server holds now (`pick` from a fresh
 * overview); null when the thing is gone (a person removed meanwhile).
 */
export function useFreshVersion(customerNumber: string, pick: (overview: CustomerOverview) => number | undefined) {
  const queryClient = useQueryClient();
  return async <V extends { version?: number }>(values: V): Promise<V | null> => {
    const fresh = await queryClient.fetchQuery({
      queryKey: customerKeys.overview(customerNumber),
      queryFn: ({ signal }) => api.call('customers.overview', { params: { customerNumber } }, { signal }),
      staleTime: 0,
    });
    const version = pick(fresh);
    return version === undefined ? null : { ...values, version };
  };
}
