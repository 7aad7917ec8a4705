import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { entryHash, GENESIS } from '../../../server/audit/auditHash';
import { verifyAuditChain } from '../../../server/audit/auditLog';
import { migrations, migrationSql } from '../../../server/db/migrations/index';
import { createPgPool } from '../../../server/db/postgres';
import { startTestServer, type TestServer } from '../support/testServer';

/** Migration 016: times are timestamptz and dates date on PostgreSQL, and every value reads back as it was written. */
describe('PostgreSQL time columns (migration 016)', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  async function started(opts: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
    const s = await startTestServer(opts);
    cleanup.push(() => s.close());
    return s;
  }

  async function columnTypes(pool: pg.Pool): Promise<Map<string, string>> {
    const r = await pool.query<{ name: string; type: string }>(
      `SELECT table_name || '.' || column_name AS name, data_type AS type FROM information_schema.columns
       WHERE table_schema = current_schema() AND (column_name ~ '(_at|_until|_date)$' OR column_name IN ('at', 'window_start'))`,
    );
    return new Map(r.rows.map((x) => [x.name, x.type]));
  }

  it('leaves no time or date column as text', async () => {
    const s = await started();
    if (s.store.engine !== 'postgres') throw new Error('PostgreSQL only');
    const types = await columnTypes(s.store.pool);
    expect(types.size).toBeGreaterThan(80);
    const text = [...types].filter(([, t]) => t !== 'timestamp with time zone' && t !== 'date').map(([n]) => n);
    expect(text).toEqual([]);
    for (const d of ['persons.birth_date', 'contracts.start_date', 'contracts.end_date', 'invoices.invoice_date', 'documents.document_date']) {
      expect(types.get(d), d).toBe('date');
    }
    // order_date holds the instant a weborder was made, not a calendar day.
    for (const t of ['weborders.order_date', 'audit_log.at', 'accounts.confirmed_at', 'jobs.lease_until']) expect(types.get(t), t).toBe('timestamp with time zone');
  });

  it('runs every connection in UTC, whatever the database says, and days are UTC days', async () => {
    const s = await started();
    if (s.store.engine !== 'postgres') throw new Error('PostgreSQL only');
    const dbName = (await s.store.pool.query<{ d: string }>('SELECT current_database() AS d')).rows[0]?.d ?? '';
    await s.store.pool.query(`ALTER DATABASE "${dbName}" SET TimeZone = 'Pacific/Kiritimati'`); // UTC+14
    const url = new URL(inject('pgAdminUrl'));
    url.pathname = `/${dbName}`;
    const pool = createPgPool(url.toString());
    try {
      expect((await pool.query<{ z: string }>("SELECT current_setting('TimeZone') AS z")).rows[0]?.z).toBe('UTC');
      // A date-only bound is midnight UTC, as the ISO text compares on SQLite: 23:30 UTC is still that day.
      const r = await pool.query<{ inside: boolean; day: string }>(
        `SELECT $1::timestamptz < $2::timestamptz AS inside, to_char($1::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day`,
        ['2026-03-01T23:30:00.000Z', '2026-03-02'],
      );
      expect(r.rows[0]).toEqual({ inside: true, day: '2026-03-01' });
    } finally {
      await pool.end();
    }
  });

  it('returns through the API exactly the ISO string the server wrote, and the audit chain verifies', async () => {
    const s = await started();
    if (s.store.engine !== 'postgres') throw new Error('PostgreSQL only');
    s.clock.advance(891); // milliseconds that a second-precision round trip would lose
    await s.addStaff('anna', 'Geheim!2026', ['admin', 'kcc-admin']);
    const token = await s.signIn('anna', 'Geheim!2026');
    const written = s.clock.now().toISOString();
    expect(written).toMatch(/\.891Z$/);
    const created = await s
      .client(token)
      .call('accounts.create', { body: { username: 'tijd.proef', email: 'tijd@corp.nl', password: 'Sterk!2026x', role: 'admin' } });
    expect(created.confirmedAt).toBe(written);
    const listed = await s.client(token).call('accounts.list', { query: { q: 'tijd.proef' } });
    expect(listed.items.find((a) => a.id === created.id)?.confirmedAt).toBe(written);
    const audit = await s.client(token).call('audit.list', { query: { action: 'staff.sign_in' } });
    expect(audit.items[0]?.at).toBe(written);
    // Stored as a timestamptz (its own text form), read back by the pool as the ISO string.
    const raw = await s.store.pool.query<{ t: string }>('SELECT confirmed_at::text AS t FROM accounts WHERE id = $1', [created.id]);
    expect(raw.rows[0]?.t).toBe(written.replace('T', ' ').replace('Z', '+00'));
    expect((await verifyAuditChain(s.store)).ok).toBe(true);
  });

  it('converts a database migrated up to 016 with ISO text rows: the same strings back, the chain still verifies', async () => {
    // A database at the version before 016, written as the server wrote it then (times as ISO text).
    const name = `kcc_t_tz_${randomBytes(5).toString('hex')}`;
    const adminUrl = inject('pgAdminUrl');
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    cleanup.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const pool = createPgPool(url.toString());
    let ats: string[] = [];
    try {
      await pool.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
      for (const m of migrations.filter((x) => x.version < 16)) {
        await pool.query(migrationSql(m, 'postgres') ?? '');
        await pool.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, '2026-01-01T00:00:00.000Z']);
      }
      expect((await columnTypes(pool)).get('audit_log.at')).toBe('text');
      await pool.query(
        `INSERT INTO households (id, customer_number, name, corr_street, corr_house_number, corr_postcode, corr_city, activation_code_generated_at)
         VALUES (1, 'HM-100001', 'Fam. Tijd', 'Laan', 1, '1234 AB', 'Utrecht', '2025-06-30T23:59:59.999Z')`,
      );
      await pool.query(`INSERT INTO household_roles (code, description, sort, show_in_portal, use_in_portal) VALUES ('HH', 'Hoofdhuurder', 1, 1, 1)`);
      await pool.query(
        `INSERT INTO persons (household_id, role_code, initials, first_name, last_name, birth_date, gender)
         VALUES (1, 'HH', 'J.', 'Jan', 'Tijd', '1968-03-14', 'M')`,
      );
      await pool.query(
        `INSERT INTO accounts (username, email, customer_number, password_hash, confirmed_at, created_at, auto_blocked_until)
         VALUES ('jan.tijd', 'jan@tijd.nl', 'HM-100001', 'x', '2026-02-03T04:05:06.007Z', '2026-02-01T00:00:00.000Z', NULL)`,
      );
      // Three audit entries before the MAC began (mac_from after them): their hashes cover the ISO text of `at`.
      let prev = GENESIS;
      ats = ['2025-12-31T23:59:59.999Z', '2026-01-01T00:00:00.000Z', '2026-07-15T12:34:56.789Z'];
      for (const [i, at] of ats.entries()) {
        const fields = {
          at,
          actor_id: null,
          actor: 'systeem',
          roles: '',
          action: 'proef.tijd',
          target: null,
          customer_number: 'HM-100001',
          source_address: '127.0.0.1',
          look_along_session_id: null,
          details: JSON.stringify({ n: i }),
        };
        const hash = entryHash(i + 1, prev, fields);
        await pool.query(
          `INSERT INTO audit_log (id, at, actor_id, actor, roles, action, target, customer_number, source_address, look_along_session_id, details, prev_hash, hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [i + 1, ...Object.values(fields), prev, hash],
        );
        prev = hash;
      }
      await pool.query('UPDATE audit_head SET next_id = 4, last_hash = $1, mac_from = 4', [prev]);
    } finally {
      await pool.end();
    }

    // The server starts on it: 016 runs, then everything reads back as written.
    const s = await started({ databaseUrl: url.toString() });
    if (s.store.engine !== 'postgres') throw new Error('PostgreSQL only');
    expect((await columnTypes(s.store.pool)).get('audit_log.at')).toBe('timestamp with time zone');
    const db = s.store.db;
    expect((await db.selectFrom('audit_log').select('at').orderBy('id').execute()).map((r) => r.at)).toEqual(ats);
    expect(await db.selectFrom('accounts').select(['confirmed_at', 'created_at', 'auto_blocked_until']).executeTakeFirst()).toEqual({
      confirmed_at: '2026-02-03T04:05:06.007Z',
      created_at: '2026-02-01T00:00:00.000Z',
      auto_blocked_until: null,
    });
    expect(await db.selectFrom('persons').select('birth_date').executeTakeFirst()).toEqual({ birth_date: '1968-03-14' });
    expect(await db.selectFrom('households').select('activation_code_generated_at').executeTakeFirst()).toEqual({
      activation_code_generated_at: '2025-06-30T23:59:59.999Z',
    });
    // Entries after the conversion continue the same chain, and the whole chain verifies.
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    await s.signIn('anna', 'Geheim!2026');
    expect(await verifyAuditChain(s.store)).toMatchObject({ ok: true, checked: 4 });
  });
});
