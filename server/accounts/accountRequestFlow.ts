import type { Kysely, Transaction } from 'kysely';
import { passwordPolicyIssues } from '../../shared/domain/password';
import { forUpdate } from '../db/engine';
import type { DB } from '../db/schema';
import { ApiError, conflict, notFound } from '../errors';
import { hashPassword } from '../security/passwords';
import { hashToken, newToken } from '../security/tokens';
import { safeEqual } from '../security/safeEqual';
import { isUniqueViolation } from '../db/uniqueViolation';
import { activationCodeMatches } from './activationCode';
import { queueErpAccountStatus } from './erpOutbox';
import { CONFIRM_LINK_VALID_HOURS, queueConfirmationMail } from './mails';

/**
 * The tenant's self-registration in the portal, the source of every account-request state:
 * customer number entered → identified with the activation code → details filled in (account created,
 * unconfirmed) → confirmation mail sent → confirmed by the link.
 */

const usernameTaken = () =>
  new ApiError('conflict', 'Deze gebruikersnaam is al in gebruik; kies een andere.', {
    fields: { username: ['Deze gebruikersnaam is al in gebruik'] },
  });

const accountExists = () => conflict('Voor dit huurdernummer bestaat al een account. Log in of vraag nieuwe inloggegevens aan.');

/**
 * Step 2 on a household whose account was made in bulk (awaiting_activation): that account gets the tenant's
 * username, e-mail, password and confirmation link, and loses the mark, so it is claimed once; the link then
 * confirms it like any self-registered account. Guarded in the write too: a racing claim or a confirmation in
 * between finds no row and is refused as an existing account.
 */
