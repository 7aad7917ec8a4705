import { describe, expect, it } from 'vitest';
import { migrations, migrationSql } from '../../../server/db/migrations/index';
import { isDatabaseUnavailable, isPostgresUrl, safeDbUrl } from '../../../server/db/postgres';
import { toPgPlaceholders } from '../../../server/db/sqlRunner';

describe('storage engines: the small pure parts', () => {
  it('numbers placeholders for PostgreSQL in order', () => {
    expect(toPgPlaceholders('SELECT a FROM t WHERE b = ? AND c IN (?, ?) LIMIT ?')).toBe('SELECT a FROM t WHERE b = $1 AND c IN ($2, $3) LIMIT $4');
  });

  it('hides the password of a database URL', () => {
    expect(safeDbUrl('postgres://kcc:geheim@db.example.nl:5432/kcc')).toBe('postgres://kcc:***@db.example.nl:5432/kcc');
    expect(safeDbUrl('postgres://kcc@db/kcc')).toBe('postgres://kcc@db/kcc');
    expect(isPostgresUrl('postgresql://x/y')).toBe(true);
    expect(isPostgresUrl('/var/lib/kcc')).toBe(false);
  });

  it('tells "database away" from a bad query', () => {
    expect(isDatabaseUnavailable({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '57P01', message: 'terminating connection due to administrator command' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '08006' })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ code: '23505' })).toBe(false);
    expect(isDatabaseUnavailable({ code: '42601', message: 'syntax error' })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('has SQL for both engines for every migration, and refuses a SQLite-only one on PostgreSQL', () => {
    for (const m of migrations) {
      expect(migrationSql(m, 'sqlite'), `${m.version} sqlite`).toBeTruthy();
      expect(migrationSql(m, 'postgres'), `${m.version} postgres`).toBeTruthy();
    }
    expect(migrationSql({ version: 99, name: 'x', sql: 'CREATE TABLE x (id INTEGER PRIMARY KEY)' }, 'postgres')).toBeNull();
    expect(migrationSql({ version: 99, name: 'x', both: 'SELECT 1' }, 'postgres')).toBe('SELECT 1');
  });
});
