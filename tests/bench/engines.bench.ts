import { sql } from 'kysely';
import { BENCHMARK_CUSTOMER_NUMBER, demoStaff } from '../../server/seed/index';
import { percentiles, timeEach, type BenchContext } from './context';

/**
 * The figures that must hold on both engines, over HTTP against the real server: the account lookup (B1) by kind of
 * term, the customer lookup, the customer overview (C1) and the weborder list. Engine-neutral (terms come from the
 * API itself), so the same run prints on SQLite and on PostgreSQL; `npm run bench:pg` runs both at once, the calls
 * of each case alternating between the engines.
 */
export interface Figure {
  name: string;
  p50: number;
  p95: number;
}

/** One case: a GET path per call number, as the demo administrator or (weborders) the demo helpdesk. */
export interface BenchCase {
  name: string;
  as: 'admin' | 'helpdesk';
  path(i: number): string;
}

/** Calls per case and engine (BENCH_CALLS, default 200): more calls steady the p95 of millisecond-long cases. */
export const N = Number(process.env.BENCH_CALLS ?? 200);

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

/** The partner with the most weborders (the list's hardest status + partner case), engine-neutral (Kysely). */
export async function largestPartner(ctx: BenchContext): Promise<number | null> {
  const n = sql<number>`count(*)`;
  const top = await ctx.store.db.selectFrom('weborders').select(['partner_id as id', n.as('n')]).groupBy('partner_id').orderBy(n, 'desc').orderBy('partner_id').limit(1).executeTakeFirst();
  return top ? Number(top.id) : null;
}

/** The cases, with terms taken from `ctx` (the same seed gives the same terms on either engine). */
export async function benchCases(ctx: BenchContext): Promise<BenchCase[]> {
  const t = await accountTerms(ctx);
  const pick = (list: string[], i: number) => encodeURIComponent(list[i % Math.max(1, list.length)] ?? 'HM-000001');
  const nr = ctx.seed?.benchmarkCustomerNumber ?? BENCHMARK_CUSTOMER_NUMBER;
  const partner = await largestPartner(ctx);
  const admin = (name: string, path: (i: number) => string): BenchCase => ({ name, as: 'admin', path });
  const cases = [
    admin('accounts: whole customer number', (i) => `/accounts?q=${pick(t.numbers, i)}&pageSize=25`),
    admin('accounts: customer-number prefix', (i) => `/accounts?q=${pick(t.numbers, i).slice(0, 7)}&pageSize=25`),
    admin('accounts: e-mail part', (i) => `/accounts?q=${pick(t.emails, i)}&pageSize=25`),
    admin('accounts: household name', (i) => `/accounts?q=${pick(t.names, i)}&pageSize=25`),
    admin('accounts: 1 letter', (i) => `/accounts?q=${'jkmpsv'[i % 6] ?? 'j'}&pageSize=25`),
    admin('accounts: no term, sorted by e-mail', () => `/accounts?sort=email&order=desc&page=3&pageSize=25`),
    admin('customers: number', (i) => `/customers?q=HM-${String(1 + ((i * 7919) % Math.max(1, ctx.households))).padStart(6, '0')}`),
    admin('customers: name', (i) => `/customers?q=${pick(t.names, i)}`),
    admin(`customer overview ${nr}`, () => `/customers/${nr}/overview`),
  ];
  if (partner === null) return cases;
  return [
    ...cases,
    { name: 'weborders: status+partner, page 1', as: 'helpdesk', path: () => `/weborders?status=paid&partnerId=${partner}&sort=-orderDate&page=1&pageSize=25` },
    { name: 'weborders: status only, page 1,000', as: 'helpdesk', path: () => '/weborders?status=paid&sort=-orderDate&page=1000&pageSize=25' },
  ];
}

/** A GET as the demo administrator (the context's own token) or the demo helpdesk (signed in once per context). */
export async function caller(ctx: BenchContext): Promise<(c: BenchCase, i: number) => Promise<unknown>> {
  return callerAt(ctx.url, ctx.token);
}

/**
 * The same against any portal server at `url` (a `serve` process of its own): as the demo administrator (`adminToken`,
 * or signed in here) or the demo helpdesk (signed in here).
 */
export async function callerAt(url: string, adminToken?: string): Promise<(c: BenchCase, i: number) => Promise<unknown>> {
  const signIn = async (role: 'admin' | 'helpdesk') => {
    const who = demoStaff.find((s) => s.roles.includes(role));
    if (!who) throw new Error(`no demo ${role}`);
    const res = await fetch(`${url}/api/v1/staff/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: who.username, password: who.password }),
    });
    if (res.status !== 201) throw new Error(`bench sign-in as ${role} failed: ${res.status}`);
    return ((await res.json()) as { token: string }).token;
  };
  const tokens = { admin: adminToken ?? (await signIn('admin')), helpdesk: await signIn('helpdesk') };
  return async (c, i) => {
    const res = await fetch(`${url}/api/v1${c.path(i)}`, { headers: { authorization: `Bearer ${tokens[c.as]}` } });
    if (res.status !== 200) throw new Error(`${c.name}: HTTP ${res.status}`);
    return res.text();
  };
}

export async function measure(ctx: BenchContext): Promise<Figure[]> {
  const call = await caller(ctx);
  const runs = Array.from({ length: N }, (_, i) => i);
  const out: Figure[] = [];
  for (const c of await benchCases(ctx)) out.push({ name: c.name, ...percentiles(await timeEach(runs, (i) => call(c, i))) });
  return out;
}

const fmt = (ms: number) => ms.toFixed(2).padStart(8);

export async function run(ctx: BenchContext): Promise<void> {
  console.log(`engine ${ctx.engine} (${ctx.where}), ${N} HTTP calls per case`);
  for (const f of await measure(ctx)) console.log(`${f.name.padEnd(40)} p50 ${fmt(f.p50)} ms  p95 ${fmt(f.p95)} ms`);
}
