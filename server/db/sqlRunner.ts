import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Store } from './connection';

export type SqlArg = string | number | null | readonly string[] | readonly number[];

/**
 * Hand-written SQL on a hot read path, the same text for both engines (placeholders `?`), each statement prepared
 * once: SQLite prepares it on the raw handle, PostgreSQL as a named prepared statement per connection. Only for
 * SQL that is portable as written; engine-specific SQL belongs in an engine's own implementation. Search-term
 * statements go through `allPlannedPerCall` (planned per call on PostgreSQL).
 */
export interface SqlRunner {
  get<T>(sql: string, ...args: SqlArg[]): Promise<T | undefined>;
  all<T>(sql: string, ...args: SqlArg[]): Promise<T[]>;
  /**
   * A statement whose best plan depends on its arguments (a search term through `kcc_contains`/`kcc_fold`): on
   * PostgreSQL an unnamed statement, planned for each call with its term. A named one gets PostgreSQL's generic
   * plan from the sixth call on, in which the term is unknown: its row estimate is off and the folding runs on
   * every row rechecked or filtered instead of once (1 M households, household name: p95 ~2× slower). SQLite
   * plans alike either way: prepared once, as `all`.
   */
  allPlannedPerCall<T>(sql: string, ...args: SqlArg[]): Promise<T[]>;
}

export function sqliteRunner(db: Database.Database): SqlRunner {
  const statements = new Map<string, Database.Statement>();
  const stmt = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  return {
    get: <T>(sql: string, ...args: SqlArg[]) => Promise.resolve(stmt(sql).get(...args) as T | undefined),
    all: <T>(sql: string, ...args: SqlArg[]) => Promise.resolve(stmt(sql).all(...args) as T[]),
    allPlannedPerCall: <T>(sql: string, ...args: SqlArg[]) => Promise.resolve(stmt(sql).all(...args) as T[]),
  };
}

/** `?` → `$1`, `$2`, … (the SQL given here holds no `?` inside string literals). */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function postgresRunner(pool: pg.Pool): SqlRunner {
  const prepared = new Map<string, { name: string; text: string }>();
  const placeholders = new Map<string, string>();
  const query = async <T>(sql: string, args: SqlArg[]): Promise<T[]> => {
    let p = prepared.get(sql);
    if (!p) {
      p = { name: `kcc_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`, text: toPgPlaceholders(sql) };
      prepared.set(sql, p);
    }
    const r = await pool.query({ name: p.name, text: p.text, values: args as unknown[] });
    return r.rows as T[];
  };
  return {
    get: async <T>(sql: string, ...args: SqlArg[]) => (await query<T>(sql, args))[0],
    all: <T>(sql: string, ...args: SqlArg[]) => query<T>(sql, args),
    allPlannedPerCall: async <T>(sql: string, ...args: SqlArg[]) => {
      let text = placeholders.get(sql);
      if (text === undefined) {
        text = toPgPlaceholders(sql);
        placeholders.set(sql, text);
      }
      return (await pool.query({ text, values: args as unknown[] })).rows as T[];
    },
  };
}

// One runner per store: it holds the prepared statements, so every caller on a store shares them.
const runners = new WeakMap<Store, SqlRunner>();

export function sqlRunner(store: Store): SqlRunner {
  let run = runners.get(store);
  if (!run) {
    run = store.engine === 'sqlite' ? sqliteRunner(store.sqlite) : postgresRunner(store.pool);
    runners.set(store, run);
  }
  return run;
}
