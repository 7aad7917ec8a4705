import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { StylesheetEntry, Theme, UpdateTheme } from '../../shared/api/theme';
import { checkColor } from '../../shared/domain/colorExpression';
import { defaultColors, slotNumbers } from '../../shared/domain/themeSlots';
import { forUpdate } from '../db/engine';
import type { DB } from '../db/schema';
import { ApiError, notFound, staleVersion } from '../errors';
import { listAssets } from './themeAssets';
import { SassCompileError, sassCompiler } from './sassCompiler';
import { themeSassSource, type ThemeInput } from './themeSass';

/** Stored colours with the demo defaults for any slot not stored (or no longer valid). */
function colorsOf(json: string): Record<string, string> {
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(json) as Record<string, unknown>;
  } catch {
    stored = {};
  }
  return Object.fromEntries(
    slotNumbers.map((n) => {
      const v = stored[n];
      return [n, typeof v === 'string' && checkColor(v).ok ? v : (defaultColors[n] as string)];
    }),
  );
}

const shapeOf = (s: string): 'round' | 'rectangular' => (s === 'rectangular' ? 'rectangular' : 'round');

export interface CompiledCss {
  css: string;
  hash: string;
  ms: number;
}

/** Compiles a theme with the real Sass compiler (in its worker). A failure is the caller's input: 400. */
export async function compileTheme(t: ThemeInput): Promise<CompiledCss> {
  const started = performance.now();
  let css: string;
  try {
    css = await sassCompiler.compile(themeSassSource(t));
  } catch (e) {
    if (e instanceof SassCompileError) {
      throw new ApiError('validation', `Het stylesheet kon niet worden gecompileerd: ${e.message.split('\n')[0]}`, { fields: { colors: [e.message.split('\n')[0] ?? ''] } });
    }
    throw e;
  }
  return { css, hash: createHash('sha256').update(css).digest('hex'), ms: performance.now() - started };
}

export async function readTheme(db: Kysely<DB>): Promise<Theme> {
  const t = await db.selectFrom('portal_theme').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const active = t.active_stylesheet_id
    ? await db.selectFrom('theme_stylesheets').select(['id', 'compiled_at', 'hash']).where('id', '=', t.active_stylesheet_id).executeTakeFirst()
    : undefined;
  return {
    colors: colorsOf(t.colors),
    logoShape: shapeOf(t.logo_shape),
    copyright: t.copyright === 1,
    version: t.version,
    cssVersion: active?.id ?? null,
    compiledAt: active?.compiled_at ?? null,
    cssHash: active?.hash ?? null,
    assets: await listAssets(db),
    updatedAt: t.updated_at,
    updatedBy: t.updated_by,
  };
}

