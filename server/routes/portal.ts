import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody, IdParam } from '../../shared/api/common';
import {
  AccountRequestDetails,
  AccountRequestDetailsResponse,
  ConfirmAccount,
  ConfirmAccountResponse,
  StartAccountRequest,
  StartAccountRequestResponse,
  TenantSignIn,
  TenantSignInResponse,
} from '../../shared/api/portal';
import { confirmAccount, fillAccountDetails, startAccountRequest } from '../accounts/accountRequestFlow';
import { tenantSignIn } from '../accounts/tenantSignIn';
import { admitAttempt, forgetAttempts, limits, refundAttempt, type AttemptRule } from '../auth/attemptLimits';

const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 423: ErrorBody, 429: ErrorBody };

/**
 * What the resident portal calls (api.md "Tenant side"); no staff session. These calls create every
 * account and account-request state the back office shows. Secrets (password, code, token) are never
 * logged (the app's logger redacts them) nor stored in plain text.
 */
export async function portalRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { clock } = app.ctx;
  const db = () => app.ctx.store.db;

  const tooMany = (sec: number) => `Te veel pogingen vanaf dit adres; probeer het over ${sec} seconden opnieuw`;
  const limited = (reply: FastifyReply, now: Date, checks: ReadonlyArray<readonly [AttemptRule, string]>) =>
    admitAttempt(db(), now, checks, reply, tooMany);

  r.post(
    '/portal/account-requests',
    { schema: { tags: ['portal'], body: StartAccountRequest, response: { 201: StartAccountRequestResponse, ...errors } } },
    async (req, reply) => {
      const now = clock.now();
      const [byAddress, byCustomer] = await limited(reply, now, [
        [limits.registrationAddress, req.ip],
        [limits.registrationCustomer, req.body.customerNumber],
      ]);
      const res = await startAccountRequest(db(), now, req.body.customerNumber, req.body.activationCode);
      if (res.identified && byAddress && byCustomer) {
        await refundAttempt(db(), byAddress.key);
        await forgetAttempts(db(), [byCustomer.key]);
      }
      reply.code(201);
      return res;
    },
  );

  r.post(
    '/portal/account-requests/:id/details',
    {
      schema: {
        tags: ['portal'],
        params: IdParam,
        body: AccountRequestDetails,
        response: { 200: AccountRequestDetailsResponse, ...errors },
      },
    },
    async (req, reply) => {
      const now = clock.now();
      const counts = await limited(reply, now, [[limits.registrationAddress, req.ip]]);
      const res = await fillAccountDetails(db(), now, app.ctx.portalUrl, req.params.id, req.body);
      for (const c of counts) await refundAttempt(db(), c.key);
      return res;
    },
  );

  r.post(
    '/portal/account-confirmations',
    { schema: { tags: ['portal'], body: ConfirmAccount, response: { 200: ConfirmAccountResponse, ...errors } } },
    async (req) => {
      await confirmAccount(db(), clock.now(), req.body.token);
      return { confirmed: true as const };
    },
  );

  r.post(
    '/portal/sessions',
    { schema: { tags: ['portal'], body: TenantSignIn, response: { 201: TenantSignInResponse, ...errors } } },
    async (req, reply) => {
      const now = clock.now();
      const counts = await limited(reply, now, [[limits.tenantAddress, req.ip]]);
      const res = await tenantSignIn(db(), now, req.body.username, req.body.password);
      for (const c of counts) await refundAttempt(db(), c.key);
      reply.code(201);
      return res;
    },
  );
}
