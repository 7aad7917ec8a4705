import { sql, type Transaction } from 'kysely';
import { engineOf } from '../db/engine';
import type { DB } from '../db/schema';

/** Any fixed number: the key of the lock every import commit of every instance takes (pg_advisory_xact_lock). */
const IMPORT_LOCK_KEY = 0x4b43_0013;

/**
 * Makes import commits run one at a time, also across instances: the commit judges the file against the
 * households as they are and then writes, so two commits of one file must not both see a customer as new (the
 * second would fail on the unique customer number instead of finding it unchanged). SQLite's write transactions
 * already run one at a time; on PostgreSQL a transaction-scoped advisory lock does it (released at commit or
 * rollback). Call first in the commit's transaction, before judging.
 */
export async function serialiseImports(trx: Transaction<DB>): Promise<void> {
  if (engineOf(trx) === 'postgres') await sql`SELECT pg_advisory_xact_lock(${sql.lit(IMPORT_LOCK_KEY)})`.execute(trx);
}
