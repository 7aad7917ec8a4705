import type { Kysely, Transaction, Updateable } from 'kysely';
import type { AuthedStaff } from '../context';
import type { DB } from '../db/schema';
import type { UpdateCorrespondenceAddress } from '../../shared/api/customers';
import { ApiError, notFound, staleVersion } from '../errors';
import { hashToken, newToken } from '../security/tokens';
import { logInteraction } from './interactions';
import type { EmailTemplateId } from '../../shared/api/emailTemplates';
import { queueMail } from '../mail/outbox';

/** How long the link in an e-mail change mail works (the mail says so); it works once. */
export const EMAIL_CHANGE_VALID_HOURS = 24;
const EMAIL_CHANGE_VALID_MS = EMAIL_CHANGE_VALID_HOURS * 3600 * 1000;

interface Actor {
  staff: AuthedStaff | null;
  now: Date;
  /** The resident portal's address, for the links and the {portalUrl} of the mails. */
  portalUrl: string;
}

export async function householdFor(trx: Kysely<DB>, customerNumber: string) {
  const h = await trx
    .selectFrom('households')
    .select(['id', 'customer_number', 'email', 'phone', 'pending_email', 'version'])
    .where('customer_number', '=', customerNumber)
    .executeTakeFirst();
  if (!h) throw notFound('Klant');
  return h;
}

/** Bumps households.version if it still is `version`; else 409 with the current one, nothing changed. */
async function bump(trx: Transaction<DB>, id: number, version: number, set: Omit<Updateable<DB['households']>, 'id' | 'version'>): Promise<void> {
  const bumped = await trx
    .updateTable('households')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  if (!bumped) {
    const cur = await trx.selectFrom('households').select('version').where('id', '=', id).executeTakeFirst();
    throw staleVersion(cur?.version ?? version);
  }
}

/** A confirmation from its template (E-mailsjablonen) into the outbox, in the change's transaction; none without an address. */
async function mail(trx: Transaction<DB>, at: Date, to: string, template: EmailTemplateId, values: Record<string, string>, customerNumber: string, portalUrl: string) {
  if (to.trim() === '') return;
  await queueMail(trx, { template, to, customerNumber, values, portalUrl, at });
}

/** A new phone number; a confirmation naming it goes to the household's active e-mail address. */
export async function changePhone(trx: Transaction<DB>, customerNumber: string, phone: string, version: number, a: Actor): Promise<void> {
  const h = await householdFor(trx, customerNumber);
  await bump(trx, h.id, version, { phone: phone.trim() });
  await logInteraction(trx, { householdId: h.id, at: a.now, template: 'CP_PHONE_CHANGED', description: `Telefoonnummer gewijzigd in ${phone.trim()}`, staff: a.staff });
  await mail(trx, a.now, h.email, 'phone_changed', { phone: phone.trim() }, customerNumber, a.portalUrl);
}

/**
 * A new e-mail address is only used once its link is clicked; until then the old one stays primary.
 * The mail goes to the NEW address; only the token's hash is stored.
 */
export async function requestEmailChange(
  trx: Transaction<DB>, customerNumber: string, email: string, version: number | undefined, portalUrl: string, a: Actor,
): Promise<void> {
  const h = await householdFor(trx, customerNumber);
  if (email.toLowerCase() === h.email.toLowerCase()) {
    throw new ApiError('validation', 'Dit is al het huidige e-mailadres', { fields: { email: ['Dit is al het huidige e-mailadres'] } });
  }
  const token = newToken();
  await bump(trx, h.id, version ?? h.version, {
    pending_email: email,
    pending_email_token_hash: hashToken(token),
    pending_email_requested_at: a.now.toISOString(),
  });
  await logInteraction(trx, { householdId: h.id, at: a.now, template: 'CP_EMAIL_CHANGE_REQUESTED', description: `Wijziging e-mailadres aangevraagd (${email}); wacht op bevestiging`, staff: a.staff });
  const link = `${portalUrl.replace(/\/+$/, '')}/email/bevestigen?token=${encodeURIComponent(token)}`;
  await mail(trx, a.now, email, 'email_change_confirmation', { newEmail: email, confirmationLink: link, validHours: String(EMAIL_CHANGE_VALID_HOURS) }, customerNumber, portalUrl);
}

/**
 * The public confirmation: the pending address becomes the household's e-mail address. Once (the token is
 * cleared) and within 24 hours of the request; unknown, used and expired links get the same refusal.
 */
export async function confirmEmailChange(trx: Transaction<DB>, token: string, now: Date): Promise<string> {
  const h = await trx
    .selectFrom('households')
    .select(['id', 'customer_number', 'pending_email', 'pending_email_requested_at', 'version'])
    .where('pending_email_token_hash', '=', hashToken(token))
    .executeTakeFirst();
  const refused = () => new ApiError('conflict', 'Deze bevestigingslink is ongeldig, al gebruikt of verlopen.', { reason: 'email_link_invalid' });
  if (!h || h.pending_email === null || h.pending_email_requested_at === null) throw refused();
  if (new Date(h.pending_email_requested_at).getTime() + EMAIL_CHANGE_VALID_MS <= now.getTime()) throw refused();
  await trx
    .updateTable('households')
    .set({ email: h.pending_email, pending_email: null, pending_email_token_hash: null, pending_email_requested_at: null, version: h.version + 1 })
    .where('id', '=', h.id)
    .execute();
  await logInteraction(trx, { householdId: h.id, at: now, template: 'CP_EMAIL_CHANGED', description: `E-mailadres gewijzigd in ${h.pending_email}`, staff: null, channel: 'portaal' });
  return h.customer_number;
}

/** A new correspondence address; a confirmation naming it goes to the active e-mail address. */
export async function changeCorrespondenceAddress(trx: Transaction<DB>, customerNumber: string, b: UpdateCorrespondenceAddress, a: Actor): Promise<void> {
  const h = await householdFor(trx, customerNumber);
  const addition = (b.addition ?? '').trim();
  await bump(trx, h.id, b.version, {
    corr_street: b.street, corr_house_number: b.houseNumber, corr_house_number_addition: addition, corr_postcode: b.postcode, corr_city: b.city,
  });
  const line = `${b.street} ${b.houseNumber}${addition}, ${b.postcode} ${b.city}`;
  await logInteraction(trx, { householdId: h.id, at: a.now, template: 'CP_CORRESPONDENCE_ADDRESS_CHANGED', description: `Correspondentieadres gewijzigd in ${line}`, staff: a.staff });
  await mail(trx, a.now, h.email, 'correspondence_address_changed', { address: line }, customerNumber, a.portalUrl);
}
