import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { ImportPlan, type ImportFile, type ReadOptions } from '../../shared/api/imports';
import { matchHeaders } from '../../shared/domain/importColumns';
import { FILE_MODE, ownerOnlyDir } from '../db/fileModes';
import type { DB } from '../db/schema';
import { ApiError, conflict, notFound } from '../errors';
import { readImportFile, type SheetText } from './readFile';

/** Uploaded files wait owner-only in this folder of the data folder for their preview and commit. */
export const IMPORT_FOLDER = 'imports';
/** An uploaded file is kept this long (and removed at the next upload after it). */
const KEEP_MS = 24 * 3_600_000;
const SAMPLE_ROWS = 5;
const JUDGEMENT_KEEP_MS = 60_000;

export const MAPPING_SCOPE = 'global';

export type ImportPlanParsed = ReturnType<typeof ImportPlan.parse>;

const cacheKey = (id: string, kind: string, opts: ReadOptions) =>
  JSON.stringify([id, kind === 'csv' ? null : (opts.sheet ?? null), kind === 'csv' ? (opts.separator ?? null) : null, kind === 'csv' ? (opts.encoding ?? null) : null]);

/**
 * The uploads of one server, with the last read file kept in memory: the wizard pages through a 50,000-row
 * preview without reading the file again for every page.
 */
export class ImportFiles {
  private cache: { key: string; text: SheetText } | null = null;
  private judged: { key: string; at: number; value: unknown } | null = null;

  /**
   * The preview's judgement of one plan, kept for a minute: paging through 50,000 rows then costs a slice, not
   * a new judgement per page. The commit never uses it (it judges again in its transaction) and clears it.
   */
  async judgement<T>(importId: string, plan: unknown, make: () => Promise<T>): Promise<T> {
    const key = JSON.stringify([importId, plan]);
    const now = Date.now();
    if (this.judged?.key === key && now - this.judged.at < JUDGEMENT_KEEP_MS) return this.judged.value as T;
    const value = await make();
    this.judged = { key, at: now, value };
    return value;
  }

  forgetJudgement(): void {
    this.judged = null;
  }

  constructor(private readonly dir: string) {}

  private fileOf(id: string): string {
    return path.join(this.dir, `import-${id}.bin`);
  }

  async save(db: Kysely<DB>, bytes: Buffer, kind: 'xlsx' | 'csv', staffId: number, now: Date): Promise<string> {
    ownerOnlyDir(this.dir);
    await this.removeOld(db, now);
    const id = randomUUID();
    fs.writeFileSync(this.fileOf(id), bytes, { mode: FILE_MODE, flag: 'wx' });
    await db
      .insertInto('imports')
      .values({ id, staff_id: staffId, file_name: `import-${id}.bin`, kind, size: bytes.length, created_at: now.toISOString() })
      .execute();
    return id;
  }

  private async own(db: Kysely<DB>, id: string, staffId: number) {
    const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Importbestand');
    if (row.staff_id !== staffId) throw new ApiError('forbidden', 'Alleen wie het bestand heeft geladen, kan het importeren.', { reason: 'not_import_owner' });
    return row;
  }

  /** Stores the wizard's plan for the preview, the report and the commit. */
  async savePlan(db: Kysely<DB>, id: string, staffId: number, plan: ImportPlan): Promise<void> {
    await this.own(db, id, staffId);
    await db.updateTable('imports').set({ plan: JSON.stringify(plan) }).where('id', '=', id).execute();
  }

  /** The stored plan (409 before there is one). */
  async planOf(db: Kysely<DB>, id: string, staffId: number): Promise<ImportPlanParsed> {
    const row = await this.own(db, id, staffId);
    if (!row.plan) throw conflict('Kies eerst de kolommen en de rijen (nog geen plan voor dit bestand).', { reason: 'no_plan' });
    return ImportPlan.parse(JSON.parse(row.plan));
  }

  /** The file read with `opts` (cached); only its own uploader may use it. */
  async read(db: Kysely<DB>, id: string, staffId: number, opts: ReadOptions): Promise<SheetText> {
    const row = await this.own(db, id, staffId);
    const key = cacheKey(id, row.kind, opts);
    if (this.cache?.key === key) return this.cache.text;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.fileOf(id));
    } catch {
      throw notFound('Importbestand');
    }
    const text = await readImportFile(bytes, row.kind === 'csv' ? 'csv' : 'xlsx', opts);
    this.cache = { key, text };
    return text;
  }

  /** Keeps a file just read (at its upload) for the wizard's next calls. */
  keep(id: string, kind: string, opts: ReadOptions, text: SheetText): void {
    this.cache = { key: cacheKey(id, kind, opts), text };
  }

  async describe(db: Kysely<DB>, id: string, text: SheetText): Promise<ImportFile> {
    const remembered = await db.selectFrom('import_mappings').select('mapping').where('scope', '=', MAPPING_SCOPE).executeTakeFirst();
    return {
      importId: id,
      kind: text.kind,
      sheets: text.sheets,
      sheet: text.sheet,
      separator: text.separator,
      encoding: text.encoding,
      headers: text.headers,
      rows: text.rows.length,
      mapping: matchHeaders(text.headers, remembered ? (JSON.parse(remembered.mapping) as Record<string, string>) : {}),
      sample: text.rows.slice(0, SAMPLE_ROWS).map((r) => text.headers.map((_, i) => r.cells[i] ?? '')),
    };
  }

  private async removeOld(db: Kysely<DB>, now: Date): Promise<void> {
    const before = new Date(now.getTime() - KEEP_MS).toISOString();
    const old = await db.selectFrom('imports').select('id').where('created_at', '<', before).execute();
    for (const o of old) fs.rmSync(this.fileOf(o.id), { force: true });
    if (old.length > 0) await db.deleteFrom('imports').where('created_at', '<', before).execute();
  }
}
