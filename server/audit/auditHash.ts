import { createHash } from 'node:crypto';

/** The previous hash of the very first entry. */
export const GENESIS = '0'.repeat(64);

export interface HashedFields {
  at: string;
  actor_id: number | null;
  actor: string;
  roles: string;
  action: string;
  target: string | null;
  customer_number: string | null;
  source_address: string;
  look_along_session_id: string | null;
  details: string | null;
}

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
