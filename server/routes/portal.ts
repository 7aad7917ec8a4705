import { portalRoutes } from '../../shared/api/routes/portal';
import { confirmAccount, fillAccountDetails, startAccountRequest } from '../accounts/accountRequestFlow';
import { tenantSignIn } from '../accounts/tenantSignIn';
import { admitAttempt, forgetAttempts, limits, refundAttempt, type AttemptRule } from '../auth/attemptLimits';
import { confirmEmailChange } from '../customers/contactChanges';
import { redeemPortalLinkAudited } from '../customers/portalLinkRedeem';
import type { AppContext } from '../context';
import { defineHandlers } from '../http/routeTable';

const tooMany = (sec: number) => `Te veel pogingen vanaf dit adres; probeer het over ${sec} seconden opnieuw`;
const limited = (ctx: AppContext, reply: { header(name: string, value: string): unknown }, checks: ReadonlyArray<readonly [AttemptRule, string]>) =>
  admitAttempt(ctx.store.db, ctx.clock.now(), checks, reply, tooMany);

/**
 * What the resident portal calls; no staff session. These calls create every account and account-request
 * state the back office shows. Secrets (password, code, token) are never logged nor stored in plain text.
 * Each door counts its attempts per address (and registration per customer number) before anything is checked.
 */
export const portalHandlers = defineHandlers(portalRoutes, {
  'portal.startAccountRequest': async ({ ctx, req, reply, body }) => {
    const [byAddress, byCustomer] = await limited(ctx, reply, [
      [limits.registrationAddress, req.ip],
      [limits.registrationCustomer, body.customerNumber],
    ]);
    const res = await startAccountRequest(ctx.store.db, ctx.clock.now(), body.customerNumber, body.activationCode);
    if (res.identified && byAddress && byCustomer) {
      await refundAttempt(ctx.store.db, byAddress.key);
      await forgetAttempts(ctx.store.db, [byCustomer.key]);
    }
    return res;
  },
  'portal.accountDetails': async ({ ctx, req, reply, params, body }) => {
    const counts = await limited(ctx, reply, [[limits.registrationAddress, req.ip]]);
    const res = await fillAccountDetails(ctx.store.db, ctx.clock.now(), ctx.portalUrl, params.id, body);
    for (const c of counts) await refundAttempt(ctx.store.db, c.key);
    return res;
  },
  'portal.confirmAccount': async ({ ctx, body }) => {
    await confirmAccount(ctx.store.db, ctx.clock.now(), body.token);
    return { confirmed: true as const };
  },
  'portal.signIn': async ({ ctx, req, reply, body }) => {
    const counts = await limited(ctx, reply, [[limits.tenantAddress, req.ip]]);
    const res = await tenantSignIn(ctx.store.db, ctx.clock.now(), body.username, body.password);
    for (const c of counts) await refundAttempt(ctx.store.db, c.key);
    return res;
  },
  // The pending address becomes the household's address; unknown, used or older than 7 days → 409.
  'portal.confirmEmail': async ({ ctx, body }) => {
    const customerNumber = await ctx.store.db.transaction().execute((trx) => confirmEmailChange(trx, body.token, ctx.clock.now()));
    return { confirmed: true as const, customerNumber };
  },
  // Forged/unknown → 404; second use → 409 (reason link_used); after two minutes → 409 (link_expired).
  'portal.redeemLinkGet': async ({ ctx, req, params }) => redeemPortalLinkAudited(ctx, params.token, req.ip),
  'portal.redeemLink': async ({ ctx, req, params }) => redeemPortalLinkAudited(ctx, params.token, req.ip),
});
