import { useMutation } from '@tanstack/react-query';
import { api } from '../../../app/api';
import { useSession } from '../../../session/sessionStore';
import { clearLookAlongSession, lookAlongSession, setLookAlongSession, useLookAlong } from './lookAlongStore';

/** The signed-in staff member (the banner and look-along only exist inside the signed-in shell). */
export function useStaff() {
  const session = useSession();
  return session.status === 'signedIn' ? session.staff : null;
}

/** The current staff member's look-along session plus start and stop. */
export function useLookAlongActions() {
  const staff = useStaff();
  const state = useLookAlong(staff?.id ?? null);

  const start = useMutation({
    mutationFn: async ({ customerNumber, customerName }: { customerNumber: string; customerName: string }) => {
      if (!staff) throw new Error('not signed in');
      // One session at a time: a running one (other customer, or this one expired) is ended first.
      const previous = lookAlongSession();
      if (previous) await api.call('lookAlong.stop', { params: { sessionId: previous.sessionId } }).catch(() => undefined);
      const started = await api.call('lookAlong.start', { params: { customerNumber } });
      setLookAlongSession({ ...started, customerNumber, customerName, staffId: staff.id, staffName: staff.displayName });
      return started;
    },
  });

  const stop = useMutation({
    mutationFn: async () => {
      const current = lookAlongSession();
      clearLookAlongSession();
      // Ending it at the server is best effort: an expired or already ended session is fine.
      if (current) await api.call('lookAlong.stop', { params: { sessionId: current.sessionId } }).catch(() => undefined);
    },
  });

  return { ...state, staff, start, stop };
}
