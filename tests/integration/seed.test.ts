import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/db/connection';
import type { SqliteStore as Store } from '../../server/db/connection';
import { verifyPassword } from '../../server/security/passwords';
import { DEMO_TENANT_PASSWORD, demoStaff, seedDemo, seedDemoStaff } from '../../server/seed/index';
import type { SeedReport } from '../../server/seed/index';

const NOW = new Date('2026-11-02T09:00:00.000Z');
const N = 300;
const dirs: string[] = [];
const stores: Store[] = [];

function tempStore(): Store {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-seed-test-'));
  dirs.push(dir);
  const store = openStore(dir);
  stores.push(store);
  return store;
}

/**
 * sha256 over every row of every real table (search-index shadow tables included), ordered by all
 * columns so WITHOUT ROWID tables work too; the migration bookkeeping (applied_at) is left out.
 */
function contentHash(store: Store): string {
  const h = createHash('sha256');
  const tables = store.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .all() as { name: string }[];
  for (const { name } of tables) {
    const width = (store.sqlite.prepare(`SELECT COUNT(*) AS n FROM pragma_table_info('${name}')`).get() as { n: number }).n;
    const order = Array.from({ length: width }, (_, i) => i + 1).join(', ');
    h.update(`#${name}\n`);
    for (const row of store.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).raw().iterate()) {
      h.update(`${JSON.stringify(row)}\n`); // Buffers (FTS blobs) serialise as byte arrays
    }
  }
  return h.digest('hex');
}

