import type { FastifyInstance } from 'fastify';
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

  r.post(
    '/portal/account-requests',
    { schema: { tags: ['portal'], body: StartAccountRequest, response: { 201: StartAccountRequestResponse, ...errors } } },
    async (req, reply) => {
      const res = await startAccountRequest(db(), clock.now(), req.body.customerNumber, req.body.activationCode);
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
    async (req) => fillAccountDetails(db(), clock.now(), app.ctx.portalUrl, req.params.id, req.body),
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
      const res = await tenantSignIn(db(), clock.now(), req.body.username, req.body.password);
      reply.code(201);
      return res;
    },
  );
}
