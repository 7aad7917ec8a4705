import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../shared/api/common';
import { SignInRequest, SignInResponse, Staff, StaffAddress, staffRoles } from '../../shared/api/staff';
import { displayAddress, isLoopback } from '../../shared/domain/cidr';
import { writeAudit } from '../audit/auditLog';
import { assertAddressAllowed } from '../auth/ipPolicy';
import { admitAttempt, forgetAttempts, limits, refundAttempt } from '../auth/attemptLimits';
import { createStaffSession, toStaff } from '../auth/staffSessions';
import { ApiError } from '../errors';
import { DUMMY_HASH, verifyPassword } from '../security/passwords';
import { hashToken } from '../security/tokens';
import { bearerToken } from '../auth/staffGuard';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody };

/**
 * POST /staff/sessions: public (it is how a session starts), rate limited, IP ranges checked. Each attempt is
 * counted before the password is checked (per address and username, and per address), so parallel guesses
 * cannot pass the limit; a success gives its place back.
 */
export async function staffSignInRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/staff/sessions',
    { schema: { tags: ['staff'], body: SignInRequest, response: { 201: SignInResponse, ...errors } } },
    async (req, reply) => {
      const { store, clock } = app.ctx;
      const userKey = `${req.ip}|${req.body.username.toLowerCase()}`;
      const counts = await admitAttempt(
        store.db,
        clock.now(),
        [
          [limits.staffUser, userKey],
          [limits.staffAddress, req.ip],
        ],
        reply,
        (sec) => `Te veel mislukte inlogpogingen; probeer het over ${sec} seconden opnieuw`,
      );
      await assertAddressAllowed(store.db, req.ip);
      const user = await store.db
        .selectFrom('staff_users')
        .selectAll()
        .where('username', '=', req.body.username)
        .where('active', '=', 1)
        .executeTakeFirst();
      const ok = await verifyPassword(req.body.password, user?.password_hash ?? DUMMY_HASH);
      const now = clock.now();
      if (!user || !ok) {
        if (user) {
          await store.db.transaction().execute((trx) => writeAudit(trx, {
            at: now.toISOString(),
            actorId: user.id,
            actor: user.username,
            roles: user.roles.split(','),
            action: 'staff.sign_in_failed',
            sourceAddress: req.ip,
          }));
        }
        throw new ApiError('invalid_credentials', 'Gebruikersnaam of wachtwoord onjuist');
      }
      const staff = toStaff(user);
      await assertAddressAllowed(store.db, req.ip, staff.roles);
      const [userCount, addressCount] = counts;
      if (userCount) await forgetAttempts(store.db, [userCount.key]);
      if (addressCount) await refundAttempt(store.db, addressCount.key);
      const session = await store.db.transaction().execute(async (trx) => {
        const s = await createStaffSession(trx, user.id, now, req.ip);
        await writeAudit(trx, {
          at: now.toISOString(),
          actorId: user.id,
          actor: user.username,
          roles: staff.roles,
          action: 'staff.sign_in',
          sourceAddress: req.ip,
        });
        return s;
      });
      reply.code(201);
      return { token: session.token, expiresAt: session.expiresAt.toISOString(), staff };
    },
  );
}

/** Routes for the signed-in staff member itself (inside the staff scope). */
export async function staffSelfRoutes(app: FastifyInstance): Promise<void> {
  const anyRole = { roles: staffRoles };
  app.withTypeProvider<ZodTypeProvider>().get(
    '/staff/me',
    { config: anyRole, schema: { tags: ['staff'], response: { 200: Staff, 401: ErrorBody } } },
    async (req) => {
      const s = req.staff;
      if (!s) throw new ApiError('unauthenticated', 'Niet ingelogd');
      return { id: s.id, username: s.username, displayName: s.displayName, roles: s.roles };
    },
  );

  // The address the IP ranges are checked against (after trustProxy), so the Network screen can warn before a lock-out.
  app.withTypeProvider<ZodTypeProvider>().get(
    '/staff/me/address',
    { config: anyRole, schema: { tags: ['staff'], response: { 200: StaffAddress, 401: ErrorBody } } },
    async (req) => ({ address: displayAddress(req.ip), loopback: isLoopback(req.ip) }),
  );

  app.withTypeProvider<ZodTypeProvider>().delete(
    '/staff/sessions/current',
    { config: anyRole, schema: { tags: ['staff'], response: { 204: z.null(), 401: ErrorBody } } },
    async (req, reply) => {
      const token = bearerToken(req);
      const s = req.staff;
      if (!token || !s) throw new ApiError('unauthenticated', 'Niet ingelogd');
      const { store, clock } = app.ctx;
      await store.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('staff_sessions').where('token_hash', '=', hashToken(token)).execute();
        await writeAudit(trx, {
          at: clock.now().toISOString(),
          actorId: s.id,
          actor: s.username,
          roles: s.roles,
          action: 'staff.sign_out',
          sourceAddress: req.ip,
        });
      });
      reply.code(204);
      return null;
    },
  );
}
