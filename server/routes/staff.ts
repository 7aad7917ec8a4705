import { staffRoutes } from '../../shared/api/routes/staff';
import { displayAddress, isLoopback } from '../../shared/domain/cidr';
import { audited } from '../audit/audited';
import { callerAddress } from '../auth/ipPolicy';
import { bearerToken } from '../auth/staffGuard';
import { signInStaff } from '../auth/staffSignIn';
import { ApiError } from '../errors';
import { defineHandlers } from '../http/routeTable';
import { hashToken } from '../security/tokens';
import { demoStaff } from '../seed/demoStaff';

export const SERVER_VERSION = '0.1.0';

/** Server info (for the connection banner), the demo accounts in demo mode, and staff sessions. */
export const staffHandlers = defineHandlers(staffRoutes, {
  'info.get': async ({ ctx }) => ({ name: 'kcc-portal-server' as const, version: SERVER_VERSION, demo: ctx.demo, time: ctx.clock.now().toISOString() }),
  'info.demo': async ({ ctx }) => ({
    demo: ctx.demo,
    accounts: ctx.demo ? demoStaff.map((s) => ({ username: s.username, password: s.password, roles: [...s.roles], displayName: s.displayName })) : [],
  }),
  'staff.signIn': async ({ ctx, req, reply, body }) => signInStaff(ctx, reply, req.ip, body.username, body.password),
  'staff.me': async ({ staff }) => ({ id: staff.id, username: staff.username, displayName: staff.displayName, roles: staff.roles }),
  // The address the IP ranges are checked against (after trustProxy), so the Network screen can warn before a lock-out.
  // Loopback only as the socket address: a forwarded 127.0.0.1 is not the server itself.
  'staff.myAddress': async ({ req }) => ({ address: displayAddress(req.ip), loopback: callerAddress(req).fromSocket && isLoopback(req.ip) }),
  'staff.signOut': async ({ req }) => {
    const token = bearerToken(req);
    if (!token) throw new ApiError('unauthenticated', 'Niet ingelogd');
    await audited(req, { action: 'staff.sign_out' }, async (trx) => {
      await trx.deleteFrom('staff_sessions').where('token_hash', '=', hashToken(token)).execute();
    });
  },
});
