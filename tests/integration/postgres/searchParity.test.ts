import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountListQuery } from '../../../shared/api/accounts';
import { accountSearchIndex, listAccounts } from '../../../server/accounts/accountSearch';
import { openStore, type Store } from '../../../server/db/connection';
import { sqlRunner } from '../../../server/db/sqlRunner';
import { OverviewReader } from '../../../server/customers/overview';
import { RunnerCustomerSearch } from '../../../server/customers/customerSearch';
import { BENCHMARK_CUSTOMER_NUMBER, seedDemo } from '../../../server/seed/index';
import { openTestStore } from '../support/testDatabase';

/**
 * PostgreSQL's pg_trgm lookups against SQLite's FTS5 trigram lookups, on the same seed: the same result sets, in
 * the same order, with the same totals, for every kind of term (prefix, substring, several words, accents,
 * customer numbers, postcodes, short terms) and every status filter and sort; and the same customer view.
 */
const NOW = new Date('2026-11-02T09:00:00.000Z');
// Enough households that a common text term passes the 1,000-match cap (PostgreSQL then pages in id order).
const N = 2500;
const COMMON = 1_050;

describe('search on PostgreSQL finds what SQLite finds (same seed)', () => {
  let lite: Store;
  let pg: Store;
  const dirs: string[] = [];

  beforeAll(async () => {
    const d1 = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-parity-'));
    const d2 = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-parity-'));
    dirs.push(d1, d2);
    lite = openStore(d1);
    pg = await openTestStore(d2);
    expect(pg.engine).toBe('postgres');
    const [a, b] = await Promise.all([seedDemo(lite, { households: N, seed: 7, now: NOW }), seedDemo(pg, { households: N, seed: 7, now: NOW })]);
    expect(b.counts).toEqual(a.counts);
    // Accents the seed may not have: one household with them, written the same way on both (the triggers index it).
    for (const s of [lite, pg]) {
      await s.db
        .insertInto('households')
        .values({ id: 90_001, customer_number: 'HM-900001', name: 'B. Müller-Çelik', email: 'bjorn.muller@example.nl', corr_street: 'Élysée Plein', corr_house_number: 7, corr_house_number_addition: 'b', corr_postcode: '3511 AB', corr_city: "'s-Hertogenbosch" })
        .execute();
      await s.db.insertInto('accounts').values({ id: 90_001, username: 'Bjorn.Muller', email: 'bjorn.muller@example.nl', customer_number: 'HM-900001', password_hash: 'x', created_at: NOW.toISOString() }).execute();
      // A surname past the count's cap (1,000): PostgreSQL tells it from its name words (migration 017), without
      // counting; a part of it inside the word ('wanenbur') is counted through the trigram index instead.
      const common = Array.from({ length: COMMON }, (_, i) => ({
        id: 91_000 + i, customer_number: `HM-91${String(i).padStart(4, '0')}`, name: `${'ABCDEFGHJK'[i % 10]}. Zwanenburgh`, email: `zw${i}@example.nl`,
        corr_street: 'Dorpsstraat', corr_house_number: 1 + i, corr_house_number_addition: '', corr_postcode: '1011 AA', corr_city: 'Amsterdam',
      }));
      for (let i = 0; i < common.length; i += 200) await s.db.insertInto('households').values(common.slice(i, i + 200)).execute();
      const accounts = common.map((h) => ({ id: h.id, username: `zw${h.id}`, email: h.email, customer_number: h.customer_number, password_hash: 'x', created_at: NOW.toISOString() }));
      for (let i = 0; i < accounts.length; i += 200) await s.db.insertInto('accounts').values(accounts.slice(i, i + 200)).execute();
    }
  });
  afterAll(async () => {
    await lite?.close();
    await pg?.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  /** Terms taken from the seeded data itself, so they hit: a name, a street, a city, an e-mail part. */
  async function sampleTerms(): Promise<string[]> {
    const h = await lite.db.selectFrom('households').select(['name', 'corr_street', 'corr_city', 'email', 'corr_postcode', 'corr_house_number']).where('id', 'in', [3, 57, 211]).execute();
    const terms: string[] = [];
    for (const r of h) {
      const last = r.name.split(' ').pop() ?? r.name;
      terms.push(last, last.slice(1, 5), r.email.slice(2, 9), r.corr_street, `${r.corr_street} ${r.corr_house_number}`, r.corr_city.toUpperCase(), r.email.slice(0, 6), r.email.split('@')[0]?.slice(2) ?? '', r.corr_postcode, r.corr_postcode.replace(' ', ''), `${r.corr_postcode} ${r.corr_house_number}`);
    }
    return terms;
  }

  const fixed = ['', 'a', 'j', 'de', 'HM', 'HM-', 'hm-0001', 'HM-00012', 'HM-000123', BENCHMARK_CUSTOMER_NUMBER, '0003', 'hm0003', 'van', 'straat', 'laan 1', 'example', '@example.nl',
    'müller', 'MULLER', 'celik', 'elysee', 'ÉLYSÉE plein', "'s-hert", 'bjorn.m', 'zzzqqq', 'de vries', '100%', 'a_b', 'x"y',
    // Phrases whose long word alone drives the trigram index (trigramPhrase), the whole phrase checked after.
    'hm-000012', 'HM-0001', 'b.müller-çelik', 'Müller-Çelik', 'muller-celikx', 'bjorn.muller@example', 'example.nl', 'plein 7', '100%plein', 'élysée_plein',
    // E-mail punctuation is part of PostgreSQL's index key ('.', '_', '@' → 'q'): the key may match where the text
    // does not (a typed 'q', or another of the three), and the documents must still decide.
    'bjornqmuller', 'bjorn_muller', 'bjorn@muller', 'n.muller@exa', 'muller@example', 'r@e', '_', 'qqq', 'bjorn muller', 'muller bjorn zzz',
    '3511 AB 7', '3511ab', '3511 AB'];

  it('account lookup: same rows, order, totals for every term, status and sort', async () => {
    const terms = [...fixed, ...(await sampleTerms())];
    const queries: AccountListQuery[] = [];
    for (const q of terms) queries.push({ q, page: 1, pageSize: 25 });
    for (const status of ['unconfirmed', 'auto_blocked', 'manually_blocked'] as const) queries.push({ q: '', status, page: 1, pageSize: 25 }, { q: 'van', status, page: 1, pageSize: 25 });
    // Text lookups in the default order pick the page among the documents first (later pages, both directions).
    queries.push({ q: 'van', page: 2, pageSize: 10, order: 'desc' }, { q: 'example', page: 3, pageSize: 10 }, { q: 'straat', status: 'unconfirmed', page: 2, pageSize: 5, order: 'desc' });
    // A page past the last match (an empty page: the total must still be the count).
    queries.push({ q: 'van', page: 500, pageSize: 25 }, { q: 'müller', page: 40, pageSize: 25, order: 'desc' });
    // A name past the cap (told by its words on PostgreSQL) and a part of it (counted): pages, both ways, a status.
    queries.push({ q: 'zwanenburgh', page: 1, pageSize: 25 }, { q: 'Zwanenburgh', page: 3, pageSize: 25, order: 'desc' }, { q: 'wanenbur', page: 2, pageSize: 25 }, { q: 'zwanenb', page: 1, pageSize: 25, status: 'unconfirmed' });
    // Past the cap (every household account's customer number holds "m-00"): first pages, later pages, both ways.
    queries.push({ q: 'm-00', page: 1, pageSize: 25 }, { q: 'm-00', page: 7, pageSize: 25, order: 'desc' }, { q: 'm-001', page: 2, pageSize: 50 }, { q: '.nl', page: 3, pageSize: 25 });
    for (const sort of ['customerNumber', 'email', 'username', 'confirmedAt', 'lastLoginAt'] as const) {
      queries.push({ q: '', sort, order: 'desc', page: 2, pageSize: 10 }, { q: 'example', sort, order: 'asc', page: 1, pageSize: 10 });
    }
    let hits = 0;
    for (const query of queries) {
      const [a, b] = await Promise.all([listAccounts(accountSearchIndex(lite), query, NOW), listAccounts(accountSearchIndex(pg), query, NOW)]);
      expect({ query, ids: b.items.map((i) => i.id), total: b.total }).toEqual({ query, ids: a.items.map((i) => i.id), total: a.total });
      expect({ query, items: b.items, total: b.total, capped: b.totalCapped }).toEqual({ query, items: a.items, total: a.total, capped: a.totalCapped });
      if (a.items.length > 0) hits++;
    }
    // The comparison means something: most terms find rows, and some pass the cap.
    expect(hits).toBeGreaterThan(queries.length / 2);
    expect((await listAccounts(accountSearchIndex(pg), { q: 'm-00', page: 1, pageSize: 25 }, NOW)).totalCapped).toBe(true);
    expect((await listAccounts(accountSearchIndex(pg), { q: 'zwanenburgh', page: 1, pageSize: 25 }, NOW)).totalCapped).toBe(true);
  });

  it('customer lookup: same households in the same order with the same totals', async () => {
    const search = (s: Store) => new RunnerCustomerSearch(sqlRunner(s), s.engine);
    // 'm-00', 'm-001', '.nl': more matches than the cap (PostgreSQL then walks the documents in id order).
    const terms = [...fixed.filter((t) => t !== ''), 'm-00', 'm-001', '.nl', 'zwanenburgh', 'ZWANENB', 'wanenbur', 'zwanenburgh dorpsstraat', ...(await sampleTerms())];
    let hits = 0;
    for (const q of terms) {
      const [a, b] = await Promise.all([search(lite).search({ q, limit: 50 }, NOW), search(pg).search({ q, limit: 50 }, NOW)]);
      expect({ q, ...b }).toEqual({ q, ...a });
      if (a.items.length > 0) hits++;
    }
    expect(hits).toBeGreaterThan(terms.length / 2);
    expect((await search(pg).search({ q: 'm-00', limit: 50 }, NOW)).totalCapped).toBe(true);
    expect((await search(pg).search({ q: 'zwanenburgh', limit: 50 }, NOW)).totalCapped).toBe(true);
  });

  it('customer view: identical for the benchmark household and a few others', async () => {
    for (const cn of [BENCHMARK_CUSTOMER_NUMBER, 'HM-000001', 'HM-000123', 'HM-900001']) {
      const [a, b] = await Promise.all([new OverviewReader(sqlRunner(lite)).read(cn, NOW), new OverviewReader(sqlRunner(pg)).read(cn, NOW)]);
      expect(b).toEqual(a);
    }
  });
});
