// Runs only the Accounts UI bench (for tuning the screen): BENCH_HOUSEHOLDS / BENCH_DATA as for `npm run bench`.
import { createBenchContext } from './context';
import { run } from './accountsUi.bench';

const ctx = await createBenchContext();
try {
  await run(ctx);
} finally {
  await ctx.close();
}
