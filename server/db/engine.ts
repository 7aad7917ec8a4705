import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';

/** Which engine a Kysely handle (or a transaction of it) talks to: for the few portable-SQL gaps (JSON building). */
export function engineOf<T>(db: Kysely<T> | Transaction<T>): 'sqlite' | 'postgres' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * `SELECT … FOR UPDATE` on PostgreSQL, unchanged on SQLite (whose write transactions already run one at a time on
 * the one connection, and which has no such clause): for read-then-write steps that must not interleave between
 * instances (a lockout counter, a single-use link).
 */
export function forUpdate<T, Q extends { forUpdate(): Q }>(db: Kysely<T> | Transaction<T>, query: Q): Q {
  return engineOf(db) === 'postgres' ? query.forUpdate() : query;
}