/** Independent ISO 13616 check (BigInt), so the seed's own IBAN code is not trusted. */
function ibanValid(iban: string): boolean {
  if (!/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  const digits = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(digits) % 97n === 1n;
}

/** The portal's phone rule (shared/domain/phone.ts). */
function phoneValid(phone: string): boolean {
  const digits = phone.replace(/\D/g, '').length;
  return (
    /^[0-9 ()-]+$/.test(phone) &&
    digits >= 10 && digits <= 12 &&
    (phone.match(/-/g) ?? []).length <= 1 &&
    (phone.match(/\(/g) ?? []).length <= 1 &&
    (!phone.includes('(') && !phone.includes(')') || /^[^()]*\(\d{1,4}\)[^()]*$/.test(phone))
  );
}

describe('seedDemo (300 households)', () => {
  let a: Store;
  let b: Store;
  let report: SeedReport;
  const progress: [number, number][] = [];

  const all = <T>(sql: string, ...params: unknown[]): T[] => a.sqlite.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]): T => a.sqlite.prepare(sql).get(...params) as T;
  const count = (sql: string, ...params: unknown[]): number => one<{ n: number }>(sql, ...params).n;

  beforeAll(async () => {
    a = tempStore();
    b = tempStore();
    report = await seedDemo(a, { households: N, seed: 7, now: NOW, onProgress: (d, t) => progress.push([d, t]) });
    await seedDemo(b, { households: N, seed: 7, now: NOW });
  });

  afterAll(async () => {
    for (const s of stores) await s.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('is deterministic: two folders, same seed, identical content', () => {
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it('leaves the same indexes and triggers as a freshly migrated database (those dropped for the load are back)', () => {
    const schema = (s: Store) =>
      s.sqlite
        .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
        .all();
    const fresh = tempStore();
    expect(schema(a)).toEqual(schema(fresh));
    const names = (schema(a) as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['households_postcode', 'accounts_email', 'contracts_address', 'account_search_ai', 'customer_search_ai']));
    // The large rebuild buffer is for the rebuild only; everyday writes use FTS5's default again.
    for (const table of ['account_search', 'customer_search']) {
      expect(one<{ v: number }>(`SELECT v FROM ${table}_config WHERE k = 'hashsize'`).v).toBe(1024 * 1024);
    }
  });

  it('gives different data for a different seed', async () => {
    const c = tempStore();
    await seedDemo(c, { households: 20, seed: 8, now: NOW });
    const name = (s: Store) => (s.sqlite.prepare("SELECT name FROM households WHERE customer_number = 'HM-000001'").get() as { name: string }).name;
    const rows = (s: Store) => JSON.stringify(s.sqlite.prepare('SELECT name, email, corr_postcode FROM households WHERE id <= 20').all());
    expect(rows(c)).not.toBe(rows(a));
    expect(name(c)).toMatch(/^[A-Z]\.([A-Z]\.)* /);
  });

  it('reports counts, elapsed time and progress', () => {
    expect(report.households).toBe(N + 1);
    expect(report.counts.households).toBe(count('SELECT COUNT(*) AS n FROM households'));
    expect(report.counts.persons).toBe(count('SELECT COUNT(*) AS n FROM persons'));
    expect(report.counts.invoices).toBe(count('SELECT COUNT(*) AS n FROM invoices'));
    expect(report.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(progress.at(-1)).toEqual([N, N]);
    expect(count('SELECT COUNT(*) AS n FROM audit_log')).toBe(0);
  });

  it('numbers households HM-000001 … HM-000300 plus the benchmark household HM-999999', () => {
    const numbers = all<{ customer_number: string }>('SELECT customer_number FROM households ORDER BY id').map((r) => r.customer_number);
    expect(numbers).toHaveLength(N + 1);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toMatch(/^HM-\d{6}$/);
    expect(numbers.slice(0, N)).toEqual(Array.from({ length: N }, (_, i) => `HM-${String(i + 1).padStart(6, '0')}`));
    expect(numbers[N]).toBe(report.benchmarkCustomerNumber);
    expect(report.benchmarkCustomerNumber).toBe('HM-999999');
  });

  it('gives the benchmark household ten years of monthly invoices and payments', () => {
    const id = one<{ id: number }>("SELECT id FROM households WHERE customer_number = 'HM-999999'").id;
    expect(count('SELECT COUNT(*) AS n FROM invoices WHERE household_id = ?', id)).toBe(120);
    expect(count('SELECT COUNT(DISTINCT substr(invoice_date, 1, 7)) AS n FROM invoices WHERE household_id = ?', id)).toBe(120);
    expect(count('SELECT COUNT(*) AS n FROM payments WHERE household_id = ?', id)).toBeGreaterThanOrEqual(110);
    expect(count('SELECT COUNT(*) AS n FROM interactions WHERE household_id = ?', id)).toBeGreaterThan(100);
  });

  it('has tenant accounts in every state', () => {
    const nowIso = NOW.toISOString();
    expect(count('SELECT COUNT(*) AS n FROM accounts WHERE confirmed_at IS NULL AND confirm_token_hash IS NOT NULL')).toBeGreaterThan(0);
    expect(count('SELECT COUNT(*) AS n FROM accounts WHERE failed_login_attempts = 5 AND auto_blocked_until > ?', nowIso)).toBeGreaterThan(0);
    expect(count('SELECT COUNT(*) AS n FROM accounts WHERE failed_login_attempts = 5 AND auto_blocked_until <= ?', nowIso)).toBeGreaterThan(0);
    expect(count("SELECT COUNT(*) AS n FROM accounts WHERE manually_blocked = 1 AND length(block_reason) > 10")).toBeGreaterThan(0);
    expect(count('SELECT COUNT(*) AS n FROM accounts WHERE failed_login_attempts BETWEEN 1 AND 4')).toBeGreaterThan(0);
    expect(count('SELECT COUNT(*) AS n FROM accounts WHERE email_valid = 0')).toBeGreaterThan(0);
    expect(count("SELECT COUNT(*) AS n FROM accounts WHERE role = 'admin'")).toBeGreaterThan(0);
    expect(count('SELECT COUNT(*) AS n FROM accounts WHERE confirmed_at IS NOT NULL AND last_login_at IS NOT NULL')).toBeGreaterThan(0);
    // Manual blocks always carry a reason; unconfirmed accounts never signed in.
    expect(count("SELECT COUNT(*) AS n FROM accounts WHERE manually_blocked = 1 AND COALESCE(block_reason, '') = ''")).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM accounts WHERE confirmed_at IS NULL AND last_login_at IS NOT NULL')).toBe(0);
    // About 60% of households have an account.
    const share = count('SELECT COUNT(*) AS n FROM accounts WHERE customer_number IS NOT NULL') / N;
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.75);
  });

  it('keeps accounts, e-mail validity and the ERP status consistent with the household', () => {
    const rows = all<{ username: string; email: string; email_valid: number; confirmed_at: string | null; hh_email: string; erp: string; code: string | null }>(
      `SELECT a.username, a.email, a.email_valid, a.confirmed_at, h.email AS hh_email, h.erp_account_status AS erp, h.activation_code AS code
       FROM accounts a JOIN households h ON h.customer_number = a.customer_number`,
    );
    const emailOk = /^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;
    for (const r of rows) {
      expect(r.username).toMatch(/^[a-z][a-z0-9.]*\d+$/);
      expect(r.email).toBe(r.hh_email);
      expect(r.email_valid === 1).toBe(emailOk.test(r.email) && !r.email.includes('..'));
      expect(r.erp).toBe(r.confirmed_at ? 'activated' : 'created_not_activated');
      if (r.erp === 'activated') expect(r.code).toBeNull();
    }
    const usernames = all<{ username: string }>('SELECT username FROM accounts').map((r) => r.username.toLowerCase());
    expect(new Set(usernames).size).toBe(usernames.length);
    const noAccount = all<{ erp: string; code: string | null }>(
      'SELECT erp_account_status AS erp, activation_code AS code FROM households h WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.customer_number = h.customer_number)',
    );
    for (const r of noAccount) {
      expect(r.erp).toBe('not_created');
      expect(r.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    }
  });

  it('has account requests stopped at every step', () => {
    const c = (where: string) => count(`SELECT COUNT(*) AS n FROM account_requests WHERE ${where}`);
    expect(c('customer_number_entered_at IS NOT NULL AND identified_at IS NULL')).toBeGreaterThan(0);
    expect(c('identified_at IS NOT NULL AND details_filled_at IS NULL')).toBeGreaterThan(0);
    expect(c('details_filled_at IS NOT NULL AND email_sent_at IS NULL AND email IS NOT NULL')).toBeGreaterThan(0);
    expect(c('details_filled_at IS NOT NULL AND email IS NULL')).toBeGreaterThan(0);
    expect(c('email_sent_at IS NOT NULL AND confirm_token_hash IS NOT NULL')).toBeGreaterThan(0);
    // Steps happen in order, and only for households without an account.
    expect(c('identified_at < customer_number_entered_at OR details_filled_at < identified_at OR email_sent_at < details_filled_at')).toBe(0);
    expect(c('(identified_at IS NULL AND details_filled_at IS NOT NULL) OR (details_filled_at IS NULL AND email_sent_at IS NOT NULL)')).toBe(0);
    expect(c('customer_number IN (SELECT customer_number FROM accounts WHERE customer_number IS NOT NULL)')).toBe(0);
  });

  it('lists the contractant first in every household, and valid persons', () => {
    const firsts = all<{ role_code: string }>(
      'SELECT p.role_code FROM persons p WHERE p.id = (SELECT MIN(id) FROM persons q WHERE q.household_id = p.household_id)',
    );
    expect(firsts).toHaveLength(N + 1);
    for (const f of firsts) expect(f.role_code).toBe('CONTRACTANT');
    expect(count("SELECT COUNT(*) AS n FROM persons WHERE role_code = 'CONTRACTANT'")).toBe(N + 1);
    // Contract holders (CONTRACTANT, MEDEHUURDER) come before everyone else.
    expect(
      count(`SELECT COUNT(*) AS n FROM persons p JOIN household_roles r ON r.code = p.role_code
             WHERE r.is_contract_holder = 1 AND EXISTS (
               SELECT 1 FROM persons q JOIN household_roles s ON s.code = q.role_code
               WHERE q.household_id = p.household_id AND q.id < p.id AND s.is_contract_holder = 0)`),
    ).toBe(0);
    const sizes = all<{ n: number }>('SELECT COUNT(*) AS n FROM persons GROUP BY household_id');
    for (const s of sizes) expect(s.n).toBeGreaterThanOrEqual(1);
    expect(count("SELECT COUNT(*) AS n FROM persons WHERE gender NOT IN ('M', 'V', 'X') OR birth_date >= ?", NOW.toISOString())).toBe(0);
    const roles = all<{ code: string; show_in_portal: number; use_in_portal: number }>('SELECT code, show_in_portal, use_in_portal FROM household_roles');
    expect(roles.find((r) => r.code === 'INWONEND')).toMatchObject({ show_in_portal: 1, use_in_portal: 0 });
    expect(roles.find((r) => r.code === 'BEWINDVOERDER')).toMatchObject({ show_in_portal: 0, use_in_portal: 0 });
  });

  it('writes well-formed contact data', () => {
    const rows = all<{ name: string; phone: string; corr_postcode: string; corr_city: string }>('SELECT name, phone, corr_postcode, corr_city FROM households');
    let empty = 0;
    for (const r of rows) {
      expect(r.name).toMatch(/^([A-Z]\.)+ \S/);
      expect(r.corr_postcode).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
      if (r.phone === '') empty++;
      else expect(phoneValid(r.phone), r.phone).toBe(true);
    }
    expect(empty).toBeGreaterThan(0);
    expect(empty).toBeLessThan(rows.length / 4);
  });

  it('gives every household a contract, with IBANs that pass mod-97 and WWS points and rent', () => {
    expect(count('SELECT COUNT(*) AS n FROM households h WHERE NOT EXISTS (SELECT 1 FROM contracts c WHERE c.household_id = h.id)')).toBe(0);
    const ibans = all<{ iban: string }>("SELECT iban FROM contracts WHERE iban <> ''");
    expect(ibans.length).toBeGreaterThan(N * 0.8);
    for (const { iban } of ibans) expect(ibanValid(iban), iban).toBe(true);
    expect(ibanValid('NL91ABNA0417164300')).toBe(true); // the known-good example, to test the check itself
    expect(ibanValid('NL91ABNA0417164301')).toBe(false);
    const categories = all<{ category: string }>('SELECT DISTINCT category FROM valuation_items').map((r) => r.category);
    expect(categories).toEqual(expect.arrayContaining(['Oppervlakte vertrekken', 'Energieprestatie', 'Keuken', 'Sanitair', 'WOZ-waarde']));
    expect(count("SELECT COUNT(*) AS n FROM contracts c WHERE NOT EXISTS (SELECT 1 FROM rent_components r WHERE r.contract_id = c.id AND r.description = 'Netto huur')")).toBe(0);
  });

  it('gives every contract a WOZ value at last year\'s reference date, and every dwelling an energy index fitting its label', () => {
    const rows = all<{ type: string; label: string; woz: number | null; ref: string | null; ei: number | null; surface: number }>(
      'SELECT dwelling_type AS type, energy_label AS label, woz_value_cents AS woz, woz_reference_date AS ref, energy_index AS ei, surface_m2 AS surface FROM contracts',
    );
    expect(rows.length).toBeGreaterThan(N);
    // The energy index scale per label (A++ up to 0.50 … G above 2.90).
    const upTo: Record<string, number> = { 'A+++': 0.35, 'A++': 0.5, 'A+': 0.7, A: 1.05, B: 1.3, C: 1.6, D: 2.0, E: 2.4, F: 2.9, G: 9 };
    const order = Object.keys(upTo);
    for (const r of rows) {
      expect(r.ref).toBe('2025-01-01');
      expect(r.woz ?? 0).toBeGreaterThan(0);
      expect((r.woz ?? 0) % 100_000, 'whole thousands of euros').toBe(0);
      if (r.label === '-') {
        expect(r.ei).toBeNull();
        expect(r.woz ?? 0).toBeLessThan(4_000_000);
        continue;
      }
      const ei = r.ei ?? -1;
      const i = order.indexOf(r.label);
      expect(ei, r.label).toBeLessThanOrEqual(upTo[r.label] ?? -1);
      if (i > 0) expect(ei, r.label).toBeGreaterThan(upTo[order[i - 1] ?? ''] ?? 99);
      expect(Math.round(ei * 100) / 100).toBe(ei);
      // A rented home in the Netherlands: between €2,500 and €5,000 a square metre.
      expect((r.woz ?? 0) / 100 / r.surface).toBeGreaterThan(2_500);
      expect((r.woz ?? 0) / 100 / r.surface).toBeLessThan(5_000);
    }
    expect(new Set(rows.map((r) => r.woz)).size).toBeGreaterThan(N / 10);
  });

  it('records when the ERP was told the status of each household with an account', () => {
    const rows = all<{ erp: string; sent: string | null; created: string | null; confirmed: string | null }>(
      `SELECT h.erp_account_status AS erp, h.erp_account_status_sent_at AS sent, a.created_at AS created, a.confirmed_at AS confirmed
       FROM households h LEFT JOIN accounts a ON a.customer_number = h.customer_number`,
    );
    for (const r of rows) {
      if (r.erp === 'not_created') expect(r.sent).toBeNull();
      else expect(r.sent).toBe(r.confirmed ?? r.created);
    }
    expect(rows.filter((r) => r.sent !== null).length).toBeGreaterThan(N / 3);
  });

  it('has open and paid invoices that add up, and payments for the paid ones', () => {
    expect(count('SELECT COUNT(*) AS n FROM invoices WHERE open_cents > 0')).toBeGreaterThan(0);
    expect(count('SELECT COUNT(*) AS n FROM invoices WHERE open_cents = 0 AND settled_by IS NOT NULL')).toBeGreaterThan(N);
    expect(count('SELECT COUNT(*) AS n FROM invoices WHERE (open_cents = 0) <> (settled_at IS NOT NULL)')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM invoices WHERE invoice_date > ? OR settled_at > ?', NOW.toISOString(), NOW.toISOString())).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM payment_arrangements')).toBeGreaterThan(0);
    const repairStatuses = all<{ status: string }>('SELECT DISTINCT status FROM repair_requests').map((r) => r.status);
    expect(repairStatuses).toEqual(expect.arrayContaining(['open', 'afgehandeld']));
    const templates = all<{ template: string }>('SELECT DISTINCT template FROM interactions').map((r) => r.template);
    expect(templates).toEqual(expect.arrayContaining(['CP_ACCOUNT_CREATED', 'TELEFOON', 'CP_PHONE_CHANGED']));
    expect(count('SELECT COUNT(*) AS n FROM documents')).toBeGreaterThan(N);
  });

  it('shares one scrypt hash for all tenant accounts, which verifies with the demo password', async () => {
    const hashes = all<{ h: string }>('SELECT DISTINCT password_hash AS h FROM accounts');
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(DEMO_TENANT_PASSWORD, (hashes[0] as { h: string }).h)).toBe(true);
    expect(await verifyPassword('Welkom!2025', (hashes[0] as { h: string }).h)).toBe(false);
  });

  it('puts nothing that already happened in the future, also just after midnight', async () => {
    const early = new Date('2026-11-03T00:05:00.000Z');
    const c = tempStore();
    await seedDemo(c, { households: 200, seed: 3, now: early });
    const checks: [Store, string][] = [[a, NOW.toISOString()], [c, early.toISOString()]];
    for (const [s, now] of checks) {
      const n = (sql: string) => (s.sqlite.prepare(sql.replaceAll('?1', '@now')).get({ now }) as { n: number }).n;
      expect(n('SELECT COUNT(*) AS n FROM accounts WHERE created_at > ?1 OR confirmed_at > ?1 OR last_login_at > ?1')).toBe(0);
      expect(n('SELECT COUNT(*) AS n FROM account_requests WHERE created_at > ?1 OR identified_at > ?1 OR details_filled_at > ?1 OR email_sent_at > ?1')).toBe(0);
      expect(n('SELECT COUNT(*) AS n FROM households WHERE activation_code_generated_at > ?1')).toBe(0);
      expect(n('SELECT COUNT(*) AS n FROM interactions WHERE at > ?1')).toBe(0);
      expect(n('SELECT COUNT(*) AS n FROM payments WHERE paid_at > ?1')).toBe(0);
      expect(n('SELECT COUNT(*) AS n FROM repair_requests WHERE reported_at > ?1 OR closed_at > ?1')).toBe(0);
      expect(n("SELECT COUNT(*) AS n FROM repair_requests WHERE status = 'ingepland' AND appointment_at <= ?1")).toBe(0);
      expect(n('SELECT COUNT(*) AS n FROM contracts WHERE start_date > ?1')).toBe(0);
      expect(n('SELECT COUNT(*) AS n FROM documents WHERE document_date > ?1')).toBe(0);
    }
  });

  it('refuses to seed a database that already has households', async () => {
    await expect(seedDemo(a, { households: 5, seed: 7, now: NOW })).rejects.toThrow(/al huishoudens/);
    expect(count('SELECT COUNT(*) AS n FROM households')).toBe(N + 1);
  });

  it('seeds the demo staff with scrypt hashes and comma-separated roles, once', async () => {
    expect(await seedDemoStaff(a)).toBe(demoStaff.length);
    expect(await seedDemoStaff(a)).toBe(0);
    const rows = all<{ username: string; roles: string; password_hash: string }>('SELECT username, roles, password_hash FROM staff_users ORDER BY id');
    expect(rows.map((r) => r.username)).toEqual(demoStaff.map((s) => s.username));
    expect(rows[0]?.roles).toBe('admin,kcc-admin,kcc');
    const beheerder = demoStaff[0];
    expect(beheerder && rows[0] && (await verifyPassword(beheerder.password, rows[0].password_hash))).toBe(true);
    for (const r of rows) expect(r.password_hash.startsWith('scrypt$')).toBe(true);
  });
});
