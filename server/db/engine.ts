import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';

/** Which engine a Kysely handle (or a transaction of it) talks to: for the few portable-SQL gaps (JSON building). */
export function engineOf<T>(db: Kysely<T> | Transaction<T>): 'sqlite' | 'postgres' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
