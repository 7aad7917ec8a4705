import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { Account } from '../../shared/api/accounts';
import { accountRoutes } from '../../shared/api/routes/accounts';
import type { AccountRequestListRow } from '../accounts/accountRequestRow';
import { accountRequestSearchIndex } from '../accounts/accountRequestSearch';
import { deleteAccountRequest, readAccountRequest, resendActivation } from '../accounts/accountRequestService';
import type { AccountListRow } from '../accounts/accountRow';
import { accountSearchIndex, listAccounts } from '../accounts/accountSearch';
import { resendAccountActivation, type ActivationResendResult } from '../accounts/accountActivationResend';
import {
  activateAccount,
  blockAccount,
  type AccountChange,
  changedFields,
  createAccount,
  deleteAccount,
  readAccount,
  unblockAccount,
  updateAccount,
} from '../accounts/accountService';
import { lastErpSync, runErpSync } from '../accounts/erpSync';
import { audited } from '../audit/audited';
import type { DB } from '../db/schema';
import { defineHandlers } from '../http/routeTable';
import { hashPassword } from '../security/passwords';

const accountTarget = (id: number) => `account:${id}`;
const requestTarget = (id: number) => `account-request:${id}`;

/** A block, unblock or activate: audited with the customer number the account had, answering the account after it. */
async function statusChange(
  req: FastifyRequest,
  id: number,
  action: string,
  work: (trx: Transaction<DB>) => Promise<AccountChange>,
  details?: Record<string, unknown>,
): Promise<Account> {
  const { account } = await audited<AccountChange>(
    req,
    (c) => ({ action, target: accountTarget(id), customerNumber: c.before.customer_number, ...(details ? { details } : {}) }),
    work,
  );
  return account;
}

/**
 * Tenant portal accounts and account requests, staff side. Every change is audited with the account's (or
 * request's) customer number, in the change's own transaction.
 */
export const accountHandlers = defineHandlers(accountRoutes, {
  'accounts.list': async ({ ctx, query }) => listAccounts(accountSearchIndex(ctx.store), query, ctx.clock.now()),
  'accounts.erpSyncStatus': async ({ ctx }) => ({ lastSentAt: await lastErpSync(ctx.store.db) }),
  'accounts.erpSync': async ({ ctx, req }) =>
    audited(req, (x) => ({ action: 'account.erp_sync', details: { count: x.count } }), (trx) => runErpSync(trx, ctx.clock.now())),
  'accounts.get': async ({ ctx, params }) => readAccount(ctx.store.db, params.id, ctx.clock.now()),

  'accounts.create': async ({ ctx, req, body }) => {
    // scrypt is slow on purpose: hash before the transaction so it holds no lock meanwhile.
    const passwordHash = await hashPassword(body.password);
    return audited(
      req,
      (a) => ({ action: 'account.create', target: accountTarget(a.id), customerNumber: a.customerNumber, details: { username: a.username, role: a.role } }),
      (trx) => createAccount(trx, body, passwordHash, ctx.clock.now()),
    );
  },
  'accounts.update': async ({ ctx, req, params, body }) => {
    const { account } = await audited<AccountChange>(
      req,
      (c) => ({
        action: 'account.update',
        target: accountTarget(params.id),
        customerNumber: body.customerNumber ?? c.before.customer_number,
        details: { fields: changedFields(body) },
      }),
      (trx) => updateAccount(trx, params.id, body, ctx.clock.now()),
    );
    return account;
  },
  'accounts.block': async ({ ctx, req, params, body }) =>
    statusChange(req, params.id, 'account.block', (trx) => blockAccount(trx, params.id, body, ctx.clock.now()), { reason: body.reason }),
  'accounts.unblock': async ({ ctx, req, params }) =>
    statusChange(req, params.id, 'account.unblock', (trx) => unblockAccount(trx, params.id, ctx.clock.now())),
  'accounts.activate': async ({ ctx, req, params }) =>
    statusChange(req, params.id, 'account.activate', (trx) => activateAccount(trx, params.id, ctx.clock.now())),
  'accounts.resendActivation': async ({ ctx, req, params }) => {
    const { sentAt } = await audited<ActivationResendResult>(
      req,
      (x) => ({ action: 'account.resend_activation', target: accountTarget(params.id), customerNumber: x.customerNumber, details: { to: x.to } }),
      (trx) => resendAccountActivation(trx, params.id, { now: ctx.clock.now(), portalUrl: ctx.portalUrl }),
    );
    return { sentAt };
  },
  'accounts.remove': async ({ ctx, req, params }) => {
    await audited<AccountListRow>(
      req,
      (gone) => ({ action: 'account.delete', target: accountTarget(params.id), customerNumber: gone.customer_number, details: { username: gone.username } }),
      (trx) => deleteAccount(trx, params.id, ctx.clock.now()),
    );
  },

  'accountRequests.list': async ({ ctx, query }) => accountRequestSearchIndex(ctx.store).search(query, ctx.clock.now()),
  'accountRequests.get': async ({ ctx, params }) => readAccountRequest(ctx.store.db, params.id),
  'accountRequests.resendActivation': async ({ ctx, req, params, body }) =>
    audited(
      req,
      (x) => ({
        action: 'account_request.resend_activation',
        target: requestTarget(params.id),
        customerNumber: x.customerNumber,
        details: { to: x.email, emailGiven: body.email !== undefined },
      }),
      (trx) => resendActivation(trx, params.id, body.email, { now: ctx.clock.now(), portalUrl: ctx.portalUrl }),
    ),
  'accountRequests.remove': async ({ req, params }) => {
    await audited<AccountRequestListRow>(
      req,
      (gone) => ({ action: 'account_request.delete', target: requestTarget(params.id), customerNumber: gone.customer_number }),
      (trx) => deleteAccountRequest(trx, params.id),
    );
  },
});
