import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../shared/api/common';
import { ConfirmEmailChange, EmailChangeConfirmed, OneTimeRedeemed, OneTimeTokenParam } from '../../shared/api/customers';
import { writeAudit } from '../audit/auditLog';
import { confirmEmailChange } from '../customers/contactChanges';
import { redeemPortalLink } from '../customers/portalLinks';

const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/**
 * Public (resident portal) side of C3 and C5, no staff session:
 * - POST /portal/email-confirmations {token}: the link in the e-mail change mail; the pending address
 *   becomes the household's address. Unknown, used or older than 7 days → 409 conflict.
 * - GET or POST /portal/one-time/{token}: redeems a one-time portal link once (the portal then signs the
 *   visitor in as the customer). Forged/unknown → 404; second use → 409 conflict (details.reason
 *   "link_used"); after two minutes → 409 conflict ("link_expired"). Redeeming is audited under the staff
 *   member who made the link.
 */
export async function customerPortalRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { clock, store } = app.ctx;

  r.post(
    '/portal/email-confirmations',
    { schema: { tags: ['portal'], body: ConfirmEmailChange, response: { 200: EmailChangeConfirmed, ...errors } } },
    async (req) => {
      const customerNumber = await store.db.transaction().execute((trx) => confirmEmailChange(trx, req.body.token, clock.now()));
      return { confirmed: true as const, customerNumber };
    },
  );

  const redeem = async (token: string, ip: string) =>
    store.db.transaction().execute(async (trx) => {
      const res = await redeemPortalLink(trx, token, clock.now());
      const staff = await trx.selectFrom('staff_users').select(['username', 'roles']).where('id', '=', res.staffId).executeTakeFirst();
      await writeAudit(trx, {
        at: res.redeemedAt,
        actorId: res.staffId,
        actor: staff?.username ?? `staff:${res.staffId}`,
        roles: staff ? staff.roles.split(',') : [],
        action: 'customer.portal_link.redeem',
        target: `customer:${res.customerNumber}`,
        customerNumber: res.customerNumber,
        sourceAddress: ip,
        details: null,
      });
      return res;
    });

  const schema = { tags: ['portal'], params: OneTimeTokenParam, response: { 200: OneTimeRedeemed, ...errors } };
  r.get('/portal/one-time/:token', { schema }, async (req) => redeem(req.params.token, req.ip));
  r.post('/portal/one-time/:token', { schema }, async (req) => redeem(req.params.token, req.ip));
}
