import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { entryHash, type HashedFields } from './auditHash';
import { auditTrailOf } from './auditTrail';

export { entryHash } from './auditHash';
export { verifyAuditChain } from './auditVerify';

export interface AuditInput {
  at: string;
  actorId: number | null;
  actor: string;
  roles: readonly string[];
  action: string;
  target?: string | null;
  customerNumber?: string | null;
  sourceAddress: string;
  lookAlongSessionId?: string | null;
  /** Never secrets: no passwords, tokens or activation codes. */
  details?: Record<string, unknown> | null;
}

/**
 * Appends one entry. Call it inside the transaction of the change it records: the entry and the change commit
 * together or not at all (given a plain connection it opens its own transaction). The id and the previous
 * hash come from the one head row, advanced first: that UPDATE takes the write lock (a row lock on
 * PostgreSQL), so concurrent writers queue there, and an id is never handed out twice, even after rows were
 * cut off the end. On PostgreSQL that row lock serialises the writers of every instance on the database. The
 * MAC is computed here by the store's AuditTrail (keyed outside the database; the key never enters SQL).
 */
export async function writeAudit(db: Transaction<DB> | Kysely<DB>, input: AuditInput): Promise<void> {
  if (!db.isTransaction) return db.transaction().execute((trx) => writeAudit(trx, input));
  const head = await db
    .updateTable('audit_head')
    .set((eb) => ({ next_id: eb('next_id', '+', 1) }))
    .where('singleton', '=', 1)
    .returning(['next_id', 'last_hash'])
    .executeTakeFirstOrThrow();
  const id = head.next_id - 1;
  const fields: HashedFields = {
    at: input.at,
    actor_id: input.actorId,
    actor: input.actor,
    roles: input.roles.join(','),
    action: input.action,
    target: input.target ?? null,
    customer_number: input.customerNumber ?? null,
    source_address: input.sourceAddress,
    look_along_session_id: input.lookAlongSessionId ?? null,
    details: input.details ? JSON.stringify(input.details) : null,
  };
  const hash = entryHash(id, head.last_hash, fields);
  await db
    .insertInto('audit_log')
    .values({ id, ...fields, prev_hash: head.last_hash, hash, mac: auditTrailOf(db).macForNewEntry(hash) })
    .execute();
  await db.updateTable('audit_head').set({ last_hash: hash }).where('singleton', '=', 1).execute();
}
