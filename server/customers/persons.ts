import type { Transaction } from 'kysely';
import type { AuthedStaff } from '../context';
import type { DB } from '../db/schema';
import type { PersonInput } from '../../shared/api/customers';
import { ApiError, notFound, staleVersion } from '../errors';
import { householdFor } from './contactChanges';
import { logInteraction } from './interactions';

interface Actor {
  staff: AuthedStaff | null;
  now: Date;
}

/**
 * The customer (and staff on the customer's behalf) may add, change and remove only persons
 * whose role is flagged "use in portal", and give a person only such a role. Other roles: 403 forbidden
 * (details.reason "role_not_editable"); a role that does not exist: 400 on roleCode.
 */
async function assertRoleUsable(trx: Transaction<DB>, code: string, field: boolean): Promise<{ description: string }> {
  const role = await trx.selectFrom('household_roles').select(['description', 'use_in_portal']).where('code', '=', code).executeTakeFirst();
  if (!role) {
    if (field) throw new ApiError('validation', 'Onbekende relatie tot contract', { fields: { roleCode: ['Onbekende relatie tot contract'] } });
    throw notFound('Rol');
  }
  if (role.use_in_portal !== 1) {
    throw new ApiError('forbidden', `Personen met de rol "${role.description}" kunnen niet via het portaal worden gewijzigd, toegevoegd of verwijderd.`, {
      reason: 'role_not_editable',
      role: code,
    });
  }
  return role;
}

async function personOf(trx: Transaction<DB>, householdId: number, id: number) {
  const p = await trx.selectFrom('persons').selectAll().where('id', '=', id).where('household_id', '=', householdId).executeTakeFirst();
  if (!p) throw notFound('Persoon');
  return p;
}

const fullName = (p: { initials: string; middleName?: string; lastName: string }) =>
  [p.initials, p.middleName ?? '', p.lastName].filter((x) => x.trim() !== '').join(' ');

const columns = (b: PersonInput) => ({
  role_code: b.roleCode,
  gender: b.gender,
  initials: b.initials,
  first_name: b.firstName,
  middle_name: (b.middleName ?? '').trim(),
  last_name: b.lastName,
  birth_date: b.birthDate,
});

export async function addPerson(trx: Transaction<DB>, customerNumber: string, b: PersonInput, a: Actor): Promise<number> {
  const h = await householdFor(trx, customerNumber);
  const role = await assertRoleUsable(trx, b.roleCode, true);
  const created = await trx.insertInto('persons').values({ household_id: h.id, ...columns(b) }).returning('id').executeTakeFirstOrThrow();
  await logInteraction(trx, { householdId: h.id, at: a.now, template: 'CP_PERSON_ADDED', description: `Persoon toegevoegd: ${fullName(b)} (${role.description})`, staff: a.staff });
  return created.id;
}

export async function updatePerson(trx: Transaction<DB>, customerNumber: string, id: number, b: PersonInput & { version: number }, a: Actor): Promise<void> {
  const h = await householdFor(trx, customerNumber);
  const p = await personOf(trx, h.id, id);
  await assertRoleUsable(trx, p.role_code, false);
  const role = await assertRoleUsable(trx, b.roleCode, true);
  const res = await trx
    .updateTable('persons')
    .set({ ...columns(b), version: b.version + 1 })
    .where('id', '=', id)
    .where('version', '=', b.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw staleVersion(p.version);
  await logInteraction(trx, { householdId: h.id, at: a.now, template: 'CP_PERSON_CHANGED', description: `Persoon gewijzigd: ${fullName(b)} (${role.description})`, staff: a.staff });
}

export async function removePerson(trx: Transaction<DB>, customerNumber: string, id: number, version: number, a: Actor): Promise<void> {
  const h = await householdFor(trx, customerNumber);
  const p = await personOf(trx, h.id, id);
  const role = await assertRoleUsable(trx, p.role_code, false);
  const res = await trx.deleteFrom('persons').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw staleVersion(p.version);
  await logInteraction(trx, {
    householdId: h.id, at: a.now, template: 'CP_PERSON_REMOVED',
    description: `Persoon verwijderd: ${fullName({ initials: p.initials, middleName: p.middle_name, lastName: p.last_name })} (${role.description})`, staff: a.staff,
  });
}
