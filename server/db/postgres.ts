import pg from 'pg';
import { parseDate, parseTimestampTz } from './pgTimeTypes';

/** Connection settings of the PostgreSQL pool (README, "Storage engines"); environment variables override. */
export interface PgPoolSettings {
  /** Connections per server instance (KCC_DB_POOL_MAX, default 10). */
  max?: number;
  /** Longest a statement may run, in ms (KCC_DB_STATEMENT_TIMEOUT_MS, default 30 s): a stuck query ends, the request gets an error. */
  statementTimeoutMs?: number;
  /** How long to wait for a connection (KCC_DB_CONNECT_TIMEOUT_MS, default 5 s) before the request gets 503. */
  connectTimeoutMs?: number;
  /** Name shown in pg_stat_activity. */
  applicationName?: string;
}

const int = (v: string | undefined, fallback: number) => {
  const n = Number(v);
  return v !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
};

/**
 * The values both engines must hand Kysely alike: bigint (count(*), sums) and numeric as JS numbers (every id,
 * count and cent amount here fits in 2^53), json/jsonb as their text (SQLite stores JSON as text; callers parse),
 * timestamptz as the ISO string the server wrote and date as its `YYYY-MM-DD` (SQLite keeps both as that text).
 * Per pool, not pg.types: nothing else in the process is affected.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    if (oid === pg.types.builtins.JSON || oid === pg.types.builtins.JSONB) return (v: string) => v;
    if (oid === pg.types.builtins.TIMESTAMPTZ || oid === pg.types.builtins.TIMESTAMP) return parseTimestampTz;
    if (oid === pg.types.builtins.DATE) return parseDate;
    return pg.types.getTypeParser(oid, format);
  },
};

// pg-pool (3.14) waits for the promise the hook returns before it hands the connection out; @types/pg says void.
const utcSession = ((client: pg.ClientBase) => client.query("SET TimeZone = 'UTC'")) as unknown as (client: pg.ClientBase) => void;

export function createPgPool(url: string, settings: PgPoolSettings = {}): pg.Pool {
  const env = process.env;
  const pool = new pg.Pool({
    connectionString: url,
    max: settings.max ?? int(env.KCC_DB_POOL_MAX, 10),
    statement_timeout: settings.statementTimeoutMs ?? int(env.KCC_DB_STATEMENT_TIMEOUT_MS, 30_000),
    connectionTimeoutMillis: settings.connectTimeoutMs ?? int(env.KCC_DB_CONNECT_TIMEOUT_MS, 5_000),
    idleTimeoutMillis: 30_000,
    application_name: settings.applicationName ?? 'kcc-portal',
    // UTC sessions: a date-only parameter compared with a timestamptz means midnight UTC (as the ISO text compared on
    // SQLite), and timestamptz text comes back with offset +00. A SET on each new connection before the pool hands
    // it out (a connection it fails on is closed), not the `options` startup parameter, which PgBouncer refuses.
    onConnect: utcSession,
    types,
  });
  // An idle connection that breaks (server restart, network) is dropped from the pool; the next query opens a
  // new one. Without a listener the error would end the process.
  pool.on('error', () => undefined);
  return pool;
}

/** The URL without its password, for messages and logs. */
export function safeDbUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export function isPostgresUrl(value: string | undefined | null): value is string {
  return typeof value === 'string' && /^postgres(ql)?:\/\//i.test(value);
}

/** Driver and server errors that mean "the database is not reachable right now" (retry later), not a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN'].includes(code)) return true;
  // Class 08 connection exceptions; 57P01-57P03 admin/crash shutdown, cannot connect now; 53300 too many connections.
  if (/^08/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connect ECONNREFUSED/i.test(
    message,
  );
}
