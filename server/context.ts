import type { Clock } from './clock';
import type { Store } from './db/connection';
import type { StaffRole } from '../shared/api/staff';
import type { Capability } from '../shared/roles';

/** Everything a route needs, created once per server and decorated onto the Fastify instance. */
export interface AppContext {
  store: Store;
  clock: Clock;
  /** Demo mode: the sign-in screen may list the demo staff accounts. */
  demo: boolean;
  /** Base URL of the resident portal, used in mails and letters. */
  portalUrl: string;
  /** The SMTP delivery worker when started with --smtp; without it mail stays in the outbox. */
  mailDelivery?: { kick(): void } | null;
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
    /** The route table's name of this route. */
    routeName?: string;
    /** 'public', or the capability a staff member needs (checked by the staff guard). */
    access?: 'public' | Capability;
    /** Whether the route takes X-Look-Along-Session (only then is it read and recorded). */
    lookAlong?: 'required' | 'optional' | null;
  }
}
