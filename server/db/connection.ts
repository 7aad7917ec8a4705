import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import path from 'node:path';
import type pg from 'pg';
import { AUDIT_KEY_ENV } from '../audit/auditKey';
import { LocalNotifyBus, PostgresNotifyBus, type NotifyBus } from '../events/notifyBus';
import { AuditTrail, AuditTrailPlugin, postgresHeadSource, sqliteHeadSource, type AuditTrailOptions } from '../audit/auditTrail';
import { ensureOwnerOnlyFile, ownerOnlyDir, ownerOnlyFile } from './fileModes';
import { migrate, migratePostgres } from './migrate';
import { sqliteScanReader } from './scanReader';
import { createPgPool, isDatabaseUnavailable, safeDbUrl, type PgPoolSettings } from './postgres';
import type { DB } from './schema';

export type Engine = 'sqlite' | 'postgres';

interface StoreCommon {
  /** Typed query builder; every write goes through `db.transaction()` together with its audit entry. */
  db: Kysely<DB>;
  /** The audit key, the entries' MAC and the signed checkpoints (see AuditTrail). */
  audit: AuditTrail;
  /**
   * The data folder (owner-only): the audit key and checkpoints, letter PDFs; with SQLite also the database.
   * Instances sharing one PostgreSQL database share this folder too (or at least the key: KCC_AUDIT_KEY).
   */
  dataDir: string;
  /** Events for the clients of every instance (server-sent events): in memory on SQLite, LISTEN/NOTIFY on PostgreSQL. */
  events: NotifyBus;
  /**
   * For reads that go through a whole table (exports): on SQLite a read-only connection of its own with a small
   * page cache, so the scan does not fill the shared connection's cache (server/db/scanReader.ts); on PostgreSQL
   * simply `db` (the database server's buffers are not this process's memory).
   */
  scanDb(): Kysely<DB>;
  close(): Promise<void>;
}

/** The embedded engine. */
export interface SqliteStore extends StoreCommon {
  engine: 'sqlite';
  /** Raw handle, for the SQLite-specific implementations only (FTS5 search, hot prepared reads, bulk seed). */
  sqlite: Database.Database;
}

/** The shared engine: several server instances on one database. */
export interface PostgresStore extends StoreCommon {
  engine: 'postgres';
  /** Raw pool, for the PostgreSQL-specific implementations only (bulk seed, migrate-data). */
  pool: pg.Pool;
  /** The database URL without its password. */
  url: string;
}

export type Store = SqliteStore | PostgresStore;

export const DB_FILE = 'portal.sqlite';

export interface OpenStoreOptions {
  migrate?: boolean;
  /** Audit key and checkpoints; the key secret defaults to the KCC_AUDIT_KEY environment variable. */
  audit?: AuditTrailOptions;
}

export interface OpenDatabaseOptions extends OpenStoreOptions {
  /** The data folder (always: audit key, checkpoints, letters; the database itself with SQLite). */
  dataDir: string;
  /** postgres://… to use PostgreSQL; absent or null for the embedded SQLite database in `dataDir`. */
  databaseUrl?: string | null;
  pool?: PgPoolSettings;
}

/** A clear start failure: the database cannot be reached (the CLI says so instead of a stack trace). */
export class DatabaseUnreachableError extends Error {}

/**
 * Opens (creating if needed) the SQLite database in a data folder, in WAL mode, and migrates it. The folder is made
 * owner-only (0700) and the database owner-only (0600) before SQLite opens it: SQLite gives the WAL and
 * shared-memory files the database file's mode, and existing ones are tightened too.
 */
export function openStore(dataDir: string, opts: OpenStoreOptions = {}): SqliteStore {
  ownerOnlyDir(dataDir);
  const file = path.join(dataDir, DB_FILE);
  ensureOwnerOnlyFile(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the call answers, also across a power cut (NORMAL in WAL mode may lose
  // the last commits then). Audit entries and money must not vanish, and a signed checkpoint must never
  // name an entry a crash could still take back. Costs ≈3.5 ms per write transaction (README, Configuration).
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  for (const suffix of ['-wal', '-shm', '-journal']) ownerOnlyFile(`${file}${suffix}`);
  let audit: AuditTrail;
  try {
    if (opts.migrate !== false) migrate(sqlite);
    audit = AuditTrail.openSync(sqliteHeadSource(sqlite), dataDir, auditOptions(opts));
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new AuditTrailPlugin(audit)] });
  const events = new LocalNotifyBus();
  const scan = sqliteScanReader(file);
  return {
    engine: 'sqlite',
    sqlite,
    db,
    audit,
    dataDir,
    events,
    scanDb: () => scan.db(),
    async close() {
      await events.close();
      await scan.close();
      // The shutdown checkpoint reads the head through the connection, so before it closes.
      await audit.close();
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}

function auditOptions(opts: OpenStoreOptions): AuditTrailOptions {
  return { ...opts.audit, secret: opts.audit?.secret ?? process.env[AUDIT_KEY_ENV] };
}

/**
 * Opens the PostgreSQL database at `url` (migrating it unless told not to) with the data folder for the audit
 * key and checkpoints. Fails with DatabaseUnreachableError when the server cannot be reached.
 */
export async function openPostgresStore(url: string, dataDir: string, opts: OpenStoreOptions & { pool?: PgPoolSettings } = {}): Promise<PostgresStore> {
  ownerOnlyDir(dataDir);
  const pool = createPgPool(url, opts.pool);
  let open = true;
  let audit: AuditTrail;
  try {
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        throw new DatabaseUnreachableError(
          `PostgreSQL op ${safeDbUrl(url)} is niet bereikbaar: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      throw error;
    }
    if (opts.migrate !== false) await migratePostgres(pool);
    audit = await AuditTrail.open(postgresHeadSource(pool, () => open), dataDir, auditOptions(opts));
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new AuditTrailPlugin(audit)] });
  const events = new PostgresNotifyBus(db, url, opts.audit?.log);
  return {
    engine: 'postgres',
    pool,
    url: safeDbUrl(url),
    db,
    audit,
    dataDir,
    events,
    scanDb: () => db,
    async close() {
      await events.close();
      await audit.close().catch(() => undefined);
      open = false;
      // Kysely's destroy ends the pool only when Kysely used it; the audit head reads went to the pool directly.
      await db.destroy();
      if (!pool.ended) await pool.end();
    },
  };
}

/** The store a server or CLI command asked for: PostgreSQL when a URL is given, else SQLite in the data folder. */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<Store> {
  return opts.databaseUrl ? openPostgresStore(opts.databaseUrl, opts.dataDir, opts) : openStore(opts.dataDir, opts);
}

/** The raw SQLite handle of a store that must be SQLite (SQLite-only tools and tests). */
export function sqliteOf(store: Store): Database.Database {
  if (store.engine !== 'sqlite') throw new Error('alleen voor SQLite');
  return store.sqlite;
}
