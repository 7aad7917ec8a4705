import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { displayAddress, isAddressAllowed } from '../../shared/domain/cidr';
import { ApiError } from '../errors';

export async function loadRanges(db: Kysely<DB>) {
  const rows = await db.selectFrom('ip_ranges').select(['cidr', 'admin', 'kcc']).execute();
  return rows.map((r) => ({ cidr: r.cidr, admin: r.admin === 1, kcc: r.kcc === 1 }));
}

/** Throws 403 ip_not_allowed naming the address when no configured range admits it for these roles. */
export async function assertAddressAllowed(db: Kysely<DB>, address: string, roles?: readonly string[]): Promise<void> {
  const ranges = await loadRanges(db);
  if (!isAddressAllowed(address, ranges, roles)) {
    const shown = displayAddress(address);
    throw new ApiError('ip_not_allowed', `Toegang vanaf IP-adres ${shown} is niet toegestaan`, { address: shown });
  }
}
