import type { Kysely, Selectable } from 'kysely';
import type { Label, LabelHistoryEntry, LabelQuery } from '../../shared/api/labels';
import type { List } from '../../shared/api/common';
import { checkPlaceholders, placeholderProblem } from '../../shared/domain/placeholders';
import type { DB } from '../db/schema';
import { ApiError, notFound, staleVersion } from '../errors';
import { defaultHash, defaultText, labelDefaults, labelDefaultsByKey, labelPlaceholders, type LabelDefault, type LabelLang } from './catalogue/index';

type OverrideRow = Selectable<DB['label_overrides']>;

export function toLabel(d: LabelDefault, lang: LabelLang, row: OverrideRow | undefined): Label {
  const def = defaultText(d, lang);
  const overridden = row?.text !== null && row?.text !== undefined;
  const outdated = overridden && row.default_hash !== defaultHash(def);
  return {
    key: d.key,
    page: d.page,
    name: d.name,
    lang,
    defaultText: def,
    text: overridden ? (row.text ?? def) : def,
    overridden,
    outdated,
    savedDefaultText: outdated ? row.default_text : null,
    placeholders: labelPlaceholders(d, lang),
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
  };
}

export function labelDefault(key: string): LabelDefault {
  const d = labelDefaultsByKey.get(key);
  if (!d) throw notFound('Label');
  return d;
}

/** One language's override rows, by key (a handful: only changed labels have one). */
export async function overrideRows(db: Kysely<DB>, lang: LabelLang): Promise<Map<string, OverrideRow>> {
  const rows = await db.selectFrom('label_overrides').selectAll().where('lang', '=', lang).execute();
  return new Map(rows.map((r) => [r.key, r]));
}

/**
 * The screen's search. The catalogue lives in code and has a few hundred labels per language, so the list is
 * filtered in memory after one read of that language's overrides (a handful of rows).
 */
export async function listLabels(db: Kysely<DB>, q: LabelQuery): Promise<List<Label>> {
  const rows = await overrideRows(db, q.lang);
  const needle = q.q?.toLocaleLowerCase('nl') ?? '';
  const pageName = q.pageName?.toLocaleLowerCase('nl');
  const all = labelDefaults
    .filter((d) => pageName === undefined || d.page.toLocaleLowerCase('nl') === pageName)
    .map((d) => toLabel(d, q.lang, rows.get(d.key)))
    .filter((l) => !q.overridden || l.overridden)
    .filter(
      (l) =>
        needle === '' ||
        l.key.toLocaleLowerCase('nl').includes(needle) ||
        l.text.toLocaleLowerCase('nl').includes(needle) ||
        l.defaultText.toLocaleLowerCase('nl').includes(needle),
    );
  const start = (q.pageNumber - 1) * q.pageSize;
  return { items: all.slice(start, start + q.pageSize), total: all.length, page: q.pageNumber, pageSize: q.pageSize };
}

export async function getLabel(db: Kysely<DB>, key: string, lang: LabelLang): Promise<Label> {
  const d = labelDefault(key);
  const row = await db.selectFrom('label_overrides').selectAll().where('key', '=', key).where('lang', '=', lang).executeTakeFirst();
  return toLabel(d, lang, row);
}

/** Null when the text keeps exactly the default's placeholders, else the Dutch sentence naming the difference. */
export function labelTextProblem(d: LabelDefault, lang: LabelLang, text: string): string | null {
  const required = labelPlaceholders(d, lang);
  return placeholderProblem(checkPlaceholders(text, required, required));
}

export interface Editor {
  by: string;
  now: Date;
}

/**
 * Writes a label's text (null: back to the default) when `version` is still current. The override row stays on
 * reset so the version keeps counting; the earlier value goes to the history. The version condition is in
 * the write itself, so two saves racing on one version cannot both pass.
 */
export async function writeLabel(trx: Kysely<DB>, key: string, lang: LabelLang, text: string | null, version: number, e: Editor): Promise<Label> {
  const d = labelDefault(key);
  if (text !== null) {
    const problem = labelTextProblem(d, lang, text);
    if (problem) throw new ApiError('validation', problem, { fields: { text: [problem] } });
  }
  const current = await trx.selectFrom('label_overrides').selectAll().where('key', '=', key).where('lang', '=', lang).executeTakeFirst();
  const currentVersion = current?.version ?? 0;
  if (currentVersion !== version) throw staleVersion(currentVersion);
  const def = defaultText(d, lang);
  // A text equal to the default is no override: the label simply shows its default (and follows it later).
  const stored = text === def ? null : text;
  const values = {
    text: stored,
    default_hash: defaultHash(def),
    default_text: def,
    version: currentVersion + 1,
    updated_at: e.now.toISOString(),
    updated_by: e.by,
  };
  const row = current
    ? await trx
        .updateTable('label_overrides')
        .set(values)
        .where('key', '=', key)
        .where('lang', '=', lang)
        .where('version', '=', currentVersion)
        .returningAll()
        .executeTakeFirst()
    : await trx
        .insertInto('label_overrides')
        .values({ key, lang, ...values })
        .onConflict((oc) => oc.columns(['key', 'lang']).doNothing())
        .returningAll()
        .executeTakeFirst();
  if (!row) throw staleVersion(currentVersion + 1);
  await trx
    .insertInto('label_history')
    .values({ key, lang, text: stored, version: row.version, changed_at: values.updated_at, changed_by: e.by })
    .execute();
  return toLabel(d, lang, row);
}

/** Standaardtekst herstellen: no version needed (whatever was there, the default is what the admin asked for). */
export async function resetLabel(trx: Kysely<DB>, key: string, lang: LabelLang, e: Editor): Promise<Label> {
  const d = labelDefault(key);
  const current = await overrideRow(trx, key, lang);
  if (!current || current.text === null) return toLabel(d, lang, current);
  return writeLabel(trx, key, lang, null, current.version, e);
}

async function overrideRow(db: Kysely<DB>, key: string, lang: LabelLang): Promise<OverrideRow | undefined> {
  return db.selectFrom('label_overrides').selectAll().where('key', '=', key).where('lang', '=', lang).executeTakeFirst();
}

export async function labelHistory(db: Kysely<DB>, key: string, lang: LabelLang): Promise<LabelHistoryEntry[]> {
  labelDefault(key);
  const rows = await db
    .selectFrom('label_history')
    .selectAll()
    .where('key', '=', key)
    .where('lang', '=', lang)
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ text: r.text, version: r.version, changedAt: r.changed_at, changedBy: r.changed_by }));
}

