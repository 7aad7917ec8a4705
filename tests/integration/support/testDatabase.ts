import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Store } from '../../../server/db/connection';

/** The engine this integration run tests: 'postgres' in the vitest project integration-pg, else SQLite. */
export const testEngine: 'sqlite' | 'postgres' = process.env.KCC_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

const created = new Set<string>();

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** A fresh, migrated PostgreSQL database (a copy of the template) for one test server; null on SQLite. */
export async function freshDatabaseUrl(): Promise<string | null> {
  if (testEngine !== 'postgres') return null;
  const name = `kcc_t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')} STRATEGY FILE_COPY`));
  created.add(name);
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(url: string | null): Promise<void> {
  if (!url) return;
  const name = new URL(url).pathname.slice(1);
  if (!created.delete(name)) return;
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** A store on the engine under test: SQLite in `dataDir`, or a fresh PostgreSQL database (dropped on close). */
export async function openTestStore(dataDir: string, opts: { databaseUrl?: string | null } = {}): Promise<Store> {
  const url = opts.databaseUrl !== undefined ? opts.databaseUrl : await freshDatabaseUrl();
  const store = await openDatabase({ dataDir, databaseUrl: url });
  if (!url || opts.databaseUrl !== undefined) return store;
  const close = store.close.bind(store);
  return Object.assign(store, {
    async close() {
      await close();
      await dropDatabase(url);
    },
  });
}
