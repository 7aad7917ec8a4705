import type { Kysely } from 'kysely';
import type { Account, BlockAccount, CreateAccount, UpdateAccount } from '../../shared/api/accounts';
import type { DB } from '../db/schema';
import { isUniqueViolation } from '../db/uniqueViolation';
import { conflict, notFound, staleVersion } from '../errors';
import { accountColumns, isAutoBlocked, toAccount, type AccountListRow } from './accountRow';
import { assertCustomerExists, assertNoOtherAccount, assertUsernameFree, emailLooksValid, getAccountRow, usernameTaken } from './accountStore';
import { queueErpAccountStatus } from './erpOutbox';

/*
 * Staff changes to tenant portal accounts. Each function runs inside the caller's transaction (the one that
 * also writes the audit entry) and returns what that entry needs: the row before the change (its customer
 * number) and the account after it.
 */

export interface AccountChange {
  before: AccountListRow;
  account: Account;
}

export async function readAccount(db: Kysely<DB>, id: number, now: Date): Promise<Account> {
  return toAccount(await getAccountRow(db, id), now);
}

/** The username is checked first for a clear answer; should two writes race, the unique index gives the same 409. */
async function withUniqueUsername<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw usernameTaken();
    throw e;
  }
}

/**
 * Made by staff (meant for administrators): confirmed at once, so no confirmation mail; the ERP hears the
 * household's account is active. The password is hashed by the caller, outside the transaction.
 */
export async function createAccount(trx: Kysely<DB>, b: CreateAccount, passwordHash: string, now: Date): Promise<Account> {
  await assertUsernameFree(trx, b.username);
  if (b.customerNumber !== undefined) {
    await assertCustomerExists(trx, b.customerNumber);
    if (!b.additionalForCustomer) await assertNoOtherAccount(trx, b.customerNumber);
  }
  const row = await withUniqueUsername(() =>
    trx
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
      .returning(accountColumns)
      .executeTakeFirstOrThrow(),
  );
  await queueErpAccountStatus(trx, b.customerNumber ?? null, 'activated', now);
  return toAccount(row, now);
}

/** The fields a change names (for the audit entry), without the version it was based on. */
export function changedFields(b: UpdateAccount): string[] {
  return Object.keys(b).filter((k) => k !== 'version' && k !== 'additionalForCustomer');
}

/**
 * Changes username, e-mail, role or customer number when `version` is current (409 with the current version
 * otherwise). A changed e-mail stays in the portal: the ERP household keeps its own (the screen warns).
 */
export async function updateAccount(trx: Kysely<DB>, id: number, b: UpdateAccount, now: Date): Promise<AccountChange> {
  const before = await getAccountRow(trx, id);
  if (before.version !== b.version) throw staleVersion(before.version);
  if (b.username !== undefined) await assertUsernameFree(trx, b.username, id);
  if (b.customerNumber && b.customerNumber !== before.customer_number) {
    await assertCustomerExists(trx, b.customerNumber);
    if (!b.additionalForCustomer) await assertNoOtherAccount(trx, b.customerNumber, id);
  }
  const row = await withUniqueUsername(() =>
    trx
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
      .returning(accountColumns)
      .executeTakeFirst(),
  );
  if (!row) throw staleVersion(before.version);
  return { before, account: toAccount(row, now) };
}

/** A manual block with its reason; the version is checked only when the caller sends one. */
export async function blockAccount(trx: Kysely<DB>, id: number, b: BlockAccount, now: Date): Promise<AccountChange> {
  const before = await getAccountRow(trx, id);
  if (b.version !== undefined && b.version !== before.version) throw staleVersion(before.version);
  const row = await trx
    .updateTable('accounts')
    .set((eb) => ({ manually_blocked: 1, block_reason: b.reason, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returning(accountColumns)
    .executeTakeFirstOrThrow();
  // A block takes effect at once: the tenant's open portal sessions end with it.
  await trx.deleteFrom('tenant_sessions').where('account_id', '=', id).execute();
  return { before, account: toAccount(row, now) };
}

/** Ends a manual block; the reason goes with it. */
export async function unblockAccount(trx: Kysely<DB>, id: number, now: Date): Promise<AccountChange> {
  const before = await getAccountRow(trx, id);
  const row = await trx
    .updateTable('accounts')
    .set((eb) => ({ manually_blocked: 0, block_reason: null, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returning(accountColumns)
    .executeTakeFirstOrThrow();
  return { before, account: toAccount(row, now) };
}

/**
 * Ends a running automatic block (after too many wrong passwords) early and resets the counter; anything else
 * is a 409. A confirmed account's household is reported active to the ERP again.
 */
export async function activateAccount(trx: Kysely<DB>, id: number, now: Date): Promise<AccountChange> {
  const before = await getAccountRow(trx, id);
  if (!isAutoBlocked(before, now)) throw conflict('Dit account is niet automatisch geblokkeerd; activeren is niet nodig.');
  const row = await trx
    .updateTable('accounts')
    .set((eb) => ({ failed_login_attempts: 0, auto_blocked_until: null, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returning(accountColumns)
    .executeTakeFirstOrThrow();
  if (before.confirmed_at !== null) await queueErpAccountStatus(trx, before.customer_number, 'activated', now);
  return { before, account: toAccount(row, now) };
}

/** Deletes the account and tells the ERP the household has none; returns the deleted row. */
export async function deleteAccount(trx: Kysely<DB>, id: number, now: Date): Promise<AccountListRow> {
  const gone = await trx.deleteFrom('accounts').where('id', '=', id).returning(accountColumns).executeTakeFirst();
  if (!gone) throw notFound('Account');
  await queueErpAccountStatus(trx, gone.customer_number, 'not_created', now);
  return gone;
}
