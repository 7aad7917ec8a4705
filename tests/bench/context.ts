import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Store } from '../../server/db/connection';
import { safeDbUrl } from '../../server/db/postgres';
import { seedDemo, seedDemoStaff, demoStaff, type SeedReport } from '../../server/seed/index';
import { startServer, type RunningServer } from '../../server/start';

/** What every bench module gets: one seeded database, one real server over HTTP, one signed-in staff user. */
export interface BenchContext {
  /** The server's own store: direct SQL on the very same database (for baselines). */
  store: Store;
  url: string;
  token: string;
  households: number;
  seed: SeedReport | null;
  /** Which engine the server runs on, and where. */
  engine: Store['engine'];
  where: string;
  /** The PostgreSQL URL the server runs on (with its password, for child processes); null on SQLite. */
  databaseUrl: string | null;
  /** GET/POST against /api/v1 with the staff token; returns status and parsed body. */
  api(method: string, apiPath: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

export interface OwnedBenchContext extends BenchContext {
  /** The data folder the server runs on (SQLite's database, the audit key). */
  dataDir: string;
  /** Stops the in-process server only (its data stays, e.g. for a `serve` process of its own). */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Seeds BENCH_HOUSEHOLDS (default 1,000,000) households ONCE in a temp folder, starts the real server on
 * it and signs in the demo administrator. BENCH_DATA=<dir> reuses (or keeps) a seeded folder instead.
 */
export async function createBenchContext(opts: { databaseUrl?: string | null } = {}): Promise<OwnedBenchContext> {
  const households = Number(process.env.BENCH_HOUSEHOLDS ?? 1_000_000);
  const keep = process.env.BENCH_DATA;
  const dataDir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-bench-'));
  const databaseUrl = opts.databaseUrl ?? null;
  const where = databaseUrl ? safeDbUrl(databaseUrl) : dataDir;
  let seed: SeedReport | null = null;
  {
    const store = await openDatabase({ dataDir, databaseUrl });
    const empty = (await store.db.selectFrom('households').select('id').limit(1).executeTakeFirst()) === undefined;
    if (empty) {
      console.log(`Seeding ${households.toLocaleString('nl-NL')} households in ${where} (${store.engine}) …`);
      const t0 = performance.now();
      let last = -1;
      seed = await seedDemo(store, {
        households,
        onProgress: (done, total) => {
          const tenth = Math.floor((done / total) * 10);
          if (tenth !== last) {
            last = tenth;
            process.stdout.write(`  ${Math.round((done / total) * 100)}%\n`);
          }
        },
      });
      // seedDemo builds the lookup indexes itself at the end of the load.
      const t1 = performance.now();
      console.log(
        `Seeded (with lookup indexes) in ${((t1 - t0) / 1000).toFixed(1)} s (target < 180 s); ` +
          `${seed.counts.accounts?.toLocaleString('nl-NL')} accounts`,
      );
    } else {
      console.log(`Reusing seeded data in ${where}`);
    }
    await seedDemoStaff(store);
    await store.close();
  }

  const server: RunningServer = await startServer({ dataDir, databaseUrl, port: 0, demo: false });
  let serverOpen = true;
  const stopServer = async () => {
    if (!serverOpen) return;
    serverOpen = false;
    await server.close();
  };
  const admin = demoStaff.find((s) => s.roles.includes('admin'));
  if (!admin) throw new Error('no demo administrator');
  const api: BenchContext['api'] = async (method, apiPath, body) => {
    const res = await fetch(`${server.url}/api/v1${apiPath}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
  let token = '';
  const signIn = await api('POST', '/staff/sessions', { username: admin.username, password: admin.password });
  if (signIn.status !== 201) throw new Error(`bench sign-in failed: ${signIn.status}`);
  token = (signIn.body as { token: string }).token;

  return {
    store: server.store,
    url: server.url,
    token,
    households,
    seed,
    engine: server.store.engine,
    where,
    databaseUrl,
    api,
    dataDir,
    stopServer,
    async close() {
      await stopServer();
      if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Percentiles of a list of milliseconds. */
export function percentiles(ms: number[]): { p50: number; p95: number; p99: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** Times `fn` once per input after a short warm-up. */
export async function timeEach<T>(inputs: readonly T[], fn: (x: T) => unknown | Promise<unknown>, warmup = 5): Promise<number[]> {
  for (const x of inputs.slice(0, warmup)) await fn(x);
  const out: number[] = [];
  for (const x of inputs) {
    const t = performance.now();
    await fn(x);
    out.push(performance.now() - t);
  }
  return out;
}
