import type pg from 'pg';
import type { SqlValue } from './batchInsert';

/**
 * The demo seed's PostgreSQL side. COPY would need pg-copy-streams (not a dependency); the next best is one
 * INSERT … SELECT FROM unnest($1::type[], $2::type[], …) per table per chunk: every column travels as one array
 * parameter, one round trip and one plan for thousands of rows (README, Performance: seed on PostgreSQL).
 */
export class PgBatchInsert {
  private columnsData: SqlValue[][];
  private types: string[] = [];
  count = 0;
  private pending = 0;

  constructor(
    readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.columnsData = columns.map(() => []);
  }

  /** The column types for the unnest casts, from the catalogue (once, before the first write). */
  async loadTypes(client: pg.PoolClient): Promise<void> {
    this.types = await columnTypes(client, this.table, this.columns);
  }

  add(...values: SqlValue[]): void {
    if (values.length !== this.columns.length) throw new Error(`${this.table}: expected ${this.columns.length} values, got ${values.length}`);
    for (let i = 0; i < values.length; i++) (this.columnsData[i] as SqlValue[]).push(values[i] as SqlValue);
    this.count++;
    this.pending++;
  }

  /** Nothing to do between rows: the rows go out as a batch (take), on the load's connection. */
  flush(): void {}

  /** The rows added so far as one statement, handed over (the writer starts empty again). */
  take(): PgBatch {
    const values = this.columnsData;
    const rows = this.pending;
    this.columnsData = this.columns.map(() => []);
    this.pending = 0;
    const unnest = this.types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
    const text = `INSERT INTO ${this.table} (${this.columns.join(', ')}) SELECT * FROM unnest(${unnest})`;
    return {
      async write(client) {
        if (rows > 0) await client.query(text, values);
      },
    };
  }
}

export interface PgBatch {
  write(client: pg.PoolClient): Promise<void>;
}

/**
 * Drops the foreign keys of `tables` (and those pointing at them) for a bulk load; the returned function adds them
 * again, each validated by one join instead of one lookup per row.
 */
export async function suspendPgForeignKeys(client: pg.PoolClient, tables: readonly string[]): Promise<() => Promise<void>> {
  const r = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE contype = 'f' AND (conrelid = ANY(SELECT unnest($1::text[])::regclass) OR confrelid = ANY(SELECT unnest($1::text[])::regclass))`,
    [tables],
  );
  for (const fk of r.rows) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT "${fk.name}"`);
  return async () => {
    for (const fk of r.rows) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
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

/** Drops the non-unique secondary indexes of `tables`; the returned function creates them again. */
export async function suspendPgIndexes(client: pg.PoolClient, tables: readonly string[]): Promise<() => Promise<void>> {
  const r = await client.query<{ name: string; def: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = ANY(SELECT unnest($1::text[])::regclass) AND NOT i.indisunique AND NOT i.indisprimary`,
    [tables],
  );
  for (const ix of r.rows) await client.query(`DROP INDEX IF EXISTS "${ix.name}"`);
  return async () => {
    for (const ix of r.rows) await client.query(ix.def);
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
  ['households', 'customer_search_h'],
  ['kb_questions', 'kb_question_search_w'],
];

export async function suspendPgSearch(client: pg.PoolClient): Promise<void> {
  for (const [table, trigger] of PG_SEARCH_TRIGGERS) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  await client.query('DROP INDEX IF EXISTS account_search_doc');
  await client.query('DROP INDEX IF EXISTS customer_search_doc');
}

export async function rebuildPgSearch(client: pg.PoolClient, pool?: pg.Pool): Promise<void> {
  // The two indexes are independent: with a pool they are built on two connections at once (two cores).
  const account = async (c: pg.PoolClient) => {
    await c.query('SELECT kcc_account_search_rebuild()');
    await c.query('CREATE INDEX IF NOT EXISTS account_search_doc ON account_search USING gin (doc gin_trgm_ops)');
  };
  const customer = async (c: pg.PoolClient) => {
    await c.query('SELECT kcc_customer_search_rebuild()');
    await c.query('CREATE INDEX IF NOT EXISTS customer_search_doc ON customer_search USING gin (doc gin_trgm_ops)');
  };
  // The knowledge base is small (hundreds to thousands of questions): refilled on this connection first.
  await client.query('SELECT kcc_kb_question_search_rebuild()');
  if (pool) {
    const other = await pool.connect();
    try {
      await other.query("SET statement_timeout = 0; SET maintenance_work_mem = '256MB'");
      await Promise.all([account(client), customer(other)]);
    } finally {
      other.release();
    }
  } else {
    await account(client);
    await customer(client);
  }
  for (const [table, trigger] of PG_SEARCH_TRIGGERS) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
}
