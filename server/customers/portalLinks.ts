import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { createTenantSession } from '../accounts/tenantSessions';
import type { DB } from '../db/schema';
import { ApiError } from '../errors';
import { hashToken } from '../security/tokens';

/** A link that opens the web portal as this customer works once, within two minutes. */
export const PORTAL_LINK_TTL_MS = 2 * 60_000;
const SECRET_KEY = 'portal_link_hmac_secret';

/** The server's HMAC key, made on first use and kept in meta (never leaves the server). */
async function secret(db: Kysely<DB> | Transaction<DB>): Promise<Buffer> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', SECRET_KEY).executeTakeFirst();
  if (row) return Buffer.from(row.value, 'base64');
  const value = randomBytes(32).toString('base64');
  await db.insertInto('meta').values({ key: SECRET_KEY, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const again = await db.selectFrom('meta').select('value').where('key', '=', SECRET_KEY).executeTakeFirstOrThrow();
  return Buffer.from(again.value, 'base64');
}

const sign = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

/**
 * Token = nonce "." expiry (ms, base36) "." HMAC-SHA256 of both. Its hash is stored in one_time_links
 * (with the customer number and the look-along session it was made in) so it can be used once; a forged or
 * altered token fails the signature.
 */
export async function createPortalLink(
  trx: Transaction<DB>, customerNumber: string, staffId: number, now: Date, portalUrl: string, lookAlongSessionId: string | null,
): Promise<{ url: string; expiresAt: string; linkId: number }> {
  const expires = new Date(now.getTime() + PORTAL_LINK_TTL_MS);
  // Short enough for a URL path segment (Fastify's default maxParamLength is 100).
  const payload = `${randomBytes(16).toString('base64url')}.${expires.getTime().toString(36)}`;
  const token = `${payload}.${sign(await secret(trx), payload)}`;
  const link = await trx
    .insertInto('one_time_links')
    .values({
      token_hash: hashToken(token), customer_number: customerNumber, staff_id: staffId, created_at: now.toISOString(),
      expires_at: expires.toISOString(), used_at: null, look_along_session_id: lookAlongSessionId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { url: `${portalUrl.replace(/\/+$/, '')}/meekijken/${token}`, expiresAt: expires.toISOString(), linkId: link.id };
}

/**
 * The link a token names, if it can still be used; nothing changes. Refusals: bad signature or unknown → 404
 * not_found; already used → 409 conflict (reason "link_used"); too late → 409 conflict (reason "link_expired").
 */
export async function usablePortalLink(db: Kysely<DB>, token: string, now: Date): Promise<Selectable<DB['one_time_links']>> {
  const invalid = () => new ApiError('not_found', 'Deze link is ongeldig.', { reason: 'link_invalid' });
  const cut = token.lastIndexOf('.');
  if (cut <= 0) throw invalid();
  const payload = token.slice(0, cut);
  const mac = token.slice(cut + 1);
  const expected = Buffer.from(sign(await secret(db), payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  const row = await db.selectFrom('one_time_links').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row) throw invalid();
  if (row.used_at !== null) throw linkUsed();
  if (row.expires_at <= now.toISOString()) throw new ApiError('conflict', 'Deze link is verlopen.', { reason: 'link_expired' });
  return row;
}

const linkUsed = () => new ApiError('conflict', 'Deze link is al gebruikt.', { reason: 'link_used' });

export interface RedeemedLink {
  customerNumber: string;
  staffId: number;
  redeemedAt: string;
  lookAlongSessionId: string | null;
  /** The tenant session the link made, and the portal account it is for. */
  token: string;
  expiresAt: string;
  username: string;
}

/**
 * Redeems a link once into a tenant session for the household's portal account (the first one, when there
 * are more), limited to the time left of the look-along session that made the link; ending that look-along
 * session ends this session too. Besides usablePortalLink's refusals: no portal account → 409 (reason
 * "no_portal_account"); the look-along session ended or expired → 409 (reason "look_along_ended" /
 * "look_along_expired"). A refusal leaves the link as it was.
 */
export async function redeemPortalLink(trx: Transaction<DB>, token: string, now: Date): Promise<RedeemedLink> {
  const row = await usablePortalLink(trx, token, now);
  const account = await trx
    .selectFrom('accounts')
    .select(['id', 'username', 'manually_blocked', 'auto_blocked_until'])
    .where('customer_number', '=', row.customer_number)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!account) {
    throw new ApiError('conflict', 'Deze klant heeft geen account voor het klantportaal; met deze link kan daarom niet worden ingelogd.', {
      reason: 'no_portal_account',
    });
  }
  // A blocked account stays blocked, also for a link made by staff: unblock it first.
  if (account.manually_blocked === 1 || (account.auto_blocked_until !== null && account.auto_blocked_until > now.toISOString())) {
    throw new ApiError('conflict', 'Het portaalaccount van deze klant is geblokkeerd; de-blokkeer het eerst.', { reason: 'account_blocked' });
  }
  const lookAlong = row.look_along_session_id === null
    ? undefined
    : await trx.selectFrom('look_along_sessions').select(['id', 'expires_at', 'ended_at']).where('id', '=', row.look_along_session_id).executeTakeFirst();
  if (!lookAlong || lookAlong.ended_at !== null) {
    throw new ApiError('conflict', 'De meekijksessie waarin deze link is gemaakt, is beëindigd.', { reason: 'look_along_ended' });
  }
  if (lookAlong.expires_at <= now.toISOString()) {
    throw new ApiError('conflict', 'De meekijksessie waarin deze link is gemaakt, is verlopen.', { reason: 'look_along_expired', expiredAt: lookAlong.expires_at });
  }
  const upd = await trx.updateTable('one_time_links').set({ used_at: now.toISOString() }).where('id', '=', row.id).where('used_at', 'is', null).executeTakeFirst();
  if (Number(upd.numUpdatedRows) === 0) throw linkUsed();
  const session = await createTenantSession(trx, {
    accountId: account.id, now, keepSignedIn: false, lookAlong: { id: lookAlong.id, expiresAt: new Date(lookAlong.expires_at) },
  });
  return {
    customerNumber: row.customer_number,
    staffId: row.staff_id,
    redeemedAt: now.toISOString(),
    lookAlongSessionId: lookAlong.id,
    token: session.token,
    expiresAt: session.expiresAt.toISOString(),
    username: account.username,
  };
}
