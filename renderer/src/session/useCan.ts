import { can, type Capability } from '../../../shared/roles';
import { useSession } from './sessionStore';

/**
 * Whether the signed-in staff member has a capability (shared/roles.ts). The server decides on every call;
 * this only keeps screens and buttons away from staff who would get a 403 anyway.
 */
export function useCan(capability: Capability): boolean {
  const session = useSession();
  return session.status === 'signedIn' && can(session.staff.roles, capability);
}
