import type Database from 'better-sqlite3';

/**
 * Secondary indexes of the given tables, dropped for a bulk load and created again after it.
 * An index over random keys (postcodes, e-mail addresses, dates) costs a b-tree descent per row
 * while loading; built once at the end it is a single sort. UNIQUE constraints (automatic
 * indexes, no SQL) and UNIQUE indexes stay in place, so uniqueness is still checked row by row.
 */
export function suspendIndexes(db: Database.Database, tables: readonly string[]): () => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX IF EXISTS "${ix.name}"`);
  return () => {
    db.transaction(() => {
      for (const ix of indexes) db.exec(ix.sql.replace(/^CREATE INDEX /i, 'CREATE INDEX IF NOT EXISTS '));
    })();
  };
}
