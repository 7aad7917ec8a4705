// `npm run bench [-- name…]`: seeds once, starts a real server, runs every bench module in turn (or only
// those whose id is named: accounts, accounts-ui, overview, kb); each prints its own figures. Benches never
// those whose id is named: accounts, accounts-ui, overview, import); each prints its own figures. Benches never
// those whose id is named: accounts, accounts-ui, overview, labels, theme); each prints its own figures. Benches never
// fail on a time: targets are printed beside the figures. BENCH_DATA=DIR keeps and reuses the seeded folder.
import { createBenchContext, type BenchContext } from './context';
import { run as accounts } from './accounts.bench';
import { run as accountsUi } from './accountsUi.bench';
import { run as attention } from './attention.bench';
import { run as overview } from './overview.bench';
import { run as kb } from './kb.bench';
import { run as weborders } from './weborders.bench';
import { run as importBench } from './import.bench';
import { run as labels } from './labels.bench';
import { run as theme } from './theme.bench';

const modules: { id: string; name: string; run: (ctx: BenchContext) => Promise<void> }[] = [
  { id: 'accounts', name: 'accounts', run: accounts },
  { id: 'accounts-ui', name: 'accounts UI (typing to rows, Chromium)', run: accountsUi },
  { id: 'overview', name: 'customer overview', run: overview },
  { id: 'kb', name: 'knowledge-base search (100,000 questions)', run: kb },
  { id: 'weborders', name: 'weborders (list, bulk, export, finance)', run: weborders },
  { id: 'attention', name: 'attention overview and live events', run: attention },
  { id: 'import', name: 'import (50,000 rows) and bulk letters (10,000) as jobs', run: importBench },
  { id: 'labels', name: 'label import (2,000-row sheet)', run: labels },
  { id: 'theme', name: 'portal stylesheet compile and live preview (Chromium)', run: theme },
];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !modules.some((m) => m.id === w));
if (unknown.length > 0) {
  console.error(`Unknown bench ${unknown.join(', ')}; choose from ${modules.map((m) => m.id).join(', ')}`);
  process.exit(2);
}
const selected = wanted.length > 0 ? modules.filter((m) => wanted.includes(m.id)) : modules;

const ctx = await createBenchContext();
try {
  for (const m of selected) {
    console.log(`\n== ${m.name} ==`);
    await m.run(ctx);
  }
} finally {
  await ctx.close();
}
