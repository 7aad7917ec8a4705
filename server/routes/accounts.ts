import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Account,
  AccountList,
  AccountListQuery,
  BlockAccount,
  CreateAccount,
  ErpSyncResult,
  ErpSyncStatus,
  UpdateAccount,
} from '../../shared/api/accounts';
import { ErrorBody, IdParam } from '../../shared/api/common';
import { AccountSearch } from '../accounts/accountSearch';
import { toAccount } from '../accounts/accountRow';
import { assertCustomerExists, assertUsernameFree, emailLooksValid, getAccountRow, usernameTaken } from '../accounts/accountStore';
import { queueErpAccountStatus } from '../accounts/erpOutbox';
import { runErpSync, lastErpSync } from '../accounts/erpSync';
import { audited } from '../audit/audited';
import { conflict, staleVersion } from '../errors';
import { hashPassword } from '../security/passwords';

/*
 * Tenant portal accounts, staff side (catalogue B1–B4, B6; seed 001 §3.2, §4.3).
 *
 * Who may do what. Seed §4.3.3 splits the KCC role in "KCC-medewerker" (acts on behalf of a customer:
 * looks along, looks things up) and "KCC-medewerker (beheerder)" (manages accounts in the portal's
 * beheer-omgeving, §4.3–4.4); product.md maps them to `kcc` and `kcc-admin`; `admin` is the portal
 * administrator (Beheerder), who owns §4.3 as a whole.
 *
 *   | call                                            | kcc | kcc-admin | admin | helpdesk |
 *   |-------------------------------------------------|-----|-----------|-------|----------|
 *   | GET /accounts, /accounts/{id}, GET erp-sync     |  ✓  |     ✓     |   ✓   |    –     |
 *   | POST/PATCH/DELETE accounts, block, unblock,     |  –  |     ✓     |   ✓   |    –     |
 *   |   activate, POST erp-sync                       |     |           |       |          |
 *   | account requests: GET                           |  ✓  |     ✓     |   ✓   |    –     |
 *   | account requests: resend activation, DELETE     |  –  |     ✓     |   ✓   |    –     |
 *
 * Every change is audited with the account's customer number, in the change's own transaction.
 */
const look = { roles: ['kcc', 'kcc-admin', 'admin'] as const };
const act = { roles: ['kcc-admin', 'admin'] as const };
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['accounts'];

