// `npx tsx tests/bench/enginesInProcess.ts SQLITE_DIR POSTGRES_URL [calls]`: the cases of engines.bench.ts on two
// databases seeded alike (e.g. `npm run portal -- seed` into each), called in-process — the search and overview
// services, no HTTP — with the SQLite and PostgreSQL calls interleaved so both see the same machine load. For the
// query work alone (bench:pg needs a server that starts on PostgreSQL); the load average is printed per case.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AccountListQuery } from '../../shared/api/accounts';
import { accountSearchIndex, listAccounts } from '../../server/accounts/accountSearch';
import { openDatabase } from '../../server/db/connection';
import { sqlRunner } from '../../server/db/sqlRunner';
import { OverviewReader } from '../../server/customers/overview';
import { RunnerCustomerSearch } from '../../server/customers/customerSearch';
import { BENCHMARK_CUSTOMER_NUMBER } from '../../server/seed/index';
import { percentiles } from './context';

const [liteDir, pgUrl, callsArg] = process.argv.slice(2);
if (!liteDir || !pgUrl) throw new Error('usage: enginesInProcess.ts SQLITE_DIR POSTGRES_URL [calls]');
const N = Number(callsArg ?? 200);
const lite = await openDatabase({ dataDir: liteDir, databaseUrl: null });
const pg = await openDatabase({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-inproc-')), databaseUrl: pgUrl });
const now = new Date();
const households = Number((await lite.db.selectFrom('households').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 1) - 1;

// The same terms as engines.bench.ts: from pages of the account list.
const t = { numbers: [] as string[], emails: [] as string[], names: [] as string[] };
for (let page = 1; t.numbers.length < 40 && page < 40; page += 7) {
  const r = await listAccounts(accountSearchIndex(lite), { page: page * 13, pageSize: 50 }, now);
  for (const a of r.items) {
    if (!a.customerNumber || !a.name) continue;
    t.numbers.push(a.customerNumber);
    t.emails.push(a.email.slice(2, 9));
    t.names.push(a.name.split(' ').pop() ?? a.name);
  }
}
const pick = (list: string[], i: number) => list[i % Math.max(1, list.length)] ?? 'HM-000001';
const engines = [lite, pg].map((s) => ({
  store: s,
  customers: new RunnerCustomerSearch(sqlRunner(s), s.engine),
  overview: new OverviewReader(sqlRunner(s)),
}));
type Engine = (typeof engines)[number];
const accounts = (e: Engine, q: Partial<AccountListQuery>) => listAccounts(accountSearchIndex(e.store), { page: 1, pageSize: 25, ...q }, now);
const cases: [string, (e: Engine, i: number) => Promise<unknown>][] = [
  ['accounts: whole customer number', (e, i) => accounts(e, { q: pick(t.numbers, i) })],
  ['accounts: customer-number prefix', (e, i) => accounts(e, { q: pick(t.numbers, i).slice(0, 7) })],
  ['accounts: e-mail part', (e, i) => accounts(e, { q: pick(t.emails, i) })],
  ['accounts: household name', (e, i) => accounts(e, { q: pick(t.names, i) })],
  ['accounts: 1 letter', (e, i) => accounts(e, { q: 'jkmpsv'[i % 6] ?? 'j' })],
  ['accounts: no term, sorted by e-mail', (e) => accounts(e, { sort: 'email', order: 'desc', page: 3 })],
  ['customers: number', (e, i) => e.customers.search({ q: `HM-${String(1 + ((i * 7919) % Math.max(1, households))).padStart(6, '0')}`, limit: 25 }, now)],
  ['customers: name', (e, i) => e.customers.search({ q: pick(t.names, i), limit: 25 }, now)],
  [`customer overview ${BENCHMARK_CUSTOMER_NUMBER}`, (e) => e.overview.read(BENCHMARK_CUSTOMER_NUMBER, now)],
];
const load = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const fmt = (ms: number) => ms.toFixed(2).padStart(7);
console.log(`${households.toLocaleString('nl-NL')} households; ${N} in-process calls per case and engine, interleaved; p50 / p95 ms`);
try {
  for (const [name, call] of cases) {
    const [a, b] = engines as [Engine, Engine];
    for (let i = 0; i < 5; i++) await Promise.all([call(a, i), call(b, i)]);
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < N; i++) {
      for (const [k, e] of [a, b].entries()) {
        const t0 = performance.now();
        await call(e, i);
        times[k]?.push(performance.now() - t0);
      }
    }
    const [x, y] = [percentiles(times[0]), percentiles(times[1])];
    console.log(`${name.padEnd(36)} SQLite ${fmt(x.p50)} ${fmt(x.p95)}   PostgreSQL ${fmt(y.p50)} ${fmt(y.p95)}   p95 ${(y.p95 / x.p95).toFixed(1)}×  (load ${load()})`);
  }
} finally {
  await lite.close();
  await pg.close();
}
