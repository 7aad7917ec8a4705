import type { Transaction } from 'kysely';
import { queueErpAccountStatus } from '../accounts/erpOutbox';
import { emailLooksValid } from '../accounts/accountStore';
import type { DB } from '../db/schema';
import type { ItemOutcome, JobKindHandler } from './jobRunner';
import type { JobItemRow } from './jobRows';
import { giveNewCode, writeJobMailings } from './letterKind';

/**
 * A password hash that matches no password (not even the empty one): the account is made without a password,
 * nobody sees or mails one; the tenant gets access through the activation code on the letter.
 */
export const NO_PASSWORD = '!bulk-no-password';

/** The username of a bulk-made account: the customer number in lower case (unique, as customer numbers are). */
export const bulkUsername = (customerNumber: string) => customerNumber.toLowerCase();

/**
 * One household's portal account, in the temporary state of the account rules (unconfirmed: made, not yet
 * activated; the ERP hears "created_not_activated"; marked awaiting_activation so the tenant's registration with
 * the letter's code claims it), and a new activation code. A household that already has
 * an account, or whose username is taken, is skipped with the reason.
 */
async function createBulkAccount(trx: Transaction<DB>, item: JobItemRow, now: Date): Promise<ItemOutcome> {
  const h = await trx.selectFrom('households').select(['email']).where('customer_number', '=', item.customer_number).executeTakeFirst();
  if (!h) return { state: 'skipped', message: 'Klant bestaat niet (meer)' };
  const existing = await trx.selectFrom('accounts').select('id').where('customer_number', '=', item.customer_number).executeTakeFirst();
  if (existing) return { state: 'skipped', message: 'Heeft al een account' };
  const username = bulkUsername(item.customer_number);
  const taken = await trx.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirst();
  if (taken) return { state: 'failed', message: `Gebruikersnaam ${username} is al in gebruik` };
  const account = await trx
    .insertInto('accounts')
    .values({
      username,
      email: h.email,
      email_valid: h.email !== '' && emailLooksValid(h.email) ? 1 : 0,
      role: 'user',
      customer_number: item.customer_number,
      password_hash: NO_PASSWORD,
      confirmed_at: null,
      created_at: now.toISOString(),
      // The mark registration looks for: the code on the letter claims this account (no second one is made).
      awaiting_activation: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await queueErpAccountStatus(trx, item.customer_number, 'created_not_activated', now);
  await giveNewCode(trx, item, now);
  return {
    state: 'done',
    message: `Account ${username}`,
    audit: { action: 'job.item.account', target: `account:${account.id}`, customerNumber: item.customer_number, details: { username } },
  };
}

/** Bulk accounts: per household an account and a new code; at the end the letters of the accounts made. */
export function accountKind(dir: string, portalUrl: string): JobKindHandler {
  return {
    item: (trx, _job, item, now) => createBulkAccount(trx, item, now),
    finish: (db, job, now) => writeJobMailings(db, dir, portalUrl, job, now),
  };
}
