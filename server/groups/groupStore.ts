import type { Kysely, Selectable } from 'kysely';
import type { CreateGroup, CustomerGroup, GroupMember, UpdateGroup } from '../../shared/api/groups';
import type { List } from '../../shared/api/common';
import type { DB } from '../db/schema';
import { isUniqueViolation } from '../db/uniqueViolation';
import { fieldError, notFound, staleVersion } from '../errors';

type Row = Selectable<DB['customer_groups']> & { members: number | string | bigint };

const toGroup = (r: Row): CustomerGroup => ({
  id: r.id,
  name: r.name,
  description: r.description,
  rights: JSON.parse(r.rights) as string[],
  members: Number(r.members),
  createdAt: r.created_at,
  version: r.version,
});

const nameTaken = () => fieldError('name', 'Er is al een groep met deze naam');

function groups(db: Kysely<DB>) {
  return db
    .selectFrom('customer_groups as g')
    .selectAll('g')
    .select((eb) => eb.selectFrom('customer_group_members as m').select(eb.fn.countAll<number>().as('n')).whereRef('m.group_id', '=', 'g.id').as('members'));
}

export async function listGroups(db: Kysely<DB>): Promise<CustomerGroup[]> {
  const rows = await groups(db).orderBy('g.name').execute();
  return rows.map((r) => toGroup({ ...r, members: r.members ?? 0 }));
}

export async function getGroup(db: Kysely<DB>, id: number): Promise<CustomerGroup> {
  const r = await groups(db).where('g.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('Klantgroep');
  return toGroup({ ...r, members: r.members ?? 0 });
}

/** Input already parsed by the route's schema (rights are known portal function keys, without doubles). */
interface GroupInput {
  name: string;
  description: string;
  rights: string[];
}

export async function createGroup(trx: Kysely<DB>, b: GroupInput, now: Date): Promise<CustomerGroup> {
  try {
    const row = await trx
      .insertInto('customer_groups')
      .values({ name: b.name, description: b.description, rights: JSON.stringify(b.rights), created_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return await getGroup(trx, row.id);
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
}

export async function updateGroup(trx: Kysely<DB>, id: number, b: Partial<GroupInput> & { version: number }): Promise<CustomerGroup> {
  const current = await getGroup(trx, id);
  if (current.version !== b.version) throw staleVersion(current.version);
  try {
    // Only if still at the version read: an edit on another instance in between makes this one stale (409).
    const changed = await trx
      .updateTable('customer_groups')
      .set({
        name: b.name ?? current.name,
        description: b.description ?? current.description,
        rights: JSON.stringify(b.rights ?? current.rights),
        version: current.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw staleVersion((await getGroup(trx, id)).version);
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
  return getGroup(trx, id);
}

export async function deleteGroup(trx: Kysely<DB>, id: number): Promise<CustomerGroup> {
  const current = await getGroup(trx, id);
  await trx.deleteFrom('customer_group_members').where('group_id', '=', id).execute();
  await trx.deleteFrom('customer_groups').where('id', '=', id).execute();
  return current;
}

export async function groupMembers(db: Kysely<DB>, id: number, page: number, pageSize: number): Promise<List<GroupMember>> {
  await getGroup(db, id);
  const base = db.selectFrom('customer_group_members as m').innerJoin('households as h', 'h.id', 'm.household_id').where('m.group_id', '=', id);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select(['h.customer_number', 'h.name', 'h.corr_city', 'm.added_at'])
    .orderBy('h.customer_number')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    items: rows.map((r) => ({ customerNumber: r.customer_number, name: r.name, city: r.corr_city, addedAt: r.added_at })),
    total: Number(total.n),
    page,
    pageSize,
  };
}

export async function groupsOfCustomer(db: Kysely<DB>, customerNumber: string): Promise<{ id: number; name: string; rights: string[] }[]> {
  const h = await db.selectFrom('households').select('id').where('customer_number', '=', customerNumber).executeTakeFirst();
  if (!h) throw notFound('Klant');
  const rows = await db
    .selectFrom('customer_group_members as m')
    .innerJoin('customer_groups as g', 'g.id', 'm.group_id')
    .select(['g.id', 'g.name', 'g.rights'])
    .where('m.household_id', '=', h.id)
    .orderBy('g.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, rights: JSON.parse(r.rights) as string[] }));
}

export type { CreateGroup, UpdateGroup };
