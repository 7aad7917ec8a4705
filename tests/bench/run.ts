// `npm run bench [-- name…]`: seeds once, starts a real server, runs every bench module in turn (or only
// those whose id is named: accounts, accounts-ui, overview, kb, weborders, attention, import, labels, theme, engines);
// each prints its own figures. Benches never
// fail on a time: targets are printed beside the figures. BENCH_DATA=DIR keeps and reuses the seeded folder.
// `-- --db postgres://…` (or KCC_DATABASE_URL) runs the server on PostgreSQL: SQLite-only modules are left out, said.
import { createBenchContext, type BenchContext } from './context';
import { run as accounts } from './accounts.bench';
import { run as accountsUi } from './accountsUi.bench';
import { run as attention } from './attention.bench';
import { run as engines } from './engines.bench';
import { run as overview } from './overview.bench';
import { run as kb } from './kb.bench';
import { run as weborders } from './weborders.bench';
import { run as importBench } from './import.bench';
import { run as labels } from './labels.bench';
import { run as theme } from './theme.bench';

const modules: { id: string; name: string; run: (ctx: BenchContext) => Promise<void>; sqliteOnly?: boolean }[] = [
  { id: 'accounts', name: 'accounts', run: accounts, sqliteOnly: true },
  { id: 'accounts-ui', name: 'accounts UI (typing to rows, Chromium)', run: accountsUi, sqliteOnly: true },
  { id: 'overview', name: 'customer overview', run: overview },
  { id: 'kb', name: 'knowledge-base search (100,000 questions)', run: kb },
  { id: 'weborders', name: 'weborders (list, bulk, export, finance)', run: weborders },
  { id: 'attention', name: 'attention overview and live events', run: attention },
  { id: 'import', name: 'import (50,000 rows) and bulk letters (10,000) as jobs', run: importBench },
  { id: 'labels', name: 'label import (2,000-row sheet)', run: labels, sqliteOnly: true },
  { id: 'theme', name: 'portal stylesheet compile and live preview (Chromium)', run: theme, sqliteOnly: true },
  { id: 'engines', name: 'lookups and overview (engine-neutral)', run: engines },
];
const args = process.argv.slice(2);
const dbAt = args.indexOf('--db');
const databaseUrl = dbAt >= 0 ? (args[dbAt + 1] ?? null) : (process.env.KCC_DATABASE_URL ?? null);
const wanted = args.filter((a, i) => a !== '--db' && (dbAt < 0 || i !== dbAt + 1));
const unknown = wanted.filter((w) => !modules.some((m) => m.id === w));
if (unknown.length > 0) {
  console.error(`Unknown bench ${unknown.join(', ')}; choose from ${modules.map((m) => m.id).join(', ')}`);
  process.exit(2);
}
const selected = wanted.length > 0 ? modules.filter((m) => wanted.includes(m.id)) : modules;

const ctx = await createBenchContext({ databaseUrl });
try {
  for (const m of selected) {
    if (m.sqliteOnly && ctx.engine !== 'sqlite') {
      console.log(`\n== ${m.name} == left out: SQLite baselines (raw statements); see 'engines' for ${ctx.engine}`);
      continue;
    }
    console.log(`\n== ${m.name} ==`);
    await m.run(ctx);
  }
} finally {
  await ctx.close();
}
