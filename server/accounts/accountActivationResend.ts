import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { conflict } from '../errors';
import { hashToken, newToken } from '../security/tokens';
import { getAccountRow } from './accountStore';
import { queueConfirmationMail } from './mails';

export interface ActivationResendResult {
  customerNumber: string | null;
  /** The address the mail went to (for the audit entry; never the link or its token). */
  to: string;
  sentAt: string;
}

/**
 * Staff send an unconfirmed account a new confirmation mail: a fresh link replaces the previous one (so an
 * old mail in the tenant's inbox stops working) and the mail goes to the account's own address. The request
 * the account came from, if any, records the new mail too, so Accountaanvragen shows the same moment. A
 * confirmed account has nothing to confirm: 409. Runs in the caller's audited transaction; the version is not
 * bumped, since nothing a staff member edits changed.
 */
export async function resendAccountActivation(
  trx: Kysely<DB>,
  id: number,
  o: { now: Date; portalUrl: string },
): Promise<ActivationResendResult> {
  const account = await getAccountRow(trx, id);
  if (account.confirmed_at !== null) throw conflict('Dit account is al bevestigd; een activatiemail is niet nodig.');
  const token = newToken();
  const tokenHash = hashToken(token);
  const sentAt = o.now.toISOString();
  await trx
    .updateTable('accounts')
    .set({ confirm_token_hash: tokenHash, confirm_token_issued_at: sentAt })
    .where('id', '=', id)
    .execute();
  await trx
    .updateTable('account_requests')
    .set({ email_sent_at: sentAt, confirm_token_hash: tokenHash, confirm_token_issued_at: sentAt })
    .where('account_id', '=', id)
    .execute();
  await queueConfirmationMail(trx, { to: account.email, token, portalUrl: o.portalUrl, customerNumber: account.customer_number, at: o.now, resent: true, username: account.username });
  return { customerNumber: account.customer_number, to: account.email, sentAt };
}
