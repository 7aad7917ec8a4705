import type Database from 'better-sqlite3';
import type pg from 'pg';
import { verifyAuditChain } from '../audit/auditVerify';
import { rebuildPgSearch, suspendPgSearch, syncIdentities } from '../seed/postgresSeed';
import { openPostgresStore, openStore, type PostgresStore, type SqliteStore } from './connection';

/** Where a run is recorded in the target, so a second run resumes instead of refusing a non-empty database. */
const MARKER_KEY = 'migrate_data_from';
const BATCH = 5_000;
/** SQLite-only tables (FTS5 and its shadow tables) and bookkeeping that each engine keeps itself. */
const SKIP = /^(sqlite_|schema_migrations$|account_search|customer_search|kb_question_search)/;

export interface TableCount {
  table: string;
  sqlite: number;
  postgres: number;
}

export interface MigrateDataReport {
  tables: TableCount[];
  copiedRows: number;
  resumed: boolean;
  auditOk: boolean;
  /** The verification's answer, when it is not ok. */
  audit: Awaited<ReturnType<typeof verifyAuditChain>>;
  elapsedMs: number;
}

interface TablePlan {
  name: string;
  columns: string[];
  types: string[];
  /** The primary key's columns (one, or several as in label_overrides' (key, lang)): the copy order and resume point. */
  pk: string[];
  /** A one-column integer primary key: its resume point is a number. */
  integerPk: boolean;
}

/**
 * Copies an embedded (SQLite) data folder's database into a PostgreSQL database migrated to the same version:
 * every table in foreign-key order, in batches of 5,000 rows in id order, each batch its own transaction; an
 * interrupted run is simply started again and continues after the last committed batch (rows upserted by
 * primary key, so nothing doubles). The search indexes are rebuilt once at the end, identities moved past the
 * copied ids, and every table counted on both sides; the audit chain (same key, same checkpoints: the data folder
 * goes along) is verified on PostgreSQL.
 */
export async function migrateData(
  fromDir: string,
  toUrl: string,
  opts: { dataDir?: string; onProgress?: (table: string, copied: number, total: number) => void } = {},
): Promise<MigrateDataReport> {
  const started = performance.now();
  const source = openStore(fromDir);
  let target: PostgresStore | null = null;
  try {
    target = await openPostgresStore(toUrl, opts.dataDir ?? fromDir);
    const client = await target.pool.connect();
    try {
      await client.query('SET statement_timeout = 0');
      const resumed = await claimTarget(client, fromDir);
      const plans = await planTables(source, client);
      await suspendPgSearch(client);
      let copiedRows = 0;
      for (const plan of plans) copiedRows += await copyTable(source.sqlite, client, plan, opts.onProgress);
      await rebuildPgSearch(client, target.pool);
      await syncIdentities(client);
      await client.query('ANALYZE');
      const tables: TableCount[] = [];
      for (const plan of plans) {
        const lite = (source.sqlite.prepare(`SELECT count(*) AS n FROM "${plan.name}"`).get() as { n: number }).n;
        const extra = plan.name === 'meta' ? ` WHERE key <> '${MARKER_KEY}' AND key NOT LIKE '${MARKER_KEY}:%'` : '';
        const r = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${plan.name}"${extra}`);
        tables.push({ table: plan.name, sqlite: lite, postgres: r.rows[0]?.n ?? -1 });
      }
      const audit = await verifyAuditChain(target);
      return { tables, copiedRows, resumed, auditOk: audit.ok, audit, elapsedMs: Math.round(performance.now() - started) };
    } finally {
      client.release();
    }
  } finally {
    await target?.close();
    await source.close();
  }
}

/** A fresh target, or one a previous run of the same source started; anything else is refused untouched. */
async function claimTarget(client: pg.PoolClient, fromDir: string): Promise<boolean> {
  const marker = await client.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [MARKER_KEY]);
  if (marker.rows[0]) {
    if (marker.rows[0].value !== fromDir) throw new Error(`De doeldatabase wordt al gevuld vanuit ${marker.rows[0].value}`);
    return true;
  }
  const used = await client.query('SELECT 1 FROM households UNION ALL SELECT 1 FROM staff_users UNION ALL SELECT 1 FROM audit_log LIMIT 1');
  if (used.rows.length > 0) throw new Error('De doeldatabase bevat al gegevens; migrate-data vult alleen een lege database');
  await client.query('INSERT INTO meta (key, value) VALUES ($1, $2)', [MARKER_KEY, fromDir]);
  return false;
}

