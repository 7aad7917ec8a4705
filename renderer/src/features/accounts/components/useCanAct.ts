import { useSession } from '../../../session/sessionStore';

/**
 * kcc may look, kcc-admin and admin may act (server/routes/accounts.ts). The server decides; this only
 * keeps buttons away from staff who would get a 403 anyway.
 */
export function useCanAct(): boolean {
  const session = useSession();
  return session.status === 'signedIn' && session.staff.roles.some((r) => r === 'kcc-admin' || r === 'admin');
}
