import { rebuildAccountSearch, suspendAccountSearch } from '../accounts/searchIndex';
import { seedPortalTexts } from './portalTexts';
import { rebuildCustomerSearch, suspendCustomerSearch } from '../customers/searchIndex';
import type { Store } from '../db/connection';
import { suspendIndexes } from './bulkIndexes';
import { createWriters } from './context';
import type { SeedContext } from './context';
import { DayTable, monthStarts } from './dates';
import { seedGroups } from './groups';
import { LONG_HISTORY, NORMAL, writeHousehold } from './household';
import { Rng } from './random';
import { seedKnowledgeBase } from './kb/index';
import { householdRoles } from './reference';
import { demoTenantHash } from './tenantPassword';
import { seedWeborders, type WeborderSeedReport } from './weborders';

export { DEMO_TENANT_PASSWORD } from './tenantPassword';
export { demoStaff, seedDemoStaff } from './demoStaff';

export interface SeedOptions {
  households: number;
  /** PRNG seed; same households + seed + now → identical database. Default 1. */
  seed?: number;
  /** Reference time for every date (blocks, last sign-ins, invoices). Default: the current time. */
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedReport {
  households: number;
  seed: number;
  now: string;
  /** The household with ten years of invoices and payments, for the customer-overview benchmark. */
  benchmarkCustomerNumber: string;
  counts: Record<string, number>;
  elapsedMs: number;
}

/**
 * Customer number 999999 is reserved for the benchmark household (inserted last, id N+1), so
 * regular households are numbered 1, 2, … skipping it: HM-000001 … HM-nnnnnn, 6 digits
 * zero-padded (a seed of a full million runs on to HM-1000000 and HM-1000001).
 */
export const BENCHMARK_CUSTOMER_NUMBER = 'HM-999999';
export function customerNumber(index: number): string {
  return `HM-${String(index < 999_999 ? index : index + 1).padStart(6, '0')}`;
}

/** Households per transaction: large transactions keep WAL page rewrites down. */
const CHUNK = 5000;

/**
 * Tables whose secondary indexes have random keys (postcodes, e-mail addresses, dates): built after
 * the load instead of row by row (1M households: about a third less loading time). The other
 * tables' indexes start with household_id or contract_id, which only ever grow, so they stay.
 */
const RANDOM_KEY_TABLES = ['households', 'accounts', 'account_requests', 'contracts'] as const;

const ADMIN_ACCOUNTS = [
  ['portaalbeheer', 'portaalbeheer@woonstichting-demo.nl'],
  ['webredactie', 'webredactie@woonstichting-demo.nl'],
  ['kcc.teamleider', 'kcc.teamleider@woonstichting-demo.nl'],
] as const;

/**
 * Fills an empty (migrated) store with deterministic Dutch demo data: households, persons,
 * accounts in every state, account requests at every step, contracts, finance and timeline.
 * Staff users are separate (seedDemoStaff). Writes no audit rows: the audit chain is the server's.
 */
export async function seedDemo(store: Store, opts: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const db = store.sqlite;
  const total = Math.floor(opts.households);
  if (!Number.isFinite(total) || total < 1 || total > 5_000_000) {
    throw new Error(`Aantal huishoudens moet tussen 1 en 5.000.000 liggen (gekregen: ${opts.households})`);
  }
  if (db.prepare('SELECT 1 FROM households LIMIT 1').get() !== undefined) {
    throw new Error('De database bevat al huishoudens; demodata wordt alleen in een lege database geladen.');
  }
  const seed = (opts.seed ?? 1) >>> 0;
  const now = opts.now ?? new Date();
  const tenantHash = demoTenantHash(seed);

  const maxId = (table: string): number =>
    (db.prepare(`SELECT COALESCE(MAX(id), 0) AS m FROM ${table}`).get() as { m: number }).m;
  const usernames = new Set<string>(
    (db.prepare('SELECT lower(username) AS u FROM accounts').all() as { u: string }[]).map((r) => r.u),
  );

  const ctx: SeedContext = {
    seed,
    rng: new Rng(seed),
    days: new DayTable(now),
    months: monthStarts(now, 120),
    w: createWriters(db),
    tenantHash,
    usernames,
    next: { account: maxId('accounts') + 1, contract: maxId('contracts') + 1, invoice: 1, repair: 1 },
    accountOrdinal: 0,
    requestOrdinal: 0,
  };
  const writers = Object.values(ctx.w);
  const flushAll = (): void => writers.forEach((wr) => wr.flush());

  // Seed-time pragmas: nothing is durable until the end anyway, and the data is consistent by
  // construction, so skip fsyncs and per-row foreign-key lookups. journal_mode stays WAL.
  const saved = {
    synchronous: db.pragma('synchronous', { simple: true }) as number,
    cache: db.pragma('cache_size', { simple: true }) as number,
    fk: db.pragma('foreign_keys', { simple: true }) as number,
  };
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576');
  db.pragma('foreign_keys = OFF');
  db.pragma('temp_store = MEMORY');
  // The lookup indexes are built once at the end: row-by-row trigger upkeep would double the seed time.
  suspendAccountSearch(db);
  suspendCustomerSearch(db);
  const restoreIndexes = suspendIndexes(db, RANDOM_KEY_TABLES);
  let weborderReport: WeborderSeedReport | null = null;
  try {
    db.transaction(() => {
      const role = db.prepare(
        'INSERT OR IGNORE INTO household_roles (code, description, sort, show_in_portal, use_in_portal, is_contract_holder) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const r of householdRoles) {
        role.run(r.code, r.description, r.sort, r.showInPortal ? 1 : 0, r.useInPortal ? 1 : 0, r.isContractHolder ? 1 : 0);
      }
      // A few portal administrator accounts that belong to no household.
      const created = ctx.days.at(-400, 9 * 3600);
      for (const [username, email] of ADMIN_ACCOUNTS) {
        if (usernames.has(username)) continue;
        usernames.add(username);
        ctx.w.accounts.add(
          ctx.next.account++, username, email, 1, 'admin', null, tenantHash, created, null, 0, null, 0, null,
          ctx.days.at(-1, 10 * 3600), created,
        );
      }
      flushAll();
    })();

    for (let start = 1; start <= total; start += CHUNK) {
      const end = Math.min(total, start + CHUNK - 1);
      db.transaction(() => {
        for (let i = start; i <= end; i++) {
          ctx.rng.reseed(seed, i);
          writeHousehold(ctx, i, customerNumber(i), NORMAL);
        }
        if (end === total) {
          ctx.rng.reseed(seed, 0x7fff_fff0);
          writeHousehold(ctx, total + 1, BENCHMARK_CUSTOMER_NUMBER, LONG_HISTORY);
        }
        flushAll();
      })();
      opts.onProgress?.(end, total);
      // Let the event loop breathe between chunks (progress output, signals).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // The cultural-card back office (issue 12): partners, schools, weborders with history and ledger, requests.
    weborderReport = seedWeborders(db, { households: total, seed, now });
  } finally {
    restoreIndexes();
    rebuildAccountSearch(db);
    rebuildCustomerSearch(db);
    db.pragma(`synchronous = ${saved.synchronous}`);
    db.pragma(`cache_size = ${saved.cache}`);
    db.pragma(`foreign_keys = ${saved.fk}`);
  }
  // The knowledge base does not depend on the households: the same ~400 questions every time.
  const kb = await seedKnowledgeBase(store.db);
  const groupMembers = seedGroups(db, now);
  await seedPortalTexts(store, now);
  db.pragma('wal_checkpoint(TRUNCATE)');

  const counts: Record<string, number> = {};
  for (const wr of writers) counts[wr.table] = wr.count;
  counts.household_roles = householdRoles.length;
  counts.kb_topics = kb.topics;
  counts.kb_questions = kb.questions;
  if (weborderReport) {
    const { elapsedMs: weborderMs, ...weborderCounts } = weborderReport;
    Object.assign(counts, weborderCounts, { weborders_ms: weborderMs });
  }
  counts.customer_group_members = groupMembers;
  return {
    households: total + 1,
    seed,
    now: now.toISOString(),
    benchmarkCustomerNumber: BENCHMARK_CUSTOMER_NUMBER,
    counts,
    elapsedMs: Math.round(performance.now() - started),
  };
}