export async function accountRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { clock } = app.ctx;
  const search = new AccountSearch(app.ctx.store.sqlite);

  r.get('/accounts', { config: look, schema: { tags, querystring: AccountListQuery, response: { 200: AccountList, ...errors } } }, async (req) => {
    const now = clock.now();
    const res = search.search(req.query, now);
    return {
      items: res.rows.map((row) => toAccount(row, now)),
      total: res.total,
      totalCapped: res.totalCapped,
      page: req.query.page,
      pageSize: req.query.pageSize,
    };
  });

  r.get('/accounts/erp-sync', { config: look, schema: { tags, response: { 200: ErpSyncStatus, ...errors } } }, async () => ({
    lastSentAt: await lastErpSync(app.ctx.store.db),
  }));

  r.post('/accounts/erp-sync', { config: act, schema: { tags, response: { 200: ErpSyncResult, ...errors } } }, async (req) => {
    const now = clock.now();
    return audited(req, (x: { sentAt: string; count: number }) => ({ action: 'account.erp_sync', details: { count: x.count } }), (trx) =>
      runErpSync(trx, now),
    );
  });

  r.get('/accounts/:id', { config: look, schema: { tags, params: IdParam, response: { 200: Account, ...errors } } }, async (req) =>
    toAccount(await getAccountRow(app.ctx.store.db, req.params.id), clock.now()),
  );

  r.post('/accounts', { config: act, schema: { tags, body: CreateAccount, response: { 201: Account, ...errors } } }, async (req, reply) => {
    const b = req.body;
    const now = clock.now();
    const passwordHash = await hashPassword(b.password);
    const created = await audited(
      req,
      (a: Account) => ({
        action: 'account.create',
        target: `account:${a.id}`,
        customerNumber: a.customerNumber,
        details: { username: a.username, role: a.role },
      }),
      async (trx) => {
        await assertUsernameFree(trx, b.username);
        if (b.customerNumber !== undefined) await assertCustomerExists(trx, b.customerNumber);
        // Made by staff (meant for administrators, §4.3.2): no confirmation mail, usable at once.
        const res = await trx
          .insertInto('accounts')
          .values({
            username: b.username,
            email: b.email,
            email_valid: emailLooksValid(b.email) ? 1 : 0,
            role: b.role,
            customer_number: b.customerNumber ?? null,
            password_hash: passwordHash,
            confirmed_at: now.toISOString(),
            created_at: now.toISOString(),
          })
          .executeTakeFirstOrThrow();
        await queueErpAccountStatus(trx, b.customerNumber ?? null, 'activated', now);
        return toAccount(await getAccountRow(trx, Number(res.insertId)), now);
      },
    ).catch((e: unknown) => {
      if (e instanceof Error && /UNIQUE constraint failed: accounts\.username/.test(e.message)) throw usernameTaken();
      throw e;
    });
    reply.code(201);
    return created;
  });

  r.patch(
    '/accounts/:id',
    { config: act, schema: { tags, params: IdParam, body: UpdateAccount, response: { 200: Account, ...errors } } },
    async (req) => {
      const { id } = req.params;
      const b = req.body;
      const now = clock.now();
      const current = await getAccountRow(app.ctx.store.db, id);
      const changed = Object.keys(b).filter((k) => k !== 'version');
      return audited(
        req,
        { action: 'account.update', target: `account:${id}`, customerNumber: b.customerNumber ?? current.customer_number, details: { fields: changed } },
        async (trx) => {
          const cur = await getAccountRow(trx, id);
          if (cur.version !== b.version) throw staleVersion(cur.version);
          if (b.username !== undefined) await assertUsernameFree(trx, b.username, id);
          if (b.customerNumber) await assertCustomerExists(trx, b.customerNumber);
          // An e-mail changed here stays in the portal; the ERP household keeps its own (§4.3.4) — the UI warns.
          const res = await trx
            .updateTable('accounts')
            .set((eb) => ({
              ...(b.username !== undefined ? { username: b.username } : {}),
              ...(b.email !== undefined ? { email: b.email, email_valid: emailLooksValid(b.email) ? 1 : 0 } : {}),
              ...(b.role !== undefined ? { role: b.role } : {}),
              ...(b.customerNumber !== undefined ? { customer_number: b.customerNumber } : {}),
              version: eb('version', '+', 1),
            }))
            .where('id', '=', id)
            .where('version', '=', b.version)
            .executeTakeFirst();
          if (Number(res.numUpdatedRows) !== 1) throw staleVersion(cur.version);
          return toAccount(await getAccountRow(trx, id), now);
        },
      );
    },
  );

  r.post(
    '/accounts/:id/block',
    { config: act, schema: { tags, params: IdParam, body: BlockAccount, response: { 200: Account, ...errors } } },
    async (req) => {
      const { id } = req.params;
      const now = clock.now();
      const current = await getAccountRow(app.ctx.store.db, id);
      return audited(
        req,
        { action: 'account.block', target: `account:${id}`, customerNumber: current.customer_number, details: { reason: req.body.reason } },
        async (trx) => {
          const cur = await getAccountRow(trx, id);
          if (req.body.version !== undefined && req.body.version !== cur.version) throw staleVersion(cur.version);
          await trx
            .updateTable('accounts')
            .set((eb) => ({ manually_blocked: 1, block_reason: req.body.reason, version: eb('version', '+', 1) }))
            .where('id', '=', id)
            .execute();
          return toAccount(await getAccountRow(trx, id), now);
        },
      );
    },
  );

  r.post(
    '/accounts/:id/unblock',
    { config: act, schema: { tags, params: IdParam, response: { 200: Account, ...errors } } },
    async (req) => {
      const { id } = req.params;
      const now = clock.now();
      const current = await getAccountRow(app.ctx.store.db, id);
      return audited(req, { action: 'account.unblock', target: `account:${id}`, customerNumber: current.customer_number }, async (trx) => {
        // After unblocking, the reason goes too (§4.3.4 "Na de-blokkade wordt de reden automatisch verwijderd").
        await trx
          .updateTable('accounts')
          .set((eb) => ({ manually_blocked: 0, block_reason: null, version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .execute();
        return toAccount(await getAccountRow(trx, id), now);
      });
    },
  );

  r.post(
    '/accounts/:id/activate',
    { config: act, schema: { tags, params: IdParam, response: { 200: Account, ...errors } } },
    async (req) => {
      const { id } = req.params;
      const now = clock.now();
      const current = await getAccountRow(app.ctx.store.db, id);
      return audited(req, { action: 'account.activate', target: `account:${id}`, customerNumber: current.customer_number }, async (trx) => {
        const cur = await getAccountRow(trx, id);
        if (!(cur.auto_blocked_until !== null && cur.auto_blocked_until > now.toISOString())) {
          throw conflict('Dit account is niet automatisch geblokkeerd; activeren is niet nodig.');
        }
        await trx
          .updateTable('accounts')
          .set((eb) => ({ failed_login_attempts: 0, auto_blocked_until: null, version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .execute();
        if (cur.confirmed_at !== null) await queueErpAccountStatus(trx, cur.customer_number, 'activated', now);
        return toAccount(await getAccountRow(trx, id), now);
      });
    },
  );

  r.delete(
    '/accounts/:id',
    { config: act, schema: { tags, params: IdParam, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const { id } = req.params;
      const current = await getAccountRow(app.ctx.store.db, id);
      await audited(
        req,
        { action: 'account.delete', target: `account:${id}`, customerNumber: current.customer_number, details: { username: current.username } },
        async (trx) => {
          await getAccountRow(trx, id);
          await trx.deleteFrom('accounts').where('id', '=', id).execute();
          await queueErpAccountStatus(trx, current.customer_number, 'not_created', clock.now());
        },
      );
      reply.code(204);
      return null;
    },
  );
}
