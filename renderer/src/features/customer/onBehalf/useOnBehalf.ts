import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../../../shared/client';
import { api } from '../../../app/api';
import { customerKeys } from '../customerQueries';
import { lookAlongSession, markLookAlongEnded, setLookAlongSession } from '../lookAlong/lookAlongStore';
import { useLookAlongActions } from '../lookAlong/useLookAlongActions';
import { classifyOnBehalfError, LOCAL_ENDED } from './onBehalfErrors';

export type OnBehalfState = 'none' | 'other' | 'active' | 'expired';

/** Whether this customer may be changed now: only inside a live look-along session with them. */
export function useOnBehalfState(customerNumber: string): OnBehalfState {
  const { session, active } = useLookAlongActions();
  if (!session) return 'none';
  if (session.customerNumber !== customerNumber) return 'other';
  return active ? 'active' : 'expired';
}

/**
 * A change on the customer's behalf: sends the live session id, then refetches the overview so the
 * timeline shows the new interaction at once, and takes over the session's extended expiry.
 */
export function useOnBehalfMutation<V, R>(customerNumber: string, fn: (sessionId: string, vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => {
      const s = lookAlongSession();
      const live = s && s.customerNumber === customerNumber && !s.endedByServer && new Date(s.expiresAt).getTime() > Date.now();
      if (!live) return Promise.reject(new ApiError(409, { code: 'conflict', message: LOCAL_ENDED, details: { reason: 'look_along_expired' } }));
      return fn(s.sessionId, vars);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: customerKeys.overview(customerNumber) });
      const s = lookAlongSession();
      if (!s) return;
      // Each use extends the session at the server; read back the new expiry (best effort).
      const fresh = await api.call('lookAlong.get', { params: { sessionId: s.sessionId } }).catch(() => null);
      const now = lookAlongSession();
      if (fresh && now && now.sessionId === fresh.sessionId) setLookAlongSession({ ...now, expiresAt: fresh.expiresAt });
    },
    onError: (error) => {
      const s = lookAlongSession();
      if (s && classifyOnBehalfError(error).kind === 'lookAlong') markLookAlongEnded(s.sessionId);
    },
  });
}
