import { rebuildAccountSearch, suspendAccountSearch } from '../accounts/searchIndex';
import { seedPortalTexts } from './portalTexts';
import { rebuildCustomerSearch, suspendCustomerSearch } from '../customers/searchIndex';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Store } from '../db/connection';
import { BatchInsert } from './batchInsert';
import { suspendIndexes } from './bulkIndexes';
import { createWriters, type SeedContext, type Writers } from './context';
import {
  BULK_SESSION,
  cachePgIdentities,
  PgCopyWriter,
  enablePgSearchTriggers,
  PG_SEARCH_BUILDS,
  runSpread,
  suspendPgForeignKeys,
  suspendPgIndexes,
  suspendPgSearch,
  syncIdentities,
  type PgBatch,
  vacuumAnalyzePg,
} from './postgresSeed';
import { DayTable, monthStarts } from './dates';
import { seedGroups } from './groups';
import { LONG_HISTORY, NORMAL, writeHousehold } from './household';
import { Rng } from './random';
import { stepTimer } from './stepTimer';
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
  /** The weborder part's own time (a figure, not a count: counts compare equal across engines and runs). */
  weborderMs: number;
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
 * SQLite: tables whose secondary indexes have random keys (postcodes, e-mail addresses, dates): built after
 * the load instead of row by row (1M households: about a third less loading time). The other
 * tables' indexes start with household_id or contract_id, which only ever grow, so they stay.
 * (PostgreSQL drops every index of the seeded tables during the load: see postgresTarget.)
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
  const total = Math.floor(opts.households);
  if (!Number.isFinite(total) || total < 1 || total > 5_000_000) {
    throw new Error(`Aantal huishoudens moet tussen 1 en 5.000.000 liggen (gekregen: ${opts.households})`);
  }
  if ((await store.db.selectFrom('households').select('id').limit(1).executeTakeFirst()) !== undefined) {
    throw new Error('De database bevat al huishoudens; demodata wordt alleen in een lege database geladen.');
  }
  const seed = (opts.seed ?? 1) >>> 0;
  const now = opts.now ?? new Date();
  const tenantHash = demoTenantHash(seed);

  const maxId = async (table: 'accounts' | 'contracts'): Promise<number> =>
    Number((await store.db.selectFrom(table).select((eb) => eb.fn.max('id').as('m')).executeTakeFirst())?.m ?? 0);
  const usernames = new Set<string>(
    (await store.db.selectFrom('accounts').select('username').execute()).map((r) => r.username.toLowerCase()),
  );
  await store.db
    .insertInto('household_roles')
    .values(
      householdRoles.map((r) => ({
        code: r.code,
        description: r.description,
        sort: r.sort,
        show_in_portal: r.showInPortal ? 1 : 0,
        use_in_portal: r.useInPortal ? 1 : 0,
        is_contract_holder: r.isContractHolder ? 1 : 0,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();

  const target = store.engine === 'sqlite' ? sqliteTarget(store.sqlite) : await postgresTarget(store.pool);
  const ctx: SeedContext = {
    seed,
    rng: new Rng(seed),
    days: new DayTable(now),
    months: monthStarts(now, 120),
    w: target.writers,
    tenantHash,
    usernames,
    next: { account: (await maxId('accounts')) + 1, contract: (await maxId('contracts')) + 1, invoice: 1, repair: 1 },
    accountOrdinal: 0,
    requestOrdinal: 0,
  };

  let failed = true;
  try {
    await target.begin();
    await target.households(1, 1, () => {
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
    });

    const household = (i: number): void => {
      if (i > total) {
        ctx.rng.reseed(seed, 0x7fff_fff0);
        writeHousehold(ctx, total + 1, BENCHMARK_CUSTOMER_NUMBER, LONG_HISTORY);
        return;
      }
      ctx.rng.reseed(seed, i);
      writeHousehold(ctx, i, customerNumber(i), NORMAL);
    };
    for (let start = 1; start <= total; start += CHUNK) {
      const end = Math.min(total, start + CHUNK - 1);
      // The last chunk also writes the benchmark household (id total + 1).
      await target.households(start, end === total ? total + 1 : end, household);
      opts.onProgress?.(end, total);
      // Let the event loop breathe between chunks (progress output, signals).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    failed = false;
  } finally {
    await target.end(failed);
  }
  // The cultural-card back office (issue 12): partners, schools, weborders with history and ledger, requests.
  const weborderReport: WeborderSeedReport = await seedWeborders(store, { households: total, seed, now });
  // The knowledge base does not depend on the households: the same ~400 questions every time.
  const kb = await seedKnowledgeBase(store.db);
  const groupMembers = await seedGroups(store.db, now);
  await seedPortalTexts(store, now);
  if (store.engine === 'sqlite') store.sqlite.pragma('wal_checkpoint(TRUNCATE)');

  const counts: Record<string, number> = {};
  for (const wr of Object.values(ctx.w)) counts[wr.table] = wr.count;
  counts.household_roles = householdRoles.length;
  counts.kb_topics = kb.topics;
  counts.kb_questions = kb.questions;
  const { elapsedMs: weborderMs, ...weborderCounts } = weborderReport;
  Object.assign(counts, weborderCounts);
  counts.customer_group_members = groupMembers;
  return {
    households: total + 1,
    seed,
    now: now.toISOString(),
    benchmarkCustomerNumber: BENCHMARK_CUSTOMER_NUMBER,
    counts,
    elapsedMs: Math.round(performance.now() - started),
    weborderMs,
  };
}

/** How one engine loads the rows: writers, one transaction per chunk, and the upkeep before and after. */
interface SeedTarget {
  writers: Writers;
  begin(): Promise<void>;
  /** Generates households `from`…`to` (each call fills the writers) and writes their rows in one transaction. */
  households(from: number, to: number, generate: (i: number) => void): Promise<void>;
  end(failed: boolean): Promise<void>;
}

function sqliteTarget(db: Database.Database): SeedTarget {
  const writers = createWriters((table, columns) => new BatchInsert(db, table, columns));
  const flushAll = (): void => Object.values(writers).forEach((wr) => wr.flush());
  let saved: { synchronous: number; cache: number; fk: number } | null = null;
  let restoreIndexes = (): void => undefined;
  return {
    writers,
    async begin() {
      // Seed-time pragmas: nothing is durable until the end anyway, and the data is consistent by
      // construction, so skip fsyncs and per-row foreign-key lookups. journal_mode stays WAL.
      saved = {
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
      restoreIndexes = suspendIndexes(db, RANDOM_KEY_TABLES);
    },
    async households(from, to, generate) {
      db.transaction(() => {
        for (let i = from; i <= to; i++) generate(i);
        flushAll();
      })();
    },
    async end() {
      restoreIndexes();
      rebuildAccountSearch(db);
      rebuildCustomerSearch(db);
      if (saved) {
        db.pragma(`synchronous = ${saved.synchronous}`);
        db.pragma(`cache_size = ${saved.cache}`);
        db.pragma(`foreign_keys = ${saved.fk}`);
      }
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}

/**
 * PostgreSQL: one connection for the whole load; rows of a chunk go out per table as one COPY FROM STDIN
 * (see PgCopyWriter), parents first, in one transaction. While a chunk is written the next one is generated (the
 * generator yields to the event loop every few hundred households), so node and PostgreSQL work at the same time.
 * During the load the search triggers are off and the seeded tables have no foreign keys and no indexes at all
 * (primary keys and unique constraints included: each is built once, sorted, at the end, two at a time on two
 * connections, together with the search documents and their GIN indexes); identities hand out values 10,000 at a
 * time. All comes back at the end (also after a failure), then the identities move past the explicit ids and the
 * tables are vacuumed and analysed. KCC_SEED_TIMING=1 prints each step's time and CPU (README, seed figures).
 */
async function postgresTarget(pool: pg.Pool): Promise<SeedTarget> {
  const client = await pool.connect();
  try {
    const writers = createWriters((table, columns) => new PgCopyWriter(table, columns));
    const made = Object.values(writers);
    for (const w of made) await w.loadTypes(client);
    const tables = made.map((w) => w.table);
    let indexes: string[] = [];
    let restoreCaches = async (): Promise<void> => undefined;
    let restoreForeignKeys = async (_pool?: pg.Pool): Promise<void> => undefined;
    let writing: Promise<void> = Promise.resolve();
    let step = stepTimer();
    const write = async (batches: PgBatch[]): Promise<void> => {
      await client.query('BEGIN');
      try {
        for (const b of batches) await b.write(client);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    };
    return {
      writers,
      async begin() {
        step = stepTimer((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid);
        await client.query(BULK_SESSION);
        // Loaded in one go and restartable: a commit need not wait for the disk.
        await client.query('SET synchronous_commit = off');
        await suspendPgSearch(client);
        restoreForeignKeys = await suspendPgForeignKeys(client, tables);
        indexes = await suspendPgIndexes(client, tables);
        restoreCaches = await cachePgIdentities(client, tables);
      },
      async households(from, to, generate) {
        for (let i = from; i <= to; i++) {
          generate(i);
          if ((i - from) % 250 === 249) await new Promise<void>((resolve) => setImmediate(resolve));
        }
        const batches = made.map((w) => w.take());
        await writing;
        writing = write(batches);
        // A failed write is reported at the next chunk or at the end; never left unobserved.
        writing.catch(() => undefined);
      },
      async end(failed) {
        try {
          await writing.catch((error: unknown) => {
            if (!failed) throw error;
          });
          step('rows');
          await restoreCaches();
          // The search builds (longest) and every dropped index and key, sorted builds on two connections.
          await runSpread(client, pool, [...PG_SEARCH_BUILDS, ...indexes]);
          step('indexes and search');
          await restoreForeignKeys(pool);
          await enablePgSearchTriggers(client);
          step('foreign keys');
          await syncIdentities(client);
          await vacuumAnalyzePg(client, pool, [...tables, 'account_search', 'customer_search', 'account_name_words', 'customer_name_words']);
          step('vacuum and analyze');
        } finally {
          client.release();
        }
      },
    };
  } catch (error) {
    client.release();
    throw error;
  }
}
