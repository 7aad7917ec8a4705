import type { Kysely } from 'kysely';
import type { AccountRequest } from '../../shared/api/accounts';
import type { DB } from '../db/schema';
import { conflict, fieldError, notFound } from '../errors';
import { hashToken, newToken } from '../security/tokens';
import { accountRequestColumns, toAccountRequest, type AccountRequestListRow } from './accountRequestRow';
import { queueConfirmationMail } from './mails';

/* Staff actions on self-registration requests; the writes run in the caller's (audited) transaction. */

const noSuchRequest = () => notFound('Accountaanvraag');

export async function readAccountRequest(db: Kysely<DB>, id: number): Promise<AccountRequest> {
  const row = await db.selectFrom('account_requests').select(accountRequestColumns).where('id', '=', id).executeTakeFirst();
  if (!row) throw noSuchRequest();
  return toAccountRequest(row);
}

/**
 * Sends the activation (confirmation) mail again, to the e-mail given or else the one known; giving one is how
 * staff add an address the tenant left out. The tenant must have filled in the account details (username and
 * password); a new link (valid 24 hours from now) replaces the old one. No e-mail known and none given → 400 naming `email`; an already
 * confirmed account → 409.
 */
export async function resendActivation(
  trx: Kysely<DB>,
  id: number,
  given: string | undefined,
  o: { now: Date; portalUrl: string },
): Promise<AccountRequest> {
  const row = await trx.selectFrom('account_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw noSuchRequest();
  const account = row.account_id
    ? await trx.selectFrom('accounts').select(['id', 'email', 'confirmed_at']).where('id', '=', row.account_id).executeTakeFirst()
    : undefined;
  const email = given ?? row.email ?? account?.email ?? null;
  if (!email) throw fieldError('email', 'Er is geen e-mailadres bekend; vul een e-mailadres in');
  if (account?.confirmed_at) throw conflict('Het account van deze aanvraag is al bevestigd.');
  if (!account && (!row.username || !row.password_hash)) {
    throw conflict('De huurder heeft de accountgegevens nog niet ingevuld; er is nog niets te activeren.', { step: 'details_missing' });
  }
  const token = newToken();
  if (account) {
    await trx
      .updateTable('accounts')
      .set((eb) => ({ email, confirm_token_hash: hashToken(token), confirm_token_issued_at: o.now.toISOString(), version: eb('version', '+', 1) }))
      .where('id', '=', account.id)
      .execute();
  }
  const updated = await trx
    .updateTable('account_requests')
    .set({ email, email_sent_at: o.now.toISOString(), confirm_token_hash: hashToken(token), confirm_token_issued_at: o.now.toISOString() })
    .where('id', '=', id)
    .returning(accountRequestColumns)
    .executeTakeFirstOrThrow();
  await queueConfirmationMail(trx, { to: email, token, portalUrl: o.portalUrl, customerNumber: row.customer_number, at: o.now, resent: true, username: row.username ?? undefined });
  return toAccountRequest(updated);
}

/** Deletes a request; returns it as it was (its customer number goes into the audit entry). */
export async function deleteAccountRequest(trx: Kysely<DB>, id: number): Promise<AccountRequestListRow> {
  const gone = await trx.deleteFrom('account_requests').where('id', '=', id).returning(accountRequestColumns).executeTakeFirst();
  if (!gone) throw noSuchRequest();
  return gone;
}