async function storeStylesheet(trx: Kysely<DB>, t: ThemeInput, c: CompiledCss, by: string, now: Date): Promise<number> {
  const row = await trx
    .insertInto('theme_stylesheets')
    .values({
      css: c.css,
      hash: c.hash,
      bytes: Buffer.byteLength(c.css, 'utf8'),
      colors: JSON.stringify(t.colors),
      logo_shape: t.logoShape,
      copyright: t.copyright ? 1 : 0,
      compiled_at: now.toISOString(),
      compiled_by: by,
      compile_ms: Math.round(c.ms),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.updateTable('portal_theme').set({ active_stylesheet_id: row.id }).where('id', '=', 1).execute();
  return row.id;
}

/**
 * Saves the theme and makes its freshly compiled stylesheet the active one, in one transaction (the compile
 * ran before it, in the worker): the portal's next `theme.css` is the new one. 409 on a stale version.
 */
export async function saveTheme(trx: Transaction<DB>, b: UpdateTheme, compiled: CompiledCss, by: string, now: Date): Promise<Theme> {
  const input: ThemeInput = { colors: b.colors, logoShape: b.logoShape, copyright: b.copyright };
  const res = await trx
    .updateTable('portal_theme')
    .set({ colors: JSON.stringify(b.colors), logo_shape: b.logoShape, copyright: b.copyright ? 1 : 0, version: b.version + 1, updated_at: now.toISOString(), updated_by: by })
    .where('id', '=', 1)
    .where('version', '=', b.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw staleVersion((await readTheme(trx)).version);
  await storeStylesheet(trx, input, compiled, by, now);
  return readTheme(trx);
}

export async function storedThemeInput(db: Kysely<DB>): Promise<ThemeInput> {
  const t = await readTheme(db);
  return { colors: t.colors, logoShape: t.logoShape, copyright: t.copyright };
}

/** "CSS compileren" on the server's data: a new active stylesheet from what is stored. */
export async function compileStored(trx: Transaction<DB>, input: ThemeInput, compiled: CompiledCss, by: string, now: Date) {
  const id = await storeStylesheet(trx, input, compiled, by, now);
  return { cssVersion: id, bytes: Buffer.byteLength(compiled.css, 'utf8'), hash: compiled.hash, compiledAt: now.toISOString(), compileMs: Math.round(compiled.ms * 10) / 10 };
}

export async function stylesheetHistory(db: Kysely<DB>): Promise<StylesheetEntry[]> {
  const t = await db.selectFrom('portal_theme').select('active_stylesheet_id').where('id', '=', 1).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('theme_stylesheets')
    .select(['id', 'compiled_at', 'compiled_by', 'bytes', 'hash', 'colors'])
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    cssVersion: r.id,
    compiledAt: r.compiled_at,
    compiledBy: r.compiled_by,
    bytes: r.bytes,
    hash: r.hash,
    active: r.id === t.active_stylesheet_id,
    colors: colorsOf(r.colors),
  }));
}

/** Makes an earlier stylesheet active again and puts the theme back to the colours it was made from. */
export async function restoreStylesheet(trx: Transaction<DB>, id: number, by: string, now: Date): Promise<Theme> {
  const s = await trx.selectFrom('theme_stylesheets').select(['id', 'colors', 'logo_shape', 'copyright']).where('id', '=', id).executeTakeFirst();
  if (!s) throw notFound('Stylesheet');
  await trx
    .updateTable('portal_theme')
    .set((eb) => ({
      colors: s.colors,
      logo_shape: s.logo_shape,
      copyright: s.copyright,
      active_stylesheet_id: s.id,
      version: eb('version', '+', 1),
      updated_at: now.toISOString(),
      updated_by: by,
    }))
    .where('id', '=', 1)
    .execute();
  return readTheme(trx);
}

/** The first compile in progress, per database (several test servers share a process). */
const firstCompiles = new WeakMap<Kysely<DB>, Promise<void>>();

/**
 * The active stylesheet for the portal. A new installation has none until the first save: then the stored (or
 * default) theme is compiled once and kept, so the portal never goes without.
 */
export async function activeStylesheet(db: Kysely<DB>, now: () => Date): Promise<{ css: string; hash: string }> {
  const read = () =>
    db
      .selectFrom('portal_theme as t')
      .innerJoin('theme_stylesheets as s', 's.id', 't.active_stylesheet_id')
      .select(['s.css', 's.hash'])
      .where('t.id', '=', 1)
      .executeTakeFirst();
  const found = await read();
  if (found) return found;
  let firstCompile = firstCompiles.get(db);
  firstCompile ??= (async () => {
    const input = await storedThemeInput(db);
    const compiled = await compileTheme(input);
    await db.transaction().execute(async (trx) => {
      // Locked (PostgreSQL): of two instances compiling the first stylesheet at once, one stores it.
      const again = await forUpdate(trx, trx.selectFrom('portal_theme').select('active_stylesheet_id').where('id', '=', 1)).executeTakeFirstOrThrow();
      if (again.active_stylesheet_id === null) await storeStylesheet(trx, input, compiled, 'systeem', now());
    });
  })().finally(() => firstCompiles.delete(db));
  firstCompiles.set(db, firstCompile);
  await firstCompile;
  const after = await read();
  if (!after) throw new Error('Geen actief stylesheet');
  return after;
}