async function claimBulkAccount(
  trx: Transaction<DB>,
  id: number,
  fields: { username: string; email: string; email_valid: number; password_hash: string; confirm_token_hash: string; confirm_token_issued_at: string },
): Promise<{ id: number }> {
  const claimed = await trx
    .updateTable('accounts')
    .set((eb) => ({ ...fields, awaiting_activation: 0, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('awaiting_activation', '=', 1)
    .where('confirmed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!claimed) throw accountExists();
  return claimed;
}

/** How long the continuation secret of step 1 stays valid for step 2. */
export const CONTINUATION_MINUTES = 30;

export type StartResult = { requestId: number; identified: false } | { requestId: number; identified: true; continuationToken: string };

/**
 * Step 1. Always 201; `identified` says whether customer number and code belong together, never which part
 * was wrong (an unknown customer number looks the same as a wrong code). Only a right code changes
 * anything: it identifies the open request (or a new one) and hands out an unguessable continuation secret,
 * valid for 30 minutes and once, that step 2 needs; a new right code replaces the previous secret. A wrong
 * code never touches an existing request, so nobody can undo someone else's identification; it records the
 * entered customer number only when no request is open yet.
 */
export async function startAccountRequest(db: Kysely<DB>, now: Date, customerNumber: string, activationCode: string): Promise<StartResult> {
  const household = await db
    .selectFrom('households')
    .select('activation_code')
    .where('customer_number', '=', customerNumber)
    .executeTakeFirst();
  const identified = activationCodeMatches(activationCode, household?.activation_code ?? null);
  const at = now.toISOString();
  const continuationToken = newToken();
  const continuation = identified
    ? { continuation_hash: hashToken(continuationToken), continuation_expires_at: new Date(now.getTime() + CONTINUATION_MINUTES * 60_000).toISOString() }
    : {};
  const requestId = await db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom('account_requests')
      .select('id')
      .where('customer_number', '=', customerNumber)
      .where('details_filled_at', 'is', null)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (open) {
      if (identified) {
        await trx
          .updateTable('account_requests')
          .set({ customer_number_entered_at: at, identified_at: at, ...continuation })
          .where('id', '=', open.id)
          .execute();
      }
      return open.id;
    }
    const row = await trx
      .insertInto('account_requests')
      .values({ customer_number: customerNumber, customer_number_entered_at: at, identified_at: identified ? at : null, created_at: at, ...continuation })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  return identified ? { requestId, identified, continuationToken } : { requestId, identified };
}

/** The same answer for an unknown id, a wrong or used secret and an expired one: none tells which. */
const noSuchContinuation = () =>
  new ApiError('not_found', 'Deze aanvraag is niet gevonden of verlopen. Begin opnieuw met uw huurdernummer en activeercode.', {
    step: 'not_identified',
  });

async function usernameInUse(db: Kysely<DB>, username: string, exceptRequest: number, exceptAccount: number | null): Promise<boolean> {
  const acc = await db.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirst();
  // The bulk-made account being claimed may keep its own username (the customer number in lower case).
  if (acc && acc.id !== exceptAccount) return true;
  // Requests that reached step 2 without an account (older data) hold their username too.
  const req = await db
    .selectFrom('account_requests')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .where('account_id', 'is', null)
    .where('id', '!=', exceptRequest)
    .executeTakeFirst();
  return req !== undefined;
}

/**
 * Step 2: username, password, e-mail → the account (unconfirmed), the confirmation mail, the ERP message; for a
 * household whose account was made in bulk and never claimed, that account instead of a new one.
 * Needs the continuation secret of step 1 for this very request, before its expiry; it is used up on success
 * (a refused password or a taken username leave it valid, so the tenant can correct and retry).
 */
export async function fillAccountDetails(
  db: Kysely<DB>,
  now: Date,
  portalUrl: string,
  requestId: number,
  d: { username: string; password: string; email: string; continuationToken: string },
): Promise<{ requestId: number; emailSent: boolean }> {
  const th = hashToken(d.continuationToken);
  const req = await db.selectFrom('account_requests').selectAll().where('id', '=', requestId).executeTakeFirst();
  if (!req || req.continuation_hash === null || !safeEqual(req.continuation_hash, th)) throw noSuchContinuation();
  if (req.continuation_expires_at === null || req.continuation_expires_at <= now.toISOString()) throw noSuchContinuation();
  if (req.identified_at === null) throw noSuchContinuation();
  if (req.details_filled_at !== null) throw conflict('De accountgegevens van deze aanvraag zijn al ingevuld.');
  const issues = passwordPolicyIssues(d.password, { username: d.username });
  if (issues.length > 0) {
    throw new ApiError('validation', 'Het wachtwoord voldoet niet aan de eisen', { fields: { password: issues } });
  }
  // A household with an account is refused, except one made in bulk and never claimed: this request claims it.
  const existing = await db
    .selectFrom('accounts')
    .select(['id', 'awaiting_activation', 'confirmed_at'])
    .where('customer_number', '=', req.customer_number)
    .executeTakeFirst();
  const claimId = existing && existing.awaiting_activation === 1 && existing.confirmed_at === null ? existing.id : null;
  if (existing && claimId === null) throw accountExists();
  if (await usernameInUse(db, d.username, requestId, claimId)) throw usernameTaken();

  const passwordHash = await hashPassword(d.password);
  const token = newToken();
  const at = now.toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      const fields = { username: d.username, email: d.email, email_valid: 1, password_hash: passwordHash, confirm_token_hash: hashToken(token), confirm_token_issued_at: at };
      const res =
        claimId !== null
          ? await claimBulkAccount(trx, claimId, fields)
          : await trx
              .insertInto('accounts')
              .values({ ...fields, role: 'user', customer_number: req.customer_number, confirmed_at: null, created_at: at })
              .returning('id')
              .executeTakeFirstOrThrow();
      const claimed = await trx
        .updateTable('account_requests')
        .set({
          username: d.username,
          email: d.email,
          details_filled_at: at,
          email_sent_at: at,
          confirm_token_hash: hashToken(token),
          confirm_token_issued_at: at,
          account_id: res.id,
          continuation_hash: null,
          continuation_expires_at: null,
        })
        .where('id', '=', requestId)
        .where('details_filled_at', 'is', null)
        .where('continuation_hash', '=', th)
        .returning('id')
        .executeTakeFirst();
      if (!claimed) throw conflict('De accountgegevens van deze aanvraag zijn al ingevuld.');
      await queueConfirmationMail(trx, { to: d.email, token, portalUrl, customerNumber: req.customer_number, at: now, username: d.username });
      // A claimed account was reported as made already (by the bulk job); the confirmation reports it activated.
      if (claimId === null) await queueErpAccountStatus(trx, req.customer_number, 'created_not_activated', now);
    });
  } catch (e) {
    // Two requests racing for one username: the unique index decides (the only unique column written here).
    if (isUniqueViolation(e)) throw usernameTaken();
    throw e;
  }
  return { requestId, emailSent: true };
}

/** Whether a link issued at `issuedAt` still works at `now` (no issue time: an old link, never). */
const confirmLinkLive = (issuedAt: string | null, now: Date) =>
  issuedAt !== null && new Date(issuedAt).getTime() + CONFIRM_LINK_VALID_HOURS * 3600_000 > now.getTime();

/**
 * Step 3: the link in the mail, once and within 24 hours of the mail (staff can send a fresh one). Works for
 * accounts made in step 2 and for older requests without an account. Unknown, used and expired links get the
 * same 404: none tells which.
 */
export async function confirmAccount(db: Kysely<DB>, now: Date, token: string): Promise<void> {
  const th = hashToken(token);
  const at = now.toISOString();
  const gone = () => notFound('Bevestigingslink (ongeldig, al gebruikt of verlopen)');
  await db.transaction().execute(async (trx) => {
    const acc = await forUpdate(
      trx,
      trx.selectFrom('accounts').select(['id', 'customer_number', 'confirm_token_issued_at']).where('confirm_token_hash', '=', th),
    ).executeTakeFirst();
    if (acc) {
      if (!confirmLinkLive(acc.confirm_token_issued_at, now)) throw gone();
      await trx
        .updateTable('accounts')
        .set((eb) => ({ confirmed_at: at, confirm_token_hash: null, confirm_token_issued_at: null, version: eb('version', '+', 1) }))
        .where('id', '=', acc.id)
        .execute();
      await trx.updateTable('account_requests').set({ confirm_token_hash: null, confirm_token_issued_at: null }).where('account_id', '=', acc.id).execute();
      await queueErpAccountStatus(trx, acc.customer_number, 'activated', now);
      return;
    }
    const req = await forUpdate(trx, trx.selectFrom('account_requests').selectAll().where('confirm_token_hash', '=', th)).executeTakeFirst();
    if (!req || req.account_id !== null || !req.username || !req.email || !req.password_hash) throw gone();
    if (!confirmLinkLive(req.confirm_token_issued_at, now)) throw gone();
    const res = await trx
      .insertInto('accounts')
      .values({
        username: req.username,
        email: req.email,
        role: 'user',
        customer_number: req.customer_number,
        password_hash: req.password_hash,
        confirmed_at: at,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('account_requests')
      .set({ confirm_token_hash: null, confirm_token_issued_at: null, account_id: res.id })
      .where('id', '=', req.id)
      .execute();
    await queueErpAccountStatus(trx, req.customer_number, 'activated', now);
  });
}

