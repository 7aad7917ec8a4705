import type Database from 'better-sqlite3';

/** FTS5's own default for the in-memory term buffer before it writes a segment. */
const DEFAULT_HASHSIZE = 1024 * 1024;
/** While rebuilding: a few large segments instead of hundreds of small ones that must then be merged. */
const REBUILD_HASHSIZE = 256 * 1024 * 1024;

/**
 * Refills the FTS5 table `table` with `rebuildSql` and puts its triggers (`triggersSql`) back, in one
 * transaction, then merges the index into one b-tree (faster lookups). Used after bulk loads, for which
 * the triggers were dropped, and to repair an index.
 */
export function rebuildFts(db: Database.Database, table: string, rebuildSql: string, triggersSql: string): void {
  // A literal, not a bound parameter: FTS5 takes only an integer, and a bound JS number is a REAL.
  const hashsize = (bytes: number) => db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('hashsize', ${Math.trunc(bytes)})`);
  db.transaction(() => {
    hashsize(REBUILD_HASHSIZE);
    db.exec(rebuildSql);
    hashsize(DEFAULT_HASHSIZE);
    db.exec(triggersSql);
  })();
  db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize')`);
}
