// `npm run bench:pg`: the same seed (BENCH_HOUSEHOLDS, default 1,000,000) on SQLite and on a throwaway PostgreSQL
// cluster started for the run. Both are seeded first (seed times printed), then both servers run at once and the
// calls of every case (engines.bench.ts) alternate between them, so a change in machine load hits both alike.
// BENCH_PG_URL=postgres://… uses that (seeded or empty) database instead of a throwaway cluster, and BENCH_DATA=<dir>
// keeps the SQLite side: then a 1 M comparison can be re-run without seeding both again.
// The two servers run as `serve` processes of their own, as in production, apart from this caller. In one process
// with the caller the comparison flattered SQLite, whose requests never leave the event loop (1 M, accounts by whole
// number, quiet machine, 1,000 calls: SQLite p95 1.4 ms in one process, 2.2–2.5 ms apart; PostgreSQL 4.1 and 3.9–4.5).
// BENCH_IN_PROCESS=1 measures the servers inside this process as before.
import fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { startPgCluster } from '../support/pgCluster';
import { spawnServe } from '../integration/support/serveProcess';
import { createBenchContext, percentiles, type OwnedBenchContext } from './context';
import { benchCases, caller, callerAt, largestPartner, N } from './engines.bench';

const load = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const given = process.env.BENCH_PG_URL;
const cluster = given ? null : await startPgCluster({ sharedBuffers: process.env.BENCH_PG_SHARED_BUFFERS ?? '512MB', logPrefix: 'kcc-bench-pg-' });
const contexts: OwnedBenchContext[] = [];
const children: ChildProcess[] = [];
try {
  const url = given ?? (await cluster?.createDatabase('kcc_bench')) ?? '';
  const lite = await createBenchContext({ databaseUrl: null });
  contexts.push(lite);
  const pg = await createBenchContext({ databaseUrl: url });
  contexts.push(pg);
  const [litePartner, pgPartner] = [await largestPartner(lite), await largestPartner(pg)];
  if (litePartner !== pgPartner) throw new Error(`the seeds differ: largest partner ${litePartner} on SQLite, ${pgPartner} on PostgreSQL`);
  const cases = await benchCases(lite);
  const inProcess = process.env.BENCH_IN_PROCESS === '1';
  let calls: readonly [Awaited<ReturnType<typeof caller>>, Awaited<ReturnType<typeof caller>>];
  if (inProcess) calls = [await caller(lite), await caller(pg)] as const;
  else {
    // The in-process servers only gave the terms; each engine is now served by a process of its own.
    await lite.stopServer();
    await pg.stopServer();
    const [l, p] = [await spawnServe(null, lite.dataDir), await spawnServe(url, pg.dataDir)];
    children.push(l.process, p.process);
    calls = [await callerAt(l.url), await callerAt(p.url)] as const;
  }
  const fmt = (ms: number) => ms.toFixed(2).padStart(8);
  const households = Number(process.env.BENCH_HOUSEHOLDS ?? 1_000_000).toLocaleString('nl-NL');
  console.log(`\n${households} households; ${N} HTTP calls per case and engine, alternating, servers ${inProcess ? 'in this process' : 'in processes of their own'}; p50 / p95 in ms; load average ${load()}`);
  console.log(`${'case'.padEnd(40)} ${'SQLite p50'.padStart(10)} ${'p95'.padStart(8)} ${'PG p50'.padStart(10)} ${'p95'.padStart(8)}  PG/SQLite p95   load`);
  for (const c of cases) {
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < 5; i++) for (const call of calls) await call(c, i);
    for (let i = 0; i < N; i++) {
      // Alternate which engine goes first, so neither always runs right after the other's work.
      for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
        const t0 = performance.now();
        await calls[k as 0 | 1](c, i);
        times[k as 0 | 1].push(performance.now() - t0);
      }
    }
    const [f, g] = [percentiles(times[0]), percentiles(times[1])];
    const ratio = g.p95 / f.p95;
    console.log(
      `${c.name.padEnd(40)} ${fmt(f.p50).padStart(10)} ${fmt(f.p95)} ${fmt(g.p50).padStart(10)} ${fmt(g.p95)}  ${ratio.toFixed(2).padStart(5)}× ${ratio <= 2 ? '≤ 2×' : '> 2×'}  ${load()}`,
    );
  }
  const s = (ms: number | undefined) => (ms === undefined ? 'reused' : `${(ms / 1000).toFixed(1)} s`);
  console.log(`seed: SQLite ${s(lite.seed?.elapsedMs)}, PostgreSQL ${s(pg.seed?.elapsedMs)} (PostgreSQL target < 300 s at 1,000,000)`);
  console.log(`load average at the end ${load()}`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
  for (const ctx of contexts.reverse()) await ctx.close();
  cluster?.stop();
}
