// `npm run bench:pg`: the same seed (BENCH_HOUSEHOLDS, default 1,000,000) on SQLite and on a throwaway PostgreSQL
// cluster started for the run. Both are seeded first (seed times printed), then both servers run at once and the
// calls of every case (engines.bench.ts) alternate between them, so a change in machine load hits both alike.
// BENCH_PG_URL=postgres://… uses that (seeded or empty) database instead of a throwaway cluster, and BENCH_DATA=<dir>
// keeps the SQLite side: then a 1 M comparison can be re-run without seeding both again.
import fs from 'node:fs';
import { startPgCluster } from '../support/pgCluster';
import { createBenchContext, percentiles, type OwnedBenchContext } from './context';
import { benchCases, caller, largestPartner, N } from './engines.bench';

const load = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const given = process.env.BENCH_PG_URL;
const cluster = given ? null : await startPgCluster({ sharedBuffers: process.env.BENCH_PG_SHARED_BUFFERS ?? '512MB', logPrefix: 'kcc-bench-pg-' });
const contexts: OwnedBenchContext[] = [];
try {
  const url = given ?? (await cluster?.createDatabase('kcc_bench')) ?? '';
  const lite = await createBenchContext({ databaseUrl: null });
  contexts.push(lite);
  const pg = await createBenchContext({ databaseUrl: url });
  contexts.push(pg);
  const [litePartner, pgPartner] = [await largestPartner(lite), await largestPartner(pg)];
  if (litePartner !== pgPartner) throw new Error(`the seeds differ: largest partner ${litePartner} on SQLite, ${pgPartner} on PostgreSQL`);
  const calls = [await caller(lite), await caller(pg)] as const;
  const fmt = (ms: number) => ms.toFixed(2).padStart(8);
  const households = Number(process.env.BENCH_HOUSEHOLDS ?? 1_000_000).toLocaleString('nl-NL');
  console.log(`\n${households} households; ${N} HTTP calls per case and engine, alternating; p50 / p95 in ms; load average ${load()}`);
  console.log(`${'case'.padEnd(40)} ${'SQLite p50'.padStart(10)} ${'p95'.padStart(8)} ${'PG p50'.padStart(10)} ${'p95'.padStart(8)}  PG/SQLite p95   load`);
  for (const c of await benchCases(lite)) {
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
  for (const ctx of contexts.reverse()) await ctx.close();
  cluster?.stop();
}