/** The tables both databases have, parents before children, with the columns both have and PostgreSQL's types. */
async function planTables(source: SqliteStore, client: pg.PoolClient): Promise<TablePlan[]> {
  const lite = source.sqlite;
  const names = (lite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => !SKIP.test(n));
  const pgTables = new Set((await client.query<{ t: string }>('SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema()')).rows.map((r) => r.t));
  const missing = names.filter((n) => !pgTables.has(n));
  if (missing.length > 0) throw new Error(`PostgreSQL mist tabellen: ${missing.join(', ')} (is elke migratie geporteerd?)`);
  const parents = new Map(names.map((n) => [n, (lite.prepare(`SELECT "table" AS t FROM pragma_foreign_key_list(?)`).all(n) as { t: string }[]).map((r) => r.t)]));
  const ordered: string[] = [];
  const visit = (n: string, path: Set<string>) => {
    if (ordered.includes(n) || path.has(n)) return;
    path.add(n);
    for (const p of parents.get(n) ?? []) if (p !== n && names.includes(p)) visit(p, path);
    ordered.push(n);
  };
  for (const n of names) visit(n, new Set());
  const plans: TablePlan[] = [];
  for (const name of ordered) {
    const liteCols = lite.prepare('SELECT name, pk, type FROM pragma_table_info(?) ORDER BY cid').all(name) as { name: string; pk: number; type: string }[];
    const pgCols = new Map(
      (
        await client.query<{ name: string; type: string }>(
          'SELECT attname AS name, format_type(atttypid, NULL) AS type FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped',
          [name],
        )
      ).rows.map((r) => [r.name, r.type]),
    );
    const columns = liteCols.map((c) => c.name).filter((c) => pgCols.has(c));
    const pkCols = liteCols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    if (pkCols.length === 0) throw new Error(`${name}: migrate-data kent alleen tabellen met een primaire sleutel`);
    const pk = pkCols.map((c) => c.name);
    plans.push({ name, columns, types: columns.map((c) => pgCols.get(c) as string), pk, integerPk: pk.length === 1 && /INT/i.test(pkCols[0]?.type ?? '') });
  }
  return plans;
}

async function copyTable(
  lite: Database.Database,
  client: pg.PoolClient,
  plan: TablePlan,
  onProgress?: (table: string, copied: number, total: number) => void,
): Promise<number> {
  const total = (lite.prepare(`SELECT count(*) AS n FROM "${plan.name}"`).get() as { n: number }).n;
  const cols = plan.columns.map((c) => `"${c}"`).join(', ');
  const update = plan.columns.filter((c) => !plan.pk.includes(c)).map((c) => `"${c}" = EXCLUDED."${c}"`);
  const onConflict = update.length > 0 ? `DO UPDATE SET ${update.join(', ')}` : 'DO NOTHING';
  const key = plan.pk.map((c) => `"${c}"`).join(', ');
  const insert = `INSERT INTO "${plan.name}" (${cols}) SELECT * FROM unnest(${plan.types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})
    ON CONFLICT (${key}) ${onConflict}`;
  // Resume: the last key of the last committed batch is recorded with that batch (same transaction).
  const progressKey = `${MARKER_KEY}:${plan.name}`;
  const saved = await client.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [progressKey]);
  const savedValue = saved.rows[0]?.value;
  // One key column: the value itself (as before); several: a JSON array of the last row's key values.
  const single = plan.pk.length === 1;
  const after: unknown[] | null =
    savedValue === undefined ? null : single ? [plan.integerPk ? Number(savedValue) : savedValue] : (JSON.parse(savedValue) as unknown[]);
  // Keyset order over the whole key (a row value on SQLite when the key has several columns).
  const beyond = single ? `${key} > ?` : `(${key}) > (${plan.pk.map(() => '?').join(', ')})`;
  const select = lite.prepare(
    `SELECT ${cols} FROM "${plan.name}" ${after === null ? 'WHERE ? IS NULL' : `WHERE ${beyond}`} ORDER BY ${key} LIMIT ${BATCH}`,
  );
  const next = lite.prepare(`SELECT ${cols} FROM "${plan.name}" WHERE ${beyond} ORDER BY ${key} LIMIT ${BATCH}`);
  let copied = 0;
  let rows = select.raw().all(...(after ?? [null])) as unknown[][];
  const pkIndexes = plan.pk.map((c) => plan.columns.indexOf(c));
  while (rows.length > 0) {
    const columns = plan.columns.map((_, i) => rows.map((r) => r[i] ?? null));
    const lastRow = rows[rows.length - 1] ?? [];
    const last = pkIndexes.map((i) => lastRow[i] as number | string);
    await client.query('BEGIN');
    try {
      await client.query(insert, columns);
      await client.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [
        progressKey,
        single ? String(last[0]) : JSON.stringify(last),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw new Error(`${plan.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    copied += rows.length;
    onProgress?.(plan.name, copied, total);
    rows = next.raw().all(...last) as unknown[][];
  }
  return copied;
}
