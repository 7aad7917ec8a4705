import { writeAudit } from '../audit/auditLog';
import type { AppContext } from '../context';
import { redeemPortalLink, type RedeemedLink } from './portalLinks';

/**
 * Redeems a one-time portal link into a tenant session for the customer and audits it under the staff member
 * who made the link (with the look-along session it was made in), in one transaction.
 */
export async function redeemPortalLinkAudited(ctx: AppContext, token: string, ip: string): Promise<RedeemedLink> {
  return ctx.store.db.transaction().execute(async (trx) => {
    const res = await redeemPortalLink(trx, token, ctx.clock.now());
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
      lookAlongSessionId: res.lookAlongSessionId,
      details: null,
    });
    return res;
  });
}
