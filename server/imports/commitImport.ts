import type { Transaction } from 'kysely';
import type { ImportCounts } from '../../shared/api/imports';
import type { ImportFieldKey } from '../../shared/domain/importColumns';
import type { DB } from '../db/schema';
import { ApiError, notFound } from '../errors';
import { householdColumn, householdFields, type Judgement, type JudgedRow } from './evaluate';

const INSERT_BATCH = 200;

/** The main tenant's household role (seed reference data). */
const MAIN_TENANT_ROLE = 'CONTRACTANT';

export interface Committed {
  counts: ImportCounts;
  created: string[];
  updated: string[];
}

/** Refuses a plan with any error: nothing is written (all or nothing), the first errors named. */
export function assertNoErrors(j: Judgement): void {
  const bad = j.rows.filter((r) => r.action === 'error');
  if (bad.length === 0) return;
  const fields: Record<string, string[]> = {};
  for (const r of bad.slice(0, 50)) for (const e of r.errors) (fields[`rij ${e.row} · ${e.column}`] ??= []).push(e.message);
  throw new ApiError('validation', `${bad.length} rij(en) met fouten: er is niets geïmporteerd. Herstel het bestand of laat die rijen weg.`, { fields });
}

function householdValues(r: JudgedRow, mapped: Set<ImportFieldKey>) {
  const v = r.values!;
  const set: Record<string, string | number> = {};
  for (const f of householdFields) if (mapped.has(f) && (r.cells[f] ?? '').trim() !== '') set[householdColumn[f]] = v[f];
  return set;
}

/**
 * Writes a judged plan in the caller's transaction (with the audit entry): new households (their main tenant
 * when given, and the group), changed ones updated (only mapped, filled-in columns; never their groups), the
 * rest untouched. The customer search index follows through its triggers (migration 003).
 */
export async function commitJudgement(trx: Transaction<DB>, j: Judgement, group: number | null, now: Date): Promise<Committed> {
  assertNoErrors(j);
  if (group !== null) {
    const g = await trx.selectFrom('customer_groups').select('id').where('id', '=', group).executeTakeFirst();
    if (!g) throw notFound('Klantgroep');
  }
  const at = now.toISOString();
  const creates = j.rows.filter((r) => r.action === 'create');
  const created: string[] = [];
  for (let i = 0; i < creates.length; i += INSERT_BATCH) {
    const slice = creates.slice(i, i + INSERT_BATCH);
    const inserted = await trx
      .insertInto('households')
      .values(
        slice.map((r) => {
          const v = r.values!;
          return {
            customer_number: v.customerNumber,
            name: v.name,
            phone: v.phone,
            email: v.email,
            corr_street: v.street,
            corr_house_number: v.houseNumber,
            corr_house_number_addition: v.addition,
            corr_postcode: v.postcode,
            corr_city: v.city,
          };
        }),
      )
      .returning(['id', 'customer_number'])
      .execute();
    const idOf = new Map(inserted.map((h) => [h.customer_number, h.id]));
    const persons = slice
      .filter((r) => r.values!.lastName !== '')
      .map((r) => {
        const v = r.values!;
        return {
          household_id: idOf.get(v.customerNumber)!,
          role_code: MAIN_TENANT_ROLE,
          initials: v.initials,
          first_name: v.firstName,
          middle_name: v.middleName,
          last_name: v.lastName,
          birth_date: v.birthDate,
          gender: v.gender === '' ? 'X' : v.gender,
        };
      });
    if (persons.length > 0) await trx.insertInto('persons').values(persons).execute();
    if (group !== null) {
      await trx
        .insertInto('customer_group_members')
        .values(inserted.map((h) => ({ group_id: group, household_id: h.id, added_at: at })))
        .execute();
    }
    created.push(...inserted.map((h) => h.customer_number));
  }
  const updated: string[] = [];
  for (const r of j.rows) {
    if (r.action !== 'update') continue;
    await trx
      .updateTable('households')
      .set((eb) => ({ ...householdValues(r, j.mapped), version: eb('version', '+', 1) }))
      .where('id', '=', r.householdId!)
      .execute();
    updated.push(r.values!.customerNumber);
  }
  return { counts: j.counts, created, updated };
}
