import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { migratePostgres } from '../../../server/db/migrate';
import { migrations } from '../../../server/db/migrations/index';
import { createPgPool } from '../../../server/db/postgres';

/**
 * Migrations are not bound by the pool's statement timeout: on a large database an index build (migration 015 at
 * 1 M households) takes longer than the 30 s a request may, and a cancelled migration would keep the server from
 * starting. Shown with a timeout so short that even creating the schema of an empty database passes it.
 */
describe('PostgreSQL migrations and the statement timeout', () => {
  const name = `kcc_t_timeout_${process.pid}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('every migration applies with a 1 ms statement timeout; ordinary statements still time out', async () => {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(inject('pgAdminUrl'));
    url.pathname = `/${name}`;
    const pool = createPgPool(url.toString(), { statementTimeoutMs: 1 });
    try {
      expect(await migratePostgres(pool)).toEqual(migrations.map((m) => m.version));
      await expect(pool.query('SELECT pg_sleep(0.05)')).rejects.toThrow(/statement timeout/);
    } finally {
      await pool.end();
    }
  });
});
