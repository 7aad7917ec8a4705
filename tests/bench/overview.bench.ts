import { BENCHMARK_CUSTOMER_NUMBER } from '../../server/seed/index';
import { percentiles, timeEach, type BenchContext } from './context';

/**
 * The customer overview over HTTP (real server) for the seed's household with ten years of invoices and
 * payments (HM-999999), plus the customer lookup by exact number and by name substring.
 * Targets printed beside the figures: overview p95 < 50 ms, lookup p95 < 10 ms.
 */
const N = 200;
const fmt = (ms: number) => ms.toFixed(2).padStart(8);

export async function run(ctx: BenchContext): Promise<void> {
  const nr = ctx.seed?.benchmarkCustomerNumber ?? BENCHMARK_CUSTOMER_NUMBER;
  const first = await ctx.api('GET', `/customers/${nr}/overview`);
  if (first.status !== 200) {
    console.log(`overview ${nr}: HTTP ${first.status} — skipped`);
    return;
  }
  const body = first.body as { finance: { openInvoices: unknown[]; closedInvoices: unknown[]; payments: unknown[] }; timeline: unknown[] };
  const bytes = JSON.stringify(first.body).length;
  console.log(
    `${nr}: ${body.finance.openInvoices.length + body.finance.closedInvoices.length} invoices, ${body.finance.payments.length} payments, ` +
      `${body.timeline.length} timeline entries, ${(bytes / 1024).toFixed(0)} KiB JSON`,
  );
  const runs = Array.from({ length: N }, (_, i) => i);
  const ov = percentiles(await timeEach(runs, () => ctx.api('GET', `/customers/${nr}/overview`)));
  console.log(`GET overview (HTTP)      p50 ${fmt(ov.p50)} ms  p95 ${fmt(ov.p95)} ms   (target p95 < 50 ms)`);
  const byNumber = percentiles(await timeEach(runs, (i) => ctx.api('GET', `/customers?q=HM-${String(1 + ((i * 7919) % 900_000)).padStart(6, '0')}`)));
  console.log(`GET customers?q=number   p50 ${fmt(byNumber.p50)} ms  p95 ${fmt(byNumber.p95)} ms   (target p95 < 10 ms)`);
  const names = ['Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos'];
  const byName = percentiles(await timeEach(runs, (i) => ctx.api('GET', `/customers?q=${names[i % names.length] ?? 'Vries'}`)));
  console.log(`GET customers?q=name     p50 ${fmt(byName.p50)} ms  p95 ${fmt(byName.p95)} ms   (target p95 < 10 ms)`);
}
