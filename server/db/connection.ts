import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import path from 'node:path';
import { AUDIT_KEY_ENV } from '../audit/auditKey';
import { AuditTrail, type AuditTrailOptions } from '../audit/auditTrail';
import { ensureOwnerOnlyFile, ownerOnlyDir, ownerOnlyFile } from './fileModes';
import { migrate } from './migrate';
import type { DB } from './schema';

export interface Store {
  /** Raw handle: for hot read paths (prepared statements), the seed's bulk inserts and FTS. */
  sqlite: Database.Database;
  /** Typed query builder; every write goes through `db.transaction()` together with its audit entry. */
  db: Kysely<DB>;
  /** The audit key, the entries' MAC and the signed checkpoints (see AuditTrail). */
  audit: AuditTrail;
  /** The data folder (owner-only): the database, the audit key and checkpoints, letter PDFs. */
  dataDir: string;
  close(): Promise<void>;
}

export const DB_FILE = 'portal.sqlite';

export interface OpenStoreOptions {
  migrate?: boolean;
  /** Audit key and checkpoints; the key secret defaults to the KCC_AUDIT_KEY environment variable. */
  audit?: AuditTrailOptions;
}

/**
 * Opens (creating if needed) the database in a data folder, in WAL mode, and migrates it. The folder is made
 * owner-only (0700) and the database owner-only (0600) before SQLite opens it: SQLite gives the WAL and
 * shared-memory files the database file's mode, and existing ones are tightened too.
 */
export function openStore(dataDir: string, opts: OpenStoreOptions = {}): Store {
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
    audit = new AuditTrail(sqlite, dataDir, { ...opts.audit, secret: opts.audit?.secret ?? process.env[AUDIT_KEY_ENV] });
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    audit,
    dataDir,
    async close() {
      // The shutdown checkpoint reads the head through the connection, so before it closes.
      audit.close();
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
