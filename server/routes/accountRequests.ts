import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AccountRequest, AccountRequestList, AccountRequestListQuery, ResendActivation } from '../../shared/api/accounts';
import { ErrorBody, IdParam } from '../../shared/api/common';
import { searchAccountRequests, toAccountRequest } from '../accounts/accountRequestSearch';
import { queueConfirmationMail } from '../accounts/mails';
import { audited } from '../audit/audited';
import { conflict, fieldError, notFound } from '../errors';
import { hashToken, newToken } from '../security/tokens';

/*
 * Account requests, staff side (catalogue B5; seed 001 §3.2.2, §4.4). Roles as in routes/accounts.ts:
 * kcc, kcc-admin and admin may look; kcc-admin and admin may resend the activation mail or delete.
 */
const look = { roles: ['kcc', 'kcc-admin', 'admin'] as const };
const act = { roles: ['kcc-admin', 'admin'] as const };
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['account-requests'];

export async function accountRequestRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { clock } = app.ctx;
  const db = () => app.ctx.store.db;

  r.get(
    '/account-requests',
    { config: look, schema: { tags, querystring: AccountRequestListQuery, response: { 200: AccountRequestList, ...errors } } },
    async (req) => searchAccountRequests(db(), req.query),
  );

  r.get(
    '/account-requests/:id',
    { config: look, schema: { tags, params: IdParam, response: { 200: AccountRequest, ...errors } } },
    async (req) => {
      const row = await db().selectFrom('account_requests').selectAll().where('id', '=', req.params.id).executeTakeFirst();
      if (!row) throw notFound('Accountaanvraag');
      return toAccountRequest(row);
    },
  );

  /**
   * Sends the activation (confirmation) mail again, to the e-mail given or the one known (§4.4.2: "In geval
   * het e-mailadres ontbrak en alsnog wordt opgegeven"). Needs the account details (username, password) of
   * step 2; a new link replaces the old one. No e-mail known and none given → 400 naming `email`.
   */
  r.post(
    '/account-requests/:id/resend-activation',
    { config: act, schema: { tags, params: IdParam, body: ResendActivation, response: { 200: AccountRequest, ...errors } } },
    async (req) => {
      const { id } = req.params;
      const now = clock.now();
      const current = await db().selectFrom('account_requests').select('customer_number').where('id', '=', id).executeTakeFirst();
      if (!current) throw notFound('Accountaanvraag');
      return audited(
        req,
        (x: AccountRequest) => ({
          action: 'account_request.resend_activation',
          target: `account-request:${id}`,
          customerNumber: x.customerNumber,
          details: { to: x.email, emailGiven: req.body.email !== undefined },
        }),
        async (trx) => {
          const row = await trx.selectFrom('account_requests').selectAll().where('id', '=', id).executeTakeFirst();
          if (!row) throw notFound('Accountaanvraag');
          const account = row.account_id
            ? await trx.selectFrom('accounts').select(['id', 'email', 'confirmed_at']).where('id', '=', row.account_id).executeTakeFirst()
            : undefined;
          const email = req.body.email ?? row.email ?? account?.email ?? null;
          if (!email) throw fieldError('email', 'Er is geen e-mailadres bekend; vul een e-mailadres in');
          if (account?.confirmed_at) throw conflict('Het account van deze aanvraag is al bevestigd.');
          if (!account && (!row.username || !row.password_hash)) {
            throw conflict('De huurder heeft de accountgegevens nog niet ingevuld; er is nog niets te activeren.', { step: 'details_missing' });
          }
          const token = newToken();
          const at = now.toISOString();
          if (account) {
            await trx
              .updateTable('accounts')
              .set((eb) => ({ email, confirm_token_hash: hashToken(token), version: eb('version', '+', 1) }))
              .where('id', '=', account.id)
              .execute();
          }
          await trx
            .updateTable('account_requests')
            .set({ email, email_sent_at: at, confirm_token_hash: hashToken(token) })
            .where('id', '=', id)
            .execute();
          await queueConfirmationMail(trx, { to: email, token, portalUrl: app.ctx.portalUrl, customerNumber: row.customer_number, at: now, resent: true });
          const updated = await trx.selectFrom('account_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
          return toAccountRequest(updated);
        },
      );
    },
  );

  r.delete(
    '/account-requests/:id',
    { config: act, schema: { tags, params: IdParam, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const { id } = req.params;
      const current = await db().selectFrom('account_requests').select('customer_number').where('id', '=', id).executeTakeFirst();
      if (!current) throw notFound('Accountaanvraag');
      await audited(req, { action: 'account_request.delete', target: `account-request:${id}`, customerNumber: current.customer_number }, async (trx) => {
        const res = await trx.deleteFrom('account_requests').where('id', '=', id).executeTakeFirst();
        if (Number(res.numDeletedRows) !== 1) throw notFound('Accountaanvraag');
      });
      reply.code(204);
      return null;
    },
  );
}
