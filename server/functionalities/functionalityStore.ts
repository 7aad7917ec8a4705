import type { Kysely, Transaction } from 'kysely';
import type { FunctionalityNode, FunctionalityOptions, PortalFunctionalities, UpdateFunctionalityOptions } from '../../shared/api/functionalities';
import { flattenPortalFunctions, homeTop5Keys, isEffective, portalFunctions, type PortalFunction } from '../../shared/domain/portalFunctions';
import type { DB } from '../db/schema';
import { notFound, staleVersion } from '../errors';

interface SwitchRow {
  key: string;
  enabled: number;
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

/** The stored switches by key; a key without a row is on, at version 1 (the tree in shared/ is the one definition). */
async function switches(db: Kysely<DB>): Promise<Map<string, SwitchRow>> {
  const rows = await db.selectFrom('portal_functions').selectAll().execute();
  return new Map(rows.map((r) => [r.key, r]));
}

const enabledMap = (rows: Map<string, SwitchRow>): Record<string, boolean> =>
  Object.fromEntries(flattenPortalFunctions().map(({ key }) => [key, (rows.get(key)?.enabled ?? 1) === 1]));

/** The tree with each item's own switch, whether it is effectively on, and which parent turned it off. */
export async function functionalityTree(db: Kysely<DB>): Promise<FunctionalityNode[]> {
  const rows = await switches(db);
  const enabled = enabledMap(rows);
  const build = (fn: PortalFunction, offParent: string | null): FunctionalityNode => {
    const row = rows.get(fn.key);
    const on = enabled[fn.key] !== false;
    const childOff = offParent ?? (on ? null : fn.key);
    return {
      key: fn.key,
      name: fn.name.nl,
      nameEn: fn.name.en,
      menu: fn.menu?.nl ?? null,
      enabled: on,
      effective: isEffective(fn.key, enabled),
      version: row?.version ?? 1,
      offByParent: offParent,
      updatedAt: row?.updated_at ?? null,
      updatedBy: row?.updated_by ?? null,
      children: (fn.children ?? []).map((c) => build(c, childOff)),
    };
  };
  return portalFunctions.map((f) => build(f, null));
}

/** Turns one switch; 404 for a key the tree does not have, 409 for a stale version. */
export async function setFunctionality(trx: Transaction<DB>, key: string, enabled: boolean, version: number, by: string, now: Date): Promise<void> {
  if (!flattenPortalFunctions().some((f) => f.key === key)) throw notFound('Functionaliteit');
  const row = await trx.selectFrom('portal_functions').select('version').where('key', '=', key).executeTakeFirst();
  const current = row?.version ?? 1;
  if (current !== version) throw staleVersion(current);
  const values = { enabled: enabled ? 1 : 0, version: version + 1, updated_at: now.toISOString(), updated_by: by };
  if (row) {
    const res = await trx.updateTable('portal_functions').set(values).where('key', '=', key).where('version', '=', version).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw staleVersion(current + 1);
  } else {
    // Two first switches of one key at once (two instances): the second finds the row made and is stale.
    const made = await trx.insertInto('portal_functions').values({ key, ...values }).onConflict((oc) => oc.column('key').doNothing()).returning('key').executeTakeFirst();
    if (!made) throw staleVersion(current + 1);
  }
}

const toOptions = (r: { interesting_topics: number; acceptgiro_allowed: number; version: number }): FunctionalityOptions => ({
  interestingTopics: r.interesting_topics,
  acceptgiroAllowed: r.acceptgiro_allowed === 1,
  version: r.version,
});

export async function readOptions(db: Kysely<DB>): Promise<FunctionalityOptions> {
  return toOptions(await db.selectFrom('portal_function_options').selectAll().where('id', '=', 1).executeTakeFirstOrThrow());
}

export async function updateOptions(trx: Transaction<DB>, b: UpdateFunctionalityOptions): Promise<FunctionalityOptions> {
  const row = await trx
    .updateTable('portal_function_options')
    .set({ interesting_topics: b.interestingTopics, acceptgiro_allowed: b.acceptgiroAllowed ? 1 : 0, version: b.version + 1 })
    .where('id', '=', 1)
    .where('version', '=', b.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw staleVersion((await readOptions(trx)).version);
  return toOptions(row);
}

/** What the portal reads: the effective keys, the home page's top 5 (in its order, names in the language), the options. */
export async function portalFunctionalities(db: Kysely<DB>, lang: 'nl' | 'en'): Promise<PortalFunctionalities> {
  const enabled = enabledMap(await switches(db));
  const all = flattenPortalFunctions();
  const keys = all.filter((f) => isEffective(f.key, enabled)).map((f) => f.key);
  const byKey = new Map(all.map((f) => [f.key, f.fn]));
  const homeTop5 = homeTop5Keys
    .filter((k) => keys.includes(k))
    .map((k) => {
      const fn = byKey.get(k);
      return { key: k, name: (fn?.menu ?? fn?.name)?.[lang] ?? k };
    });
  const options = await readOptions(db);
  return { keys, homeTop5, interestingTopics: options.interestingTopics, acceptgiroAllowed: options.acceptgiroAllowed };
}
