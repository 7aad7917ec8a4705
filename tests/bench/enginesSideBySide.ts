// `npm run bench:pg`: the same seed (BENCH_HOUSEHOLDS, default 1,000,000) on SQLite and on a throwaway PostgreSQL
// cluster started for the run; seed times and the engine-neutral figures (engines.bench.ts) side by side.
import { startPgCluster } from '../support/pgCluster';
import { createBenchContext } from './context';
import { measure, type Figure } from './engines.bench';

const cluster = await startPgCluster({ sharedBuffers: process.env.BENCH_PG_SHARED_BUFFERS ?? '512MB', logPrefix: 'kcc-bench-pg-' });
try {
  const results: { engine: string; seedMs: number | null; figures: Figure[] }[] = [];
  const url = await cluster.createDatabase('kcc_bench');
  for (const databaseUrl of [null, url]) {
    const ctx = await createBenchContext({ databaseUrl });
    try {
      results.push({ engine: ctx.engine, seedMs: ctx.seed?.elapsedMs ?? null, figures: await measure(ctx) });
    } finally {
      await ctx.close();
    }
  }
  const [lite, pg] = results;
  if (!lite || !pg) throw new Error('missing results');
  const fmt = (ms: number) => ms.toFixed(2).padStart(8);
  console.log(`\n${Number(process.env.BENCH_HOUSEHOLDS ?? 1_000_000).toLocaleString('nl-NL')} households; p50 / p95 in ms over HTTP`);
  console.log(`${'case'.padEnd(40)} ${'SQLite p50'.padStart(10)} ${'p95'.padStart(8)} ${'PG p50'.padStart(10)} ${'p95'.padStart(8)}  PG/SQLite p95`);
  lite.figures.forEach((f, i) => {
    const g = pg.figures[i] as Figure;
    console.log(`${f.name.padEnd(40)} ${fmt(f.p50).padStart(10)} ${fmt(f.p95)} ${fmt(g.p50).padStart(10)} ${fmt(g.p95)}  ${(g.p95 / f.p95).toFixed(2)}× (target ≤ 2×)`);
  });
  const s = (ms: number | null) => (ms === null ? 'reused' : `${(ms / 1000).toFixed(1)} s`);
  console.log(`seed: SQLite ${s(lite.seedMs)}, PostgreSQL ${s(pg.seedMs)} (target < 300 s at 1,000,000)`);
} finally {
  cluster.stop();
}
