import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../db/schema';

/** The previous hash of the very first entry. */
export const GENESIS = '0'.repeat(64);

/** Every stored field of an entry except its place in the chain (id, previous hash) and its seals. */
export type HashedFields = Omit<Selectable<AuditLogTable>, 'id' | 'prev_hash' | 'hash' | 'mac'>;

/** The hash covers every field and the previous entry's hash, so editing or deleting any row breaks the chain. */
export function entryHash(id: number, prevHash: string, f: HashedFields): string {
  const canonical = JSON.stringify([
    id,
    prevHash,
    f.at,
    f.actor_id,
    f.actor,
    f.roles,
    f.action,
    f.target,
    f.customer_number,
    f.source_address,
    f.look_along_session_id,
    f.details,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
