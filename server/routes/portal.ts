import type { FastifyRequest } from 'fastify';
import { portalRoutes } from '../../shared/api/routes/portal';
import { confirmAccount, fillAccountDetails, startAccountRequest } from '../accounts/accountRequestFlow';
import { tenantSignIn } from '../accounts/tenantSignIn';
import { useTenantSession } from '../accounts/tenantSessions';
import { admitAttempt, forgetAttempts, limits, refundAttempt, type AttemptRule } from '../auth/attemptLimits';
import { bearerToken } from '../auth/staffGuard';
import { confirmEmailChange } from '../customers/contactChanges';
import { redeemPortalLinkAudited } from '../customers/portalLinkRedeem';
import { landingPage, refusedPage, signedInPage } from '../customers/portalLinkPages';
import { usablePortalLink } from '../customers/portalLinks';
import type { AppContext } from '../context';
import { ApiError } from '../errors';
import { defineHandlers, type HtmlPage } from '../http/routeTable';

const tooMany = (sec: number) => `Te veel pogingen vanaf dit adres; probeer het over ${sec} seconden opnieuw`;
/** A browser's form post (the landing page's button) gets pages; API callers get JSON. */
const isFormPost = (req: FastifyRequest) => (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');

/** A refusal as a page for a browser; anything else stays a server error. */
async function orRefusedPage(work: () => Promise<HtmlPage>): Promise<HtmlPage> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ApiError) return refusedPage(e.status, e.message);
    throw e;
  }
}

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
  'portal.confirmAccount': async ({ ctx, req, reply, body }) => {
    const counts = await limited(ctx, reply, [[limits.linkAddress, req.ip]]);
    await confirmAccount(ctx.store.db, ctx.clock.now(), body.token);
    for (const c of counts) await refundAttempt(ctx.store.db, c.key);
    return { confirmed: true as const };
  },
  'portal.signIn': async ({ ctx, req, reply, body }) => {
    const counts = await limited(ctx, reply, [[limits.tenantAddress, req.ip]]);
    const res = await tenantSignIn(ctx.store.db, ctx.clock.now(), body.username, body.password, body.keepSignedIn);
    for (const c of counts) await refundAttempt(ctx.store.db, c.key);
    return res;
  },
  // The tenant's bearer token (from sign-in or a one-time link); asking counts as use and extends the session.
  'portal.session': async ({ ctx, req }) => {
    const token = bearerToken(req);
    if (!token) throw new ApiError('unauthenticated', 'Niet ingelogd');
    const session = await useTenantSession(ctx.store.db, token, ctx.clock.now());
    return { customerNumber: session.customerNumber, expiresAt: session.expiresAt.toISOString() };
  },
  // The pending address becomes the household's address; unknown, used or older than 24 hours → 409.
  'portal.confirmEmail': async ({ ctx, req, reply, body }) => {
    const counts = await limited(ctx, reply, [[limits.linkAddress, req.ip]]);
    const customerNumber = await ctx.store.db.transaction().execute((trx) => confirmEmailChange(trx, body.token, ctx.clock.now()));
    for (const c of counts) await refundAttempt(ctx.store.db, c.key);
    return { confirmed: true as const, customerNumber };
  },
  // Forged/unknown → 404; second use → 409 (reason link_used); after two minutes → 409 (link_expired).
  // Opening the link only shows the page with the button (a GET changes nothing); a dead link says why.
  'portal.redeemLinkGet': async ({ ctx, params }) =>
    orRefusedPage(async () => {
      await usablePortalLink(ctx.store.db, params.token, ctx.clock.now());
      return landingPage(params.token);
    }),
  'portal.redeemLink': async ({ ctx, req, params }) => {
    if (isFormPost(req)) {
      return orRefusedPage(async () => {
        const res = await redeemPortalLinkAudited(ctx, params.token, req.ip);
        // The real portal sets its session cookie from res.token here and continues to its home page; this
        // server has no portal pages, so the browser is only told that it is signed in.
        return signedInPage(res.username, res.customerNumber);
      });
    }
    const res = await redeemPortalLinkAudited(ctx, params.token, req.ip);
    return { customerNumber: res.customerNumber, staffId: res.staffId, redeemedAt: res.redeemedAt, token: res.token, expiresAt: res.expiresAt };
  },
});
