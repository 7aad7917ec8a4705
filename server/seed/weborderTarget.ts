import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Store } from '../db/connection';
import { BatchInsert, type SqlValue } from './batchInsert';
import { suspendIndexes } from './bulkIndexes';
import { columnTypes, suspendPgForeignKeys, suspendPgIndexes } from './postgresSeed';

/** One table's rows as the weborder seed generates them (values in the column order given). */
export interface SeedRows {
  add(...values: SqlValue[]): void;
  readonly count: number;
}

/**
 * Where the weborder seed writes: the generator adds rows inside `chunk(fill)`, and every row added there is
 * written in one transaction. `bulk` switches the given tables to load mode (secondary indexes and foreign-key
 * checks off; consistent by construction) until its restore runs. `end` makes the database ready for use.
 */
export interface WeborderSeedTarget {
  rows(table: string, columns: readonly string[]): SeedRows;
  chunk(fill: () => void): Promise<void>;
  /**
   * Calls `row(i)` for i = from…to and writes the rows it adds, like `chunk`. PostgreSQL may still be writing when
   * it returns (the next range is generated meanwhile); `bulk`'s restore and `end` wait for it.
   */
  range(from: number, to: number, row: (i: number) => void): Promise<void>;
  bulk(tables: readonly string[]): Promise<() => Promise<void>>;
  end(tablesWithIds: readonly string[]): Promise<void>;
}

export function weborderSeedTarget(store: Store): WeborderSeedTarget {
  return store.engine === 'sqlite' ? sqliteTarget(store.sqlite) : postgresTarget(store.pool);
}

/** SQLite: the multi-row BatchInsert, synchronous transactions (the seed's original, measured path). */
function sqliteTarget(db: Database.Database): WeborderSeedTarget {
  const writers: BatchInsert[] = [];
  return {
    rows(table, columns) {
      const w = new BatchInsert(db, table, columns);
      writers.push(w);
      return w;
    },
    async chunk(fill) {
      db.transaction(() => {
        fill();
        for (const w of writers) w.flush();
      })();
    },
    async range(from, to, row) {
      db.transaction(() => {
        for (let i = from; i <= to; i++) row(i);
        for (const w of writers) w.flush();
      })();
    },
    async bulk(tables) {
      const restore = suspendIndexes(db, tables);
      const fk = db.pragma('foreign_keys', { simple: true }) as number;
      db.pragma('foreign_keys = OFF');
      return async () => {
        db.pragma(`foreign_keys = ${fk}`);
        restore();
      };
    },
    async end() {},
  };
}

/** PostgreSQL: each table's rows of a chunk as column arrays, written by one INSERT … SELECT FROM unnest(…). */
class PgColumns implements SeedRows {
  private data: SqlValue[][];
  count = 0;
  private pending = 0;

  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {
    this.data = columns.map(() => []);
  }

  add(...values: SqlValue[]): void {
    if (values.length !== this.columns.length) throw new Error(`${this.table}: expected ${this.columns.length} values, got ${values.length}`);
    for (let i = 0; i < values.length; i++) (this.data[i] as SqlValue[]).push(values[i] as SqlValue);
    this.count++;
    this.pending++;
  }

  /** The rows added since the last take, as one statement's text and parameters (null when there are none). */
  take(types: readonly string[]): { text: string; values: SqlValue[][] } | null {
    if (this.pending === 0) return null;
    const values = this.data;
    this.data = this.columns.map(() => []);
    this.pending = 0;
    const unnest = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
    return { text: `INSERT INTO ${this.table} (${this.columns.join(', ')}) SELECT * FROM unnest(${unnest})`, values };
  }
}

function postgresTarget(pool: pg.Pool): WeborderSeedTarget {
  const writers: PgColumns[] = [];
  const types = new Map<PgColumns, string[]>();
  const withClient = async <T>(f: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await f(client);
    } finally {
      client.release();
    }
  };
  let writing: Promise<void> = Promise.resolve();
  const loadTypes = async (client: pg.PoolClient): Promise<void> => {
    for (const w of writers) if (!types.has(w)) types.set(w, await columnTypes(client, w.table, w.columns));
  };
  const inTransaction = async (client: pg.PoolClient, work: () => Promise<void>): Promise<void> => {
    await client.query('BEGIN');
    try {
      // A seed chunk is restartable as a whole: its commit need not wait for the disk.
      await client.query('SET LOCAL synchronous_commit = off');
      await work();
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  };
  return {
    rows(table, columns) {
      const w = new PgColumns(table, columns);
      writers.push(w);
      return w;
    },
    async chunk(fill) {
      fill();
      await writing;
      await withClient(async (client) => {
        await loadTypes(client);
        await inTransaction(client, async () => {
          // Parents first: the writers are made in foreign-key order.
          for (const w of writers) {
            const st = w.take(types.get(w) as string[]);
            if (st) await client.query(st.text, st.values);
          }
        });
      });
    },
    async range(from, to, row) {
      if (types.size < writers.length) await withClient(loadTypes);
      for (let i = from; i <= to; i++) {
        row(i);
        // Turns of the event loop while generating: the previous range's rows travel to PostgreSQL meanwhile.
        if ((i - from) % 500 === 499) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await writing;
      const statements = writers.map((w) => w.take(types.get(w) ?? [])).filter((st) => st !== null);
      // In load mode (no foreign keys) the tables are independent: one connection each, written side by side.
      writing = Promise.all(statements.map((st) => withClient((c) => inTransaction(c, async () => void (await c.query(st.text, st.values)))))).then(() => undefined);
      // A failed write is reported by the next range, the restore or end; never left unobserved.
      writing.catch(() => undefined);
    },
    async bulk(tables) {
      // One connection for the load mode: the restore functions run on the connection that suspended.
      const client = await pool.connect();
      try {
        await loadTypes(client);
        // Keys first: the index suspension also drops primary keys, which foreign keys depend on.
        const foreignKeys = await suspendPgForeignKeys(client, tables);
        const indexes = await suspendPgIndexes(client, tables);
        return async () => {
          try {
            await writing;
            await client.query("SET maintenance_work_mem = '256MB'");
            for (const statement of indexes) await client.query(statement);
            await foreignKeys();
          } finally {
            client.release();
          }
        };
      } catch (error) {
        client.release();
        throw error;
      }
    },
    async end(tablesWithIds) {
      await writing;
      await withClient(async (client) => {
        // The seed gives partners, schools and weborders their ids: the identities continue after them.
        for (const t of tablesWithIds) {
          await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM ${t}), 1), (SELECT COUNT(*) > 0 FROM ${t}))`, [t]);
        }
        // VACUUM sets the visibility map, so the list's covering indexes answer counts and deep pages from the
        // index alone (index-only scans) right after the load; ANALYZE gives the planner its statistics.
        await client.query(`VACUUM (ANALYZE) ${writers.map((w) => w.table).join(', ')}`);
      });
    },
  };
}
