import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

/** How long the link in an account confirmation mail works (the mail says so); a used link never works again. */
export const CONFIRM_LINK_VALID_HOURS = 24;

/**
 * The mails of the account flow, put in outbox_mail (SMTP delivery is a later step). The body carries the
 * confirmation link with the token: that is the mail's purpose; it is never logged or audited.
 */
export async function queueConfirmationMail(
  trx: Transaction<DB> | Kysely<DB>,
  m: { to: string; token: string; portalUrl: string; customerNumber: string | null; at: Date; resent?: boolean },
): Promise<void> {
  const link = `${m.portalUrl.replace(/\/+$/, '')}/account/bevestigen?token=${encodeURIComponent(m.token)}`;
  await trx
    .insertInto('outbox_mail')
    .values({
      created_at: m.at.toISOString(),
      to_address: m.to,
      template: m.resent ? 'account_activation_resent' : 'account_confirmation',
      subject: 'Bevestig uw account voor het klantportaal',
      body: [
        'Beste huurder,',
        '',
        'U heeft een account aangemaakt voor het klantportaal. Klik op de onderstaande link om uw account te bevestigen:',
        link,
        '',
        `Deze link werkt ${CONFIRM_LINK_VALID_HOURS} uur en één keer. Is hij verlopen? Neem dan contact op met de klantenservice voor een nieuwe link.`,
        '',
        'Heeft u geen account aangevraagd? Dan kunt u deze e-mail negeren.',
      ].join('\n'),
      customer_number: m.customerNumber,
      sent_at: null,
    })
    .execute();
}
