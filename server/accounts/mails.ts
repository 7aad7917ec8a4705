import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { queueMail } from '../mail/outbox';

/** How long the link in an account confirmation mail works (the mail says so); a used link never works again. */
export const CONFIRM_LINK_VALID_HOURS = 24;

/**
 * The confirmation mail of the account flow, from its template (E-mailsjablonen), into outbox_mail in the
 * caller's transaction. The body carries the confirmation link with the token: that is the mail's purpose;
 * it is never logged or audited.
 */
export async function queueConfirmationMail(
  trx: Transaction<DB> | Kysely<DB>,
  m: { to: string; token: string; portalUrl: string; customerNumber: string | null; at: Date; resent?: boolean; username?: string },
): Promise<void> {
  const link = `${m.portalUrl.replace(/\/+$/, '')}/account/bevestigen?token=${encodeURIComponent(m.token)}`;
  await queueMail(trx, {
    template: m.resent ? 'activation_resent' : 'account_confirmation',
    to: m.to,
    customerNumber: m.customerNumber,
    values: { confirmationLink: link, validHours: String(CONFIRM_LINK_VALID_HOURS), username: m.username ?? '' },
    portalUrl: m.portalUrl,
    at: m.at,
  });
}
