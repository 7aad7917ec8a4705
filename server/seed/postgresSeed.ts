import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { SqlValue } from './batchInsert';
import { CopyBuffer } from './copyText';
import { SEARCH_KEY_INDEXES } from '../db/migrations/postgres/015_search_keys';
import { NAME_WORD_FILLS, NAME_WORD_INDEXES, NAME_WORD_TRIGGERS } from '../db/migrations/postgres/017_name_words';

/**
 * The demo seed's PostgreSQL side: the rows of one table are buffered as COPY text (copyText.ts) and go out as one
 * `COPY table (columns) FROM STDIN` per chunk — no statement, no parameters, no plan per row: PostgreSQL's fastest
 * way in (README, Performance: seed on PostgreSQL). Writing a chunk overlaps generating the next (see index.ts).
 */
export class PgCopyWriter {
  private readonly rows = new CopyBuffer();
  count = 0;
  private pending = 0;
  private readonly copySql: string;

  constructor(
    readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.copySql = `COPY ${table} (${columns.join(', ')}) FROM STDIN`;
  }

  /** Checks the columns against the catalogue (once, before the first write): a typo fails before any row. */
  async loadTypes(client: pg.PoolClient): Promise<void> {
    await columnTypes(client, this.table, this.columns);
  }

  add(...values: SqlValue[]): void {
    if (values.length !== this.columns.length) throw new Error(`${this.table}: expected ${this.columns.length} values, got ${values.length}`);
    this.rows.addRow(values);
    this.count++;
    this.pending++;
  }

  /** Nothing to do between rows: the rows go out as a batch (take), on the load's connection. */
  flush(): void {}

  /** The rows added so far as one COPY, handed over (the writer starts empty again). */
  take(): PgBatch {
    const data = this.rows.take();
    const rows = this.pending;
    const sql = this.copySql;
    this.pending = 0;
    return {
      async write(client) {
        if (rows > 0) await copyInto(client, sql, data);
      },
    };
  }
}

/** Runs `COPY … FROM STDIN` on `client` with `data` (COPY text format, UTF-8) as its input. */
export async function copyInto(client: pg.PoolClient, sql: string, data: Buffer): Promise<void> {
  await pipeline(Readable.from([data]), client.query(copyFrom(sql)));
}

export interface PgBatch {
  write(client: pg.PoolClient): Promise<void>;
}

/**
 * Drops the foreign keys of `tables` (and those pointing at them) for a bulk load; the returned function adds them
 * again NOT VALID (instant) and then validates each — one join instead of one lookup per row — spread over two
 * connections: VALIDATE locks only against writers, so validations of different tables run side by side, where
 * ADD CONSTRAINT … FOREIGN KEY would lock the shared parent (households) and run one at a time.
 */
export async function suspendPgForeignKeys(client: pg.PoolClient, tables: readonly string[]): Promise<(pool?: pg.Pool) => Promise<void>> {
  const r = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE contype = 'f' AND (conrelid = ANY(SELECT unnest($1::text[])::regclass) OR confrelid = ANY(SELECT unnest($1::text[])::regclass))`,
    [tables],
  );
  for (const fk of r.rows) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT "${fk.name}"`);
  return async (pool) => {
    for (const fk of r.rows) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT "${fk.name}" ${fk.def} NOT VALID`);
    await runSpread(client, pool, r.rows.map((fk) => `ALTER TABLE ${fk.tbl} VALIDATE CONSTRAINT "${fk.name}"`));
  };
}

/** The SQL type of each column (for the unnest casts), read from the catalogue. */
export async function columnTypes(client: pg.PoolClient, table: string, columns: readonly string[]): Promise<string[]> {
  const r = await client.query<{ name: string; type: string }>(
    `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [table],
  );
  const byName = new Map(r.rows.map((row) => [row.name, row.type]));
  return columns.map((c) => {
    const t = byName.get(c);
    if (!t) throw new Error(`${table}.${c}: kolom bestaat niet`);
    return t;
  });
}

/**
 * Drops every index of `tables` for a bulk load — primary keys and unique constraints too (drop the foreign keys
 * first): COPY then only appends heap pages, and each index is built once, sorted, at the end, which costs a
 * fraction of keeping it row by row (measured: 800,000 valuation items 4.3 s with their two indexes and identity,
 * 0.7 s without). The returned statements create them again (keys and uniques as constraints, with their names).
 */
export async function suspendPgIndexes(client: pg.PoolClient, tables: readonly string[]): Promise<string[]> {
  const r = await client.query<{ tbl: string; name: string; def: string; con: string | null }>(
    `SELECT i.indrelid::regclass::text AS tbl, c.relname AS name, pg_get_indexdef(i.indexrelid) AS def,
       (SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u')) AS con
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = ANY(SELECT unnest($1::text[])::regclass)`,
    [tables],
  );
  const restore: string[] = [];
  for (const ix of r.rows) {
    if (ix.con !== null) {
      await client.query(`ALTER TABLE ${ix.tbl} DROP CONSTRAINT "${ix.name}"`);
      restore.push(`ALTER TABLE ${ix.tbl} ADD CONSTRAINT "${ix.name}" ${ix.con}`);
    } else {
      await client.query(`DROP INDEX "${ix.name}"`);
      restore.push(ix.def);
    }
  }
  return restore;
}

