import type { Kysely, Selectable } from 'kysely';
import type { CreateIpRange, IpRange, UpdateIpRange } from '../../shared/api/ipRanges';
import { normalizeRange } from '../../shared/domain/cidr';
import type { DB } from '../db/schema';
import { fieldError, notFound, staleVersion } from '../errors';

const toRange = (r: Selectable<DB['ip_ranges']>): IpRange => ({
  id: r.id,
  cidr: r.cidr,
  admin: r.admin === 1,
  kcc: r.kcc === 1,
  description: r.description,
  version: r.version,
});

export async function listRanges(db: Kysely<DB>): Promise<IpRange[]> {
  return (await db.selectFrom('ip_ranges').selectAll().orderBy('id').execute()).map(toRange);
}

async function getRange(db: Kysely<DB>, id: number): Promise<IpRange> {
  const r = await db.selectFrom('ip_ranges').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('IP-bereik');
  return toRange(r);
}

export async function createRange(trx: Kysely<DB>, b: CreateIpRange): Promise<IpRange> {
  const row = await trx
    .insertInto('ip_ranges')
    .values({ cidr: normalizeRange(b.cidr), admin: b.admin ? 1 : 0, kcc: b.kcc ? 1 : 0, description: b.description })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRange(row);
}

/** Changes a range when `version` is current; a range must stay open to administrators or KCC staff. */
export async function updateRange(trx: Kysely<DB>, id: number, b: UpdateIpRange): Promise<IpRange> {
  const current = await getRange(trx, id);
  if (current.version !== b.version) throw staleVersion(current.version);
  const next = { admin: b.admin ?? current.admin, kcc: b.kcc ?? current.kcc };
  if (!next.admin && !next.kcc) throw fieldError('admin', 'Kies minstens één: beheerders of KCC-medewerkers');
  const row = await trx
    .updateTable('ip_ranges')
    .set({
      cidr: b.cidr !== undefined ? normalizeRange(b.cidr) : current.cidr,
      admin: next.admin ? 1 : 0,
      kcc: next.kcc ? 1 : 0,
      description: b.description ?? current.description,
      version: current.version + 1,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRange(row);
}

export async function deleteRange(trx: Kysely<DB>, id: number): Promise<IpRange> {
  const row = await trx.deleteFrom('ip_ranges').where('id', '=', id).returningAll().executeTakeFirst();
  if (!row) throw notFound('IP-bereik');
  return toRange(row);
}
