import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/testServer';
import { seedWeborderFixture } from './weborderFixture';

// store.scanDb(): where whole-table reads (the weborder export) go. On SQLite a read-only connection of its own
// with a 2 MiB page cache (the shared one has 64 MiB); on PostgreSQL the same pool as db.
describe('scan reader', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    await seedWeborderFixture(s);
  });
  afterAll(async () => s.close());

  const count = async (db: TestServer['store']['db']) => Number((await db.selectFrom('weborders').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);

  it('sees what was committed through the shared connection a moment ago', async () => {
    const before = await count(s.store.scanDb());
    expect(before).toBeGreaterThan(0);
    const first = await s.store.db.selectFrom('weborders').selectAll().orderBy('id').limit(1).executeTakeFirstOrThrow();
    await s.store.db.transaction().execute((trx) => trx.insertInto('weborders').values({ ...first, id: undefined, name: 'Scan test' }).execute());
    expect(await count(s.store.scanDb())).toBe(before + 1);
    const seen = await s.store.scanDb().selectFrom('weborders').select('name').where('name', '=', 'Scan test').execute();
    expect(seen).toHaveLength(1);
  });

  it('on SQLite: reads with a small page cache of its own and cannot write', async () => {
    if (s.store.engine !== 'sqlite') {
      expect(s.store.scanDb()).toBe(s.store.db);
      return;
    }
    const scan = s.store.scanDb();
    expect(scan).not.toBe(s.store.db);
    const { rows } = await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(scan);
    expect(rows[0]?.cache_size).toBe(-2048);
    await expect(scan.deleteFrom('weborders').execute()).rejects.toThrow(/readonly/i);
    expect(await count(s.store.db)).toBeGreaterThan(0);
  });
});
