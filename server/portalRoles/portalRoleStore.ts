import type { Kysely, Selectable, Transaction } from 'kysely';
import type { PortalRole, UpdatePortalRole } from '../../shared/api/functionalities';
import type { DB } from '../db/schema';
import { fieldError, notFound, staleVersion } from '../errors';

const toRole = (r: Selectable<DB['household_roles']>): PortalRole => ({
  code: r.code,
  name: r.description,
  showInPortal: r.show_in_portal === 1,
  useInPortal: r.use_in_portal === 1,
  isContractHolder: r.is_contract_holder === 1,
  version: r.version,
});

/** Household roles in their order, with the two portal flags (seed §4.2). */
export async function listPortalRoles(db: Kysely<DB>): Promise<PortalRole[]> {
  const rows = await db.selectFrom('household_roles').selectAll().orderBy('sort').orderBy('code').execute();
  return rows.map(toRole);
}

/**
 * Changes a role's flags. The customer overview (Mijn huishouden: persons shown) and the on-behalf person edits
 * (only roles used in the portal) read these columns on every call, so the change counts at once.
 * A role used in the portal must be shown there too (400 on useInPortal otherwise); 409 on a stale version.
 */
export async function updatePortalRole(trx: Transaction<DB>, code: string, b: UpdatePortalRole): Promise<PortalRole> {
  const current = await trx.selectFrom('household_roles').selectAll().where('code', '=', code).executeTakeFirst();
  if (!current) throw notFound('Rol');
  if (current.version !== b.version) throw staleVersion(current.version);
  const show = b.showInPortal ?? current.show_in_portal === 1;
  const use = b.useInPortal ?? current.use_in_portal === 1;
  if (use && !show) throw fieldError('useInPortal', 'Een rol die in het portaal gebruikt wordt, moet er ook getoond worden');
  const row = await trx
    .updateTable('household_roles')
    .set({ show_in_portal: show ? 1 : 0, use_in_portal: use ? 1 : 0, version: b.version + 1 })
    .where('code', '=', code)
    .where('version', '=', b.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw staleVersion(current.version + 1);
  return toRole(row);
}
