import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from './migrate';
import type { DB } from './schema';

export interface Store {
  /** Raw handle: for hot read paths (prepared statements), the seed's bulk inserts and FTS. */
  sqlite: Database.Database;
  /** Typed query builder; every write goes through `db.transaction()` together with its audit entry. */
  db: Kysely<DB>;
  close(): Promise<void>;
}

export const DB_FILE = 'portal.sqlite';

/** Opens (creating if needed) the database in a data folder, in WAL mode, and migrates it. */
export function openStore(dataDir: string, opts: { migrate?: boolean } = {}): Store {
  fs.mkdirSync(dataDir, { recursive: true });
  const sqlite = new Database(path.join(dataDir, DB_FILE));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  if (opts.migrate !== false) migrate(sqlite);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    sqlite,
    db,
    async close() {
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
