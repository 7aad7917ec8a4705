import type { Clock } from './clock';
import type { Store } from './db/connection';
import type { StaffRole } from '../shared/api/staff';

/** Everything a route needs, created once per server and decorated onto the Fastify instance. */
export interface AppContext {
  store: Store;
  clock: Clock;
  /** Demo mode: the sign-in screen may list the demo staff accounts. */
  demo: boolean;
  /** Base URL of the resident portal, used in mails and letters. */
  portalUrl: string;
}

export interface AuthedStaff {
  id: number;
  username: string;
  displayName: string;
  roles: StaffRole[];
  sessionId: number;
  /** Set when the call is made inside a look-along session (header X-Look-Along-Session). */
  lookAlongSessionId: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
  interface FastifyRequest {
    staff: AuthedStaff | null;
  }
  interface FastifyContextConfig {
    /** Staff roles that may call this route; every route in the staff scope must name them. */
    roles?: readonly StaffRole[];
  }
}
