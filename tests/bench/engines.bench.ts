import { BENCHMARK_CUSTOMER_NUMBER } from '../../server/seed/index';
import { percentiles, timeEach, type BenchContext } from './context';

/**
 * The figures that must hold on both engines, over HTTP against the real server: the account lookup (B1) by kind of
 * term, the customer lookup and the customer overview (C1). Engine-neutral (terms come from the API itself), so
 * the same run prints on SQLite and on PostgreSQL; `npm run bench:pg` prints both side by side.
 */
export interface Figure {
  name: string;
  p50: number;
  p95: number;
}

const N = 200;

async function accountTerms(ctx: BenchContext): Promise<{ numbers: string[]; emails: string[]; names: string[] }> {
  const numbers: string[] = [];
  const emails: string[] = [];
  const names: string[] = [];
  for (let page = 1; numbers.length < 40 && page < 40; page += 7) {
    const r = await ctx.api('GET', `/accounts?page=${page * 13}&pageSize=50`);
    const items = (r.body as { items?: { customerNumber: string | null; email: string; name: string | null }[] }).items ?? [];
    for (const a of items) {
      if (!a.customerNumber || !a.name) continue;
      numbers.push(a.customerNumber);
      emails.push(a.email.slice(2, 9));
      names.push(a.name.split(' ').pop() ?? a.name);
    }
  }
  return { numbers, emails, names };
}

export async function measure(ctx: BenchContext): Promise<Figure[]> {
  const t = await accountTerms(ctx);
  const runs = Array.from({ length: N }, (_, i) => i);
  const pick = (list: string[], i: number) => encodeURIComponent(list[i % Math.max(1, list.length)] ?? 'HM-000001');
  const time = async (name: string, path: (i: number) => string): Promise<Figure> => ({
    name,
    ...percentiles(await timeEach(runs, (i) => ctx.api('GET', path(i)))),
  });
  const nr = ctx.seed?.benchmarkCustomerNumber ?? BENCHMARK_CUSTOMER_NUMBER;
  return [
    await time('accounts: whole customer number', (i) => `/accounts?q=${pick(t.numbers, i)}&pageSize=25`),
    await time('accounts: customer-number prefix', (i) => `/accounts?q=${pick(t.numbers, i).slice(0, 7)}&pageSize=25`),
    await time('accounts: e-mail part', (i) => `/accounts?q=${pick(t.emails, i)}&pageSize=25`),
    await time('accounts: household name', (i) => `/accounts?q=${pick(t.names, i)}&pageSize=25`),
    await time('accounts: 1 letter', (i) => `/accounts?q=${'jkmpsv'[i % 6] ?? 'j'}&pageSize=25`),
    await time('accounts: no term, sorted by e-mail', () => `/accounts?sort=email&order=desc&page=3&pageSize=25`),
    await time('customers: number', (i) => `/customers?q=HM-${String(1 + ((i * 7919) % Math.max(1, ctx.households))).padStart(6, '0')}`),
    await time('customers: name', (i) => `/customers?q=${pick(t.names, i)}`),
    await time(`customer overview ${nr}`, () => `/customers/${nr}/overview`),
  ];
}

const fmt = (ms: number) => ms.toFixed(2).padStart(8);

export async function run(ctx: BenchContext): Promise<void> {
  console.log(`engine ${ctx.engine} (${ctx.where}), ${N} HTTP calls per case`);
  for (const f of await measure(ctx)) console.log(`${f.name.padEnd(40)} p50 ${fmt(f.p50)} ms  p95 ${fmt(f.p95)} ms`);
}
