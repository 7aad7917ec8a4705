import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CustomerNumberParam, LookAlongIdParam, LookAlongSession, LookAlongStarted, PortalLink } from '../../shared/api/customers';
import { audited } from '../audit/audited';
import { ApiError } from '../errors';
import { assertLookAlong, findLookAlong, openLookAlong, toLookAlong } from '../customers/lookAlongSessions';
import { createPortalLink } from '../customers/portalLinks';
import { OverviewReader } from '../customers/overview';
import { actRoles, customerErrors } from './customers';

/*
 * Look-along sessions (C1; seed 001 §3, §3.1). A session is scoped to one customer and one staff member
 * and lives for settings.session_timeout_minutes after its last use (each call made inside it extends it).
 * Calls on the customer's behalf carry X-Look-Along-Session; server/customers/lookAlongSessions.ts
 * assertLookAlong gives the status codes: missing/foreign 403 forbidden, ended/expired 409 conflict
 * (details.reason look_along_ended / look_along_expired).
 * Only the staff member who started a session may end or read it (403 otherwise).
 *
 * C5 POST /customers/{nr}/portal-link → {url, expiresAt}: a signed one-time link to the web portal as this
 * customer, valid 2 minutes, only from inside a live look-along session for that customer (it is acting
 * as the customer). Redeemed by the public /portal/one-time/{token} (customersPortal.ts).
 */
const tags = ['look-along'];

export async function lookAlongRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { clock, store } = app.ctx;
  const households = new OverviewReader(store.sqlite);

  r.post(
    '/customers/:customerNumber/look-along',
    { config: actRoles, schema: { tags, params: CustomerNumberParam, response: { 201: LookAlongStarted, ...customerErrors } } },
    async (req, reply) => {
      const customerNumber = req.params.customerNumber;
      households.household(customerNumber); // 404 for an unknown customer
      const staff = req.staff;
      if (!staff) throw new ApiError('unauthenticated', 'Niet ingelogd');
      const now = clock.now();
      // The audit entry of the start already names the new session.
      const row = await audited(
        req,
        (s: { id: string }) => ({ action: 'look_along.start', target: `look_along:${s.id}`, customerNumber, details: { sessionId: s.id } }),
        (trx) => openLookAlong(trx, staff.id, customerNumber, now),
      );
      reply.code(201);
      return { sessionId: row.id, expiresAt: row.expires_at };
    },
  );

  r.get(
    '/look-along/:sessionId',
    { config: actRoles, schema: { tags, params: LookAlongIdParam, response: { 200: LookAlongSession, ...customerErrors } } },
    async (req) => {
      const row = await findLookAlong(store.db, req.params.sessionId);
      if (row.staff_id !== req.staff?.id) throw new ApiError('forbidden', 'Deze meekijksessie is van een andere medewerker.');
      return toLookAlong(row, clock.now());
    },
  );

  r.delete(
    '/look-along/:sessionId',
    { config: actRoles, schema: { tags, params: LookAlongIdParam, response: { 204: z.null(), ...customerErrors } } },
    async (req, reply) => {
      const row = await findLookAlong(store.db, req.params.sessionId);
      if (row.staff_id !== req.staff?.id) throw new ApiError('forbidden', 'Deze meekijksessie is van een andere medewerker.');
      const now = clock.now();
      await audited(
        req,
        { action: 'look_along.end', target: `look_along:${row.id}`, customerNumber: row.customer_number, details: { sessionId: row.id, alreadyEnded: row.ended_at !== null } },
        async (trx) => {
          if (row.ended_at === null) await trx.updateTable('look_along_sessions').set({ ended_at: now.toISOString() }).where('id', '=', row.id).execute();
        },
      );
      reply.code(204);
      return null;
    },
  );

  r.post(
    '/customers/:customerNumber/portal-link',
    { config: actRoles, schema: { tags, params: CustomerNumberParam, response: { 200: PortalLink, ...customerErrors } } },
    async (req) => {
      const customerNumber = req.params.customerNumber;
      const staff = req.staff;
      if (!staff) throw new ApiError('unauthenticated', 'Niet ingelogd');
      const link = await audited(
        req,
        (l: { linkId: number }) => ({ action: 'customer.portal_link.create', target: `one_time_link:${l.linkId}`, customerNumber }),
        async (trx) => {
          await assertLookAlong(req, trx, customerNumber, { required: true });
          return createPortalLink(trx, customerNumber, staff.id, clock.now(), app.ctx.portalUrl);
        },
      );
      return { url: link.url, expiresAt: link.expiresAt };
    },
  );
}
