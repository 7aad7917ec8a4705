import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

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
        'Heeft u geen account aangevraagd? Dan kunt u deze e-mail negeren.',
      ].join('\n'),
      customer_number: m.customerNumber,
      sent_at: null,
    })
    .execute();
}
