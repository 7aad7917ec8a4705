import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { ThemeAssetInfo } from '../../shared/api/theme';
import { themeAssetLimits, themeAssetNames, type ThemeAssetName, type ThemeAssetType } from '../../shared/domain/themeSlots';
import type { DB } from '../db/schema';
import { ApiError, fieldError, notFound } from '../errors';
import { SvgRefused, sanitizeSvg } from './svgSanitizer';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (buf: Buffer, sig: number[]) => sig.every((b, i) => buf[i] === b);

const limitText = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`);

/**
 * Checks an upload against what it claims to be: PNG and JPEG by their magic bytes, SVG by parsing it (and
 * rebuilding it from an allow-list). Returns the bytes to store. 400 (details.file) for a wrong or unreadable
 * type, 413 above the image's limit.
 */
export function checkAsset(name: ThemeAssetName, declared: string, body: unknown): { type: ThemeAssetType; data: Buffer } {
  if (!Buffer.isBuffer(body) || body.length === 0) throw fieldError('file', 'Kies een afbeelding (PNG, JPEG of SVG)');
  const limit = themeAssetLimits[name];
  if (body.length > limit) {
    throw new ApiError('payload_too_large', `De afbeelding is te groot (maximaal ${limitText(limit)})`, { limitBytes: limit });
  }
  const type = declared.split(';')[0]?.trim().toLowerCase();
  if (type === 'image/png') {
    if (!startsWith(body, PNG)) throw fieldError('file', 'Dit bestand is geen PNG-afbeelding');
    return { type, data: body };
  }
  if (type === 'image/jpeg') {
    if (!startsWith(body, JPEG)) throw fieldError('file', 'Dit bestand is geen JPEG-afbeelding');
    return { type, data: body };
  }
  if (type === 'image/svg+xml') {
    try {
      return { type, data: Buffer.from(sanitizeSvg(body.toString('utf8')), 'utf8') };
    } catch (e) {
      if (e instanceof SvgRefused) throw fieldError('file', `Deze SVG kan niet veilig worden gebruikt: ${e.message}`);
      throw e;
    }
  }
  throw fieldError('file', 'Alleen PNG, JPEG of SVG');
}

const toInfo = (r: { name: string; content_type: string; size: number; hash: string; uploaded_at: string; uploaded_by: string }): ThemeAssetInfo => ({
  name: r.name as ThemeAssetName,
  contentType: r.content_type as ThemeAssetType,
  size: r.size,
  hash: r.hash,
  uploadedAt: r.uploaded_at,
  uploadedBy: r.uploaded_by,
});

export async function listAssets(db: Kysely<DB>): Promise<ThemeAssetInfo[]> {
  const rows = await db.selectFrom('theme_assets').select(['name', 'content_type', 'size', 'hash', 'uploaded_at', 'uploaded_by']).execute();
  return themeAssetNames.flatMap((n) => rows.filter((r) => r.name === n).map(toInfo));
}

export async function saveAsset(trx: Transaction<DB>, name: ThemeAssetName, type: ThemeAssetType, data: Buffer, by: string, now: Date): Promise<ThemeAssetInfo> {
  const row = {
    name,
    content_type: type,
    data,
    hash: createHash('sha256').update(data).digest('hex'),
    size: data.length,
    uploaded_at: now.toISOString(),
    uploaded_by: by,
  };
  await trx
    .insertInto('theme_assets')
    .values(row)
    .onConflict((oc) => oc.column('name').doUpdateSet({ content_type: type, data, hash: row.hash, size: row.size, uploaded_at: row.uploaded_at, uploaded_by: by }))
    .execute();
  return toInfo(row);
}

export async function removeAsset(trx: Transaction<DB>, name: ThemeAssetName): Promise<void> {
  const res = await trx.deleteFrom('theme_assets').where('name', '=', name).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw notFound('Afbeelding');
}

export async function readAsset(db: Kysely<DB>, name: string): Promise<{ type: string; data: Buffer; hash: string } | null> {
  const r = await db.selectFrom('theme_assets').select(['content_type', 'data', 'hash']).where('name', '=', name).executeTakeFirst();
  return r ? { type: r.content_type, data: Buffer.from(r.data), hash: r.hash } : null;
}
