// `npm run bench`: seeds once, starts a real server, runs every bench module in turn (each prints its
// own figures). Benches never fail on a time: targets are printed beside the figures.
import { createBenchContext, type BenchContext } from './context';
import { run as accounts } from './accounts.bench';
import { run as accountsUi } from './accountsUi.bench';
import { run as overview } from './overview.bench';

const modules: { name: string; run: (ctx: BenchContext) => Promise<void> }[] = [
  { name: 'accounts', run: accounts },
  { name: 'accounts UI (typing to rows, Chromium)', run: accountsUi },
  { name: 'customer overview', run: overview },
];

const ctx = await createBenchContext();
try {
  for (const m of modules) {
    console.log(`\n== ${m.name} ==`);
    await m.run(ctx);
  }
} finally {
  await ctx.close();
}