/**
 * Runs independent statements (index builds) on `client` and, with a pool, one more connection at once: a build
 * is one backend's work, so two connections keep both cores busy. The extra connection gets the bulk settings.
 */
export async function runSpread(client: pg.PoolClient, pool: pg.Pool | undefined, statements: readonly string[]): Promise<void> {
  const queue = [...statements];
  const drain = async (c: pg.PoolClient): Promise<void> => {
    for (let sql = queue.shift(); sql !== undefined; sql = queue.shift()) await c.query(sql);
  };
  if (!pool) return drain(client);
  const other = await pool.connect();
  try {
    await other.query(BULK_SESSION);
    await Promise.all([drain(client), drain(other)]);
  } finally {
    other.release();
  }
}

/** Session settings of a bulk connection: no statement timeout, index builds sort in memory. */
export const BULK_SESSION = "SET statement_timeout = 0; SET maintenance_work_mem = '1GB'";

/**
 * Identities fed by the load (rows without an explicit id) fetch their values 10,000 at a time instead of one by
 * one (a nextval per row was a third of the COPY's time); the returned function sets the cache back to 1.
 */
export async function cachePgIdentities(client: pg.PoolClient, tables: readonly string[]): Promise<() => Promise<void>> {
  const r = await client.query<{ tbl: string; col: string }>(
    `SELECT table_name AS tbl, column_name AS col FROM information_schema.columns
     WHERE table_schema = current_schema() AND is_identity = 'YES' AND table_name = ANY($1::text[])`,
    [tables],
  );
  for (const c of r.rows) await client.query(`ALTER TABLE ${c.tbl} ALTER COLUMN ${c.col} SET CACHE 10000`);
  return async () => {
    for (const c of r.rows) await client.query(`ALTER TABLE ${c.tbl} ALTER COLUMN ${c.col} SET CACHE 1`);
  };
}

/** After rows with explicit ids: every identity continues after the highest id. */
export async function syncIdentities(client: pg.PoolClient): Promise<void> {
  const r = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'`,
  );
  for (const c of r.rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT COALESCE(MAX("${c.column_name}"), 0) FROM "${c.table_name}"), 1),
         (SELECT COUNT(*) > 0 FROM "${c.table_name}"))`,
      [c.table_name, c.column_name],
    );
  }
}

/** The search triggers, off during the bulk load; the indexes are refilled once at the end. */
export const PG_SEARCH_TRIGGERS: readonly [string, string][] = [
  ['accounts', 'account_search_a'],
  ['households', 'account_search_h'],
  ['households', 'account_search_hi'],
  ['households', 'customer_search_h'],
  ['households', 'customer_search_hi'],
  ['kb_questions', 'kb_question_search_w'],
  ...NAME_WORD_TRIGGERS,
];

export async function suspendPgSearch(client: pg.PoolClient): Promise<void> {
  for (const [table, trigger] of PG_SEARCH_TRIGGERS) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  await client.query('DROP INDEX IF EXISTS account_search_key');
  await client.query('DROP INDEX IF EXISTS customer_search_key');
  await client.query('DROP INDEX IF EXISTS customer_name_words_key');
  await client.query('DROP INDEX IF EXISTS account_name_words_key');
}

/**
 * The two search indexes' builds (documents in one INSERT … SELECT each, then the GIN index over the filled table:
 * one sorted build instead of row-by-row upkeep). Independent of each other and of the other index builds, so
 * they go into the same runSpread queue — first, as the longest jobs.
 */
export const PG_SEARCH_BUILDS: readonly string[] = [
  `SELECT kcc_customer_search_rebuild(); ${SEARCH_KEY_INDEXES.customer}; ${NAME_WORD_FILLS.customer}; ${NAME_WORD_INDEXES.customer}`,
  `SELECT kcc_account_search_rebuild(); ${SEARCH_KEY_INDEXES.account}; ${NAME_WORD_FILLS.account}; ${NAME_WORD_INDEXES.account}`,
  // The knowledge base is small (hundreds to thousands of questions); its GIN index stays during loads.
  'SELECT kcc_kb_question_search_rebuild()',
];

export async function enablePgSearchTriggers(client: pg.PoolClient): Promise<void> {
  for (const [table, trigger] of PG_SEARCH_TRIGGERS) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
}

/** Refills both search indexes (two connections with a pool) and turns their triggers on again. */
export async function rebuildPgSearch(client: pg.PoolClient, pool?: pg.Pool): Promise<void> {
  await runSpread(client, pool, PG_SEARCH_BUILDS);
  await enablePgSearchTriggers(client);
}

/**
 * VACUUM (ANALYZE) of `tables`, spread over two connections like the index builds: planner statistics, and every
 * freshly loaded page marked all-visible with its hint bits set now — else the first lookups after the seed
 * (or autovacuum in the middle of a benchmark) pay for it, one dirtied page at a time.
 */
export async function vacuumAnalyzePg(client: pg.PoolClient, pool: pg.Pool | undefined, tables: readonly string[]): Promise<void> {
  await runSpread(client, pool, tables.map((t) => `VACUUM (ANALYZE) ${t}`));
}
