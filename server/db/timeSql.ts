import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { engineOf } from './engine';

/**
 * Times in hand-written SQL, alike on both engines. SQLite keeps ISO-8601 text; PostgreSQL has timestamptz and date
 * columns (migration 016) in UTC sessions, read back as the same ISO strings (pgTimeTypes.ts). Only where SQL works
 * on a time itself: comparisons with an ISO string parameter need nothing (PostgreSQL takes the column's type).
 */
type Db<T> = Kysely<T> | Transaction<T>;

/** An instant given as its ISO string, as a value to INSERT … SELECT into a time column. */
export function isoInstant<T>(db: Db<T>, iso: string): RawBuilder<string> {
  return engineOf(db) === 'postgres' ? sql<string>`CAST(${iso} AS timestamptz)` : sql<string>`CAST(${iso} AS TEXT)`;
}

/** The UTC day (`YYYY-MM-DD`) of an instant column. */
export function utcDayOf<T>(db: Db<T>, column: string): RawBuilder<string> {
  return engineOf(db) === 'postgres' ? sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD')` : sql<string>`substr(${sql.ref(column)}, 1, 10)`;
}

/** The UTC month (`YYYY-MM`) of an instant column. */
export function utcMonthOf<T>(db: Db<T>, column: string): RawBuilder<string> {
  return engineOf(db) === 'postgres' ? sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM')` : sql<string>`substr(${sql.ref(column)}, 1, 7)`;
}
