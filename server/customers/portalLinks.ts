import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
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
 * (with the customer number) so it can be used once; a forged or altered token fails the signature.
 */
export async function createPortalLink(
  trx: Transaction<DB>, customerNumber: string, staffId: number, now: Date, portalUrl: string,
): Promise<{ url: string; expiresAt: string; linkId: number }> {
  const expires = new Date(now.getTime() + PORTAL_LINK_TTL_MS);
  // Short enough for a URL path segment (Fastify's default maxParamLength is 100).
  const payload = `${randomBytes(16).toString('base64url')}.${expires.getTime().toString(36)}`;
  const token = `${payload}.${sign(await secret(trx), payload)}`;
  const link = await trx
    .insertInto('one_time_links')
    .values({ token_hash: hashToken(token), customer_number: customerNumber, staff_id: staffId, created_at: now.toISOString(), expires_at: expires.toISOString(), used_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { url: `${portalUrl.replace(/\/+$/, '')}/meekijken/${token}`, expiresAt: expires.toISOString(), linkId: link.id };
}

/**
 * Redeems a link once. Refusals: bad signature or unknown → 404 not_found;
 * already used → 409 conflict (reason "link_used"); too late → 409 conflict (reason "link_expired").
 */
export async function redeemPortalLink(
  trx: Transaction<DB>, token: string, now: Date,
): Promise<{ customerNumber: string; staffId: number; redeemedAt: string }> {
  const invalid = () => new ApiError('not_found', 'Deze link is ongeldig.', { reason: 'link_invalid' });
  const cut = token.lastIndexOf('.');
  if (cut <= 0) throw invalid();
  const payload = token.slice(0, cut);
  const mac = token.slice(cut + 1);
  const expected = Buffer.from(sign(await secret(trx), payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  const row = await trx.selectFrom('one_time_links').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row) throw invalid();
  if (row.used_at !== null) throw new ApiError('conflict', 'Deze link is al gebruikt.', { reason: 'link_used' });
  if (row.expires_at <= now.toISOString()) throw new ApiError('conflict', 'Deze link is verlopen.', { reason: 'link_expired' });
  const upd = await trx.updateTable('one_time_links').set({ used_at: now.toISOString() }).where('id', '=', row.id).where('used_at', 'is', null).executeTakeFirst();
  if (Number(upd.numUpdatedRows) === 0) throw new ApiError('conflict', 'Deze link is al gebruikt.', { reason: 'link_used' });
  return { customerNumber: row.customer_number, staffId: row.staff_id, redeemedAt: now.toISOString() };
}
