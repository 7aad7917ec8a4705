import type Database from 'better-sqlite3';
import type pg from 'pg';
import { migrations, migrationSql } from './migrations/index';

/** Applies pending migrations, each in its own transaction; returns the versions applied. */
export function migrate(db: Database.Database): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const applied: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    const sql = migrationSql(m, 'sqlite') ?? '';
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
    applied.push(m.version);
  }
  return applied;
}

/** Any fixed number: the advisory lock that lets one of several starting instances migrate at a time. */
const MIGRATE_LOCK = 0x6b636364;

/**
 * PostgreSQL: the same versions, each in its own transaction (DDL is transactional there, so a failed migration
 * leaves nothing behind). Instances starting together queue on an advisory lock; the second finds nothing to do.
 * A migration without PostgreSQL SQL stops the start before anything is applied.
 */
export async function migratePostgres(pool: pg.Pool): Promise<number[]> {
  const missing = migrations.filter((m) => migrationSql(m, 'postgres') === null);
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    // Not bound by the pool's statement timeout (a request's limit): on a large database an index build or a
    // column rewrite takes minutes, an instance starting beside it waits that long for the lock, and a cancelled
    // migration would keep every instance from starting. RESET gives the connection back with the pool's limit.
    await client.query('SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)',
      );
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const pending = missing.filter((m) => !done.has(m.version));
      if (pending.length > 0) {
        throw new Error(
          `PostgreSQL: migratie ${pending.map((m) => `${String(m.version).padStart(3, '0')}_${m.name}`).join(', ')} heeft nog geen PostgreSQL-versie (server/db/migrations/postgres/); er is niets gewijzigd`,
        );
      }
      for (const m of migrations) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migrationSql(m, 'postgres') ?? '');
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
            m.version,
            m.name,
            new Date().toISOString(),
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`PostgreSQL-migratie ${m.version} (${m.name}) mislukt: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
          });
        }
        applied.push(m.version);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]);
    }
  } finally {
    // A connection that cannot be reset is not given back to the pool.
    const reset = await client.query('RESET statement_timeout').then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
    client.release(reset);
  }
  return applied;
}
