import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { ApiError, fieldError, notFound } from '../errors';
import { accountColumns, type AccountListRow } from './accountRow';

type Db = Kysely<DB> | Transaction<DB>;

export async function getAccountRow(db: Db, id: number): Promise<AccountListRow> {
  const row = await db.selectFrom('accounts').select(accountColumns).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Account');
  return row;
}

export const usernameTaken = () =>
  new ApiError('conflict', 'Deze gebruikersnaam is al in gebruik.', { fields: { username: ['Deze gebruikersnaam is al in gebruik'] } });

export async function assertUsernameFree(db: Db, username: string, exceptId?: number): Promise<void> {
  let q = db.selectFrom('accounts').select('id').where('username', '=', username);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw usernameTaken();
}

export async function assertCustomerExists(db: Db, customerNumber: string): Promise<void> {
  const h = await db.selectFrom('households').select('id').where('customer_number', '=', customerNumber).executeTakeFirst();
  if (!h) throw fieldError('customerNumber', `Klantnummer ${customerNumber} bestaat niet`);
}

/**
 * A household has one portal account; a second one only when the caller says so (`additionalForCustomer`),
 * e.g. a guardian's own account beside the tenant's. 409 naming the customer number otherwise.
 */
export async function assertNoOtherAccount(db: Db, customerNumber: string, exceptId?: number): Promise<void> {
  let q = db.selectFrom('accounts').select('username').where('customer_number', '=', customerNumber);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  const other = await q.executeTakeFirst();
  if (!other) return;
  const message = `Klantnummer ${customerNumber} heeft al een portaalaccount (${other.username}); kies "extra account" als een tweede de bedoeling is.`;
  throw new ApiError('conflict', message, { reason: 'customer_has_account', fields: { customerNumber: [message] } });
}

/** A deliberately plain e-mail check (one @, a dot in the domain, no spaces): the "e-mail valid" flag staff see on an account. */
export function emailLooksValid(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(email) && !email.includes('..');
}
