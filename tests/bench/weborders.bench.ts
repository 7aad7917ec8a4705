import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../../server/db/connection';
import { demoStaff } from '../../server/seed/index';
import { financeOverview } from '../../server/finance/financeQuery';
import { seedWeborders } from '../../server/seed/weborders';
import { listWeborders } from '../../server/weborders/weborderQuery';
import { percentiles, timeEach, type BenchContext } from './context';

/**
 * The cultural-card helpdesk's hot paths at 1M households (about 100,000 weborders), over HTTP on the real
 * server, signed in as the demo helpdesk: the weborder list (filtered by status and partner, sorted by date;
 * page 1 and deep pages), bulk CJP approval of 500, the streamed export of every weborder (time and the peak
 * RSS of the process that runs the server), the finance overview of the largest partner, the partner
 * overview, and the weborder part of the seed on its own. Targets are printed beside the figures.
 */
const N = 200;
const fmt = (ms: number) => ms.toFixed(2).padStart(8);

export async function run(ctx: BenchContext): Promise<void> {
  const helpdesk = demoStaff.find((s) => s.roles.includes('helpdesk'));
  if (!helpdesk) throw new Error('no demo helpdesk');
  const signIn = await ctx.api('POST', '/staff/sessions', { username: helpdesk.username, password: helpdesk.password });
  const token = (signIn.body as { token: string }).token;
  const call = async (method: string, apiPath: string, body?: unknown) => {
    const res = await fetch(`${ctx.url}/api/v1${apiPath}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };

  // BENCH_WEBORDERS=export runs only the export (e.g. to compare settings of the streaming writer).
  const only = process.env.BENCH_WEBORDERS;
  // Engine-neutral (Kysely): the same counts on SQLite and PostgreSQL.
  const db = ctx.store.db;
  const n = sql<number>`count(*)`;
  const total = Number((await db.selectFrom('weborders').select(n.as('n')).executeTakeFirstOrThrow()).n);
  const top = await db.selectFrom('weborders').select(['partner_id as id', n.as('n')]).groupBy('partner_id').orderBy(n, 'desc').limit(1).executeTakeFirstOrThrow();
  const largest = { id: top.id, n: Number(top.n) };
  const paidOfLargest = Number(
    (await db.selectFrom('weborders').select(n.as('n')).where('partner_id', '=', largest.id).where('status', '=', 'paid').executeTakeFirstOrThrow()).n,
  );
  console.log(`${total.toLocaleString('nl-NL')} weborders; largest partner ${largest.id} has ${largest.n.toLocaleString('nl-NL')} (${paidOfLargest.toLocaleString('nl-NL')} paid)`);

  if (only === 'export') {
    await measureExport(ctx, total, helpdesk);
    return;
  }

  // The list: status + partner sorted by date (the case), page 1 and its last page; deep pages of a
  // status alone and of everything (page 1,000 = offset 24,975).
  const lastPage = Math.max(1, Math.ceil(paidOfLargest / 25));
  const cases: [string, string][] = [
    ['status+partner, date desc, page 1', `/weborders?status=paid&partnerId=${largest.id}&sort=-orderDate&page=1&pageSize=25`],
    [`status+partner, date desc, page ${lastPage} (last)`, `/weborders?status=paid&partnerId=${largest.id}&sort=-orderDate&page=${lastPage}&pageSize=25`],
    ['status only, date desc, page 1,000', '/weborders?status=paid&sort=-orderDate&page=1000&pageSize=25'],
    ['no filter, date desc, page 1,000', '/weborders?sort=-orderDate&page=1000&pageSize=25'],
    ['status+partner, page 1, pageSize 100', `/weborders?status=paid&partnerId=${largest.id}&page=1&pageSize=100`],
  ];
  const runs = Array.from({ length: N }, (_, i) => i);
  for (const [label, url] of cases) {
    const first = await call('GET', url);
    const items = (first.body as { items?: unknown[] }).items?.length ?? 0;
    const c0 = process.cpuUsage();
    const p = percentiles(await timeEach(runs, () => call('GET', url)));
    const cpu = cpuMs(c0) / (runs.length + 5);
    console.log(`GET weborders ${label.padEnd(40)} p50 ${fmt(p.p50)} ms  p95 ${fmt(p.p95)} ms  CPU ${cpu.toFixed(2)} ms/request  (${items} rows; target p95 < 15 ms)`);
  }

  // The same queries in-process (the service alone: SQL + mapping, no HTTP, no JSON), for comparison.
  const inProcess: [string, Parameters<typeof listWeborders>[1]][] = [
    ['status+partner, page 1', { status: 'paid', partnerId: largest.id, sort: '-orderDate', page: 1, pageSize: 25 }],
    ['status only, page 1,000', { status: 'paid', sort: '-orderDate', page: 1000, pageSize: 25 }],
  ];
  for (const [label, q] of inProcess) {
    const p = percentiles(await timeEach(runs, () => listWeborders(ctx.store.db, q)));
    console.log(`listWeborders in-process ${label.padEnd(30)} p50 ${fmt(p.p50)} ms  p95 ${fmt(p.p95)} ms`);
  }
  const finIn = percentiles(await timeEach(runs, () => financeOverview(ctx.store.db, { partnerId: largest.id })));
  console.log(`financeOverview in-process largest partner     p50 ${fmt(finIn.p50)} ms  p95 ${fmt(finIn.p95)} ms`);

  // Finance overview of the largest partner, and of everyone.
  const f0 = process.cpuUsage();
  const fin = percentiles(await timeEach(runs, () => call('GET', `/finance/overview?partnerId=${largest.id}`)));
  const finCpu = cpuMs(f0) / (runs.length + 5);
  console.log(`GET finance/overview largest partner           p50 ${fmt(fin.p50)} ms  p95 ${fmt(fin.p95)} ms  CPU ${finCpu.toFixed(2)} ms/request  (target p95 < 50 ms)`);
  const finAll = percentiles(await timeEach(runs.slice(0, 50), () => call('GET', '/finance/overview')));
  console.log(`GET finance/overview all partners              p50 ${fmt(finAll.p50)} ms  p95 ${fmt(finAll.p95)} ms`);
  const partners = percentiles(await timeEach(runs.slice(0, 50), () => call('GET', '/partners?page=1&pageSize=25')));
  console.log(`GET partners (counts, 90-day activity)         p50 ${fmt(partners.p50)} ms  p95 ${fmt(partners.p95)} ms`);

  // Bulk CJP approval of 500 weborders awaiting it (one transaction, 500 audit entries).
  const ids = (await db.selectFrom('weborders').select('id').where('status', '=', 'budget_approved').orderBy('id').limit(500).execute()).map((r) => r.id);
  const t0 = performance.now();
  const b0 = process.cpuUsage();
  const bulk = await call('POST', '/weborders/bulk-transition', { ids, to: 'cjp_approved' });
  const bulkMs = performance.now() - t0;
  const bulkCpu = cpuMs(b0);
  const result = bulk.body as { done: number[]; refused: unknown[] };
  console.log(`POST bulk-transition ${ids.length} → cjp_approved     ${fmt(bulkMs)} ms  (${result.done.length} done, ${result.refused.length} refused; CPU ${bulkCpu.toFixed(0)} ms; target < 2,000 ms)`);

  // The export of every weborder, from a separate server process on the same data (so its memory is the
  // server's alone: peak RSS = VmHWM from /proc), read here as a stream (bytes counted, nothing kept).
  await measureExport(ctx, total, helpdesk);

  // The weborder part of the seed alone, on an empty database of the same engine, at this size.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-bench-wo-'));
  const scratch = ctx.databaseUrl ? await scratchDatabase(ctx.databaseUrl) : null;
  const store = await openDatabase({ dataDir: dir, databaseUrl: scratch?.url ?? null });
  try {
    if (store.engine === 'sqlite') store.sqlite.pragma('synchronous = OFF');
    const s0 = process.cpuUsage();
    const report = await seedWeborders(store, { households: ctx.households, seed: 1, now: new Date() });
    const seedCpu = cpuMs(s0);
    console.log(
      `seed weborder part for ${ctx.households.toLocaleString('nl-NL')} households  ${fmt(report.elapsedMs)} ms  ` +
        `(${report.weborders.toLocaleString('nl-NL')} weborders, ${report.weborder_history.toLocaleString('nl-NL')} history, ${report.ledger_lines.toLocaleString('nl-NL')} ledger lines, ${report.partners} partners, ${report.schools} schools; CPU ${seedCpu.toFixed(0)} ms)`,
    );
  } finally {
    await store.close();
    await scratch?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** An empty PostgreSQL database beside the bench's (same server and user), dropped afterwards. */
async function scratchDatabase(databaseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kcc_bench_wo_${process.pid}`;
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** CPU time (user + system) this process used since `since`, in ms. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** utime + stime of a process in clock ticks (1/100 s on Linux); null elsewhere. */
function cpuTicksOf(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Resets a process's peak RSS (VmHWM) to its current RSS (Linux ≥ 4.0: "5" to /proc/PID/clear_refs), so the peak
 * read afterwards is the export's own; false where that is not possible.
 */
function resetPeakOf(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** VmHWM / VmRSS of a process in bytes (Linux); null elsewhere. */
function memoryOf(pid: number): { peak: number; now: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { peak: kb('VmHWM'), now: kb('VmRSS') };
  } catch {
    return null;
  }
}

async function measureExport(ctx: BenchContext, total: number, helpdesk: { username: string; password: string }): Promise<void> {
  const dataDir = ctx.store.dataDir;
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const db = ctx.databaseUrl ? ['--db', ctx.databaseUrl] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'serve', '--data', dataDir, ...db, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('export server did not start')), 60_000);
      child.stdout.on('data', (b: Buffer) => {
        if (b.toString().includes(String(port))) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`export server exited (${code})`)));
    });
    const url = `http://127.0.0.1:${port}/api/v1`;
    const signIn = await fetch(`${url}/staff/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(helpdesk) });
    const { token } = (await signIn.json()) as { token: string };
    await fetch(`${url}/weborders?page=1&pageSize=25`, { headers: { authorization: `Bearer ${token}` } });
    // The sign-in's scrypt (N=2^17, r=8: 128 MiB, freed at once) has set the process's peak already; without a
    // reset VmHWM would report that peak, not the export's (it did until 2026-12-01: "332 MB" was the sign-in).
    const startPeak = child.pid ? memoryOf(child.pid) : null;
    const reset = child.pid ? resetPeakOf(child.pid) : false;
    const before = child.pid ? memoryOf(child.pid) : null;
    const cpuBefore = child.pid ? cpuTicksOf(child.pid) : null;
    const e0 = performance.now();
    const res = await fetch(`${url}/weborders/export`, { headers: { authorization: `Bearer ${token}` } });
    let bytes = 0;
    let firstByteMs = 0;
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        if (bytes === 0) firstByteMs = performance.now() - e0;
        bytes += chunk.byteLength;
      }
    }
    const exportMs = performance.now() - e0;
    const after = child.pid ? memoryOf(child.pid) : null;
    const cpuAfter = child.pid ? cpuTicksOf(child.pid) : null;
    const exportCpu = cpuBefore !== null && cpuAfter !== null ? `${((cpuAfter - cpuBefore) * 10).toFixed(0)} ms CPU` : 'CPU ?';
    console.log(
      `GET weborders/export ${total.toLocaleString('nl-NL')} rows            ${fmt(exportMs)} ms  (HTTP ${res.status}, ${mb(bytes)} .xlsx, first byte after ${firstByteMs.toFixed(0)} ms; ${exportCpu} in the server; target < 15,000 ms)`,
    );
    console.log(
      after
        ? `   server process peak RSS ${mb(after.peak)} during the export${reset ? '' : ' (NOT reset: includes start-up and sign-in)'} ` +
            `(RSS before the export ${before ? mb(before.now) : '?'}; peak of start-up and sign-in ${startPeak ? mb(startPeak.peak) : '?'}; target < 300 MB)`
        : '   server RSS: /proc not available on this system',
    );
  } finally {
    child.kill('SIGTERM');
  }
}
