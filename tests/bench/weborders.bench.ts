import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../server/db/connection';
import { demoStaff } from '../../server/seed/index';
import { seedWeborders } from '../../server/seed/weborders';
import { percentiles, timeEach, type BenchContext } from './context';

/**
 * The cultural-card helpdesk's hot paths at 1M households (about 100,000 weborders), over HTTP on the real
 * server, signed in as the demo helpdesk: the weborder list (filtered by status and partner, sorted by date;
 * page 1 and deep pages), bulk CJP approval of 500, the streamed export of every weborder (time and the peak
 * RSS of the process that runs the server), the finance overview of the largest partner, the partner
 * overview, and the weborder part of the seed on its own. Targets are printed beside the figures.
 */
const N = 200;
const fmt = (ms: number) => ms.toFixed(2).padStart(8);

export async function run(ctx: BenchContext): Promise<void> {
  const helpdesk = demoStaff.find((s) => s.roles.includes('helpdesk'));
  if (!helpdesk) throw new Error('no demo helpdesk');
  const signIn = await ctx.api('POST', '/staff/sessions', { username: helpdesk.username, password: helpdesk.password });
  const token = (signIn.body as { token: string }).token;
  const call = async (method: string, apiPath: string, body?: unknown) => {
    const res = await fetch(`${ctx.url}/api/v1${apiPath}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };

  const count = (sql: string, ...args: (string | number)[]) => (ctx.store.sqlite.prepare(sql).get(...args) as { n: number }).n;
  const total = count('SELECT count(*) AS n FROM weborders');
  const largest = ctx.store.sqlite.prepare('SELECT partner_id AS id, count(*) AS n FROM weborders GROUP BY partner_id ORDER BY n DESC LIMIT 1').get() as { id: number; n: number };
  const paidOfLargest = count("SELECT count(*) AS n FROM weborders WHERE partner_id = ? AND status = 'paid'", largest.id);
  console.log(`${total.toLocaleString('nl-NL')} weborders; largest partner ${largest.id} has ${largest.n.toLocaleString('nl-NL')} (${paidOfLargest.toLocaleString('nl-NL')} paid)`);

  // The list: status + partner sorted by date (the case), page 1 and its last page; deep pages of a
  // status alone and of everything (page 1,000 = offset 24,975).
  const lastPage = Math.max(1, Math.ceil(paidOfLargest / 25));
  const cases: [string, string][] = [
    ['status+partner, date desc, page 1', `/weborders?status=paid&partnerId=${largest.id}&sort=-orderDate&page=1&pageSize=25`],
    [`status+partner, date desc, page ${lastPage} (last)`, `/weborders?status=paid&partnerId=${largest.id}&sort=-orderDate&page=${lastPage}&pageSize=25`],
    ['status only, date desc, page 1,000', '/weborders?status=paid&sort=-orderDate&page=1000&pageSize=25'],
    ['no filter, date desc, page 1,000', '/weborders?sort=-orderDate&page=1000&pageSize=25'],
    ['status+partner, page 1, pageSize 100', `/weborders?status=paid&partnerId=${largest.id}&page=1&pageSize=100`],
  ];
  const runs = Array.from({ length: N }, (_, i) => i);
  for (const [label, url] of cases) {
    const first = await call('GET', url);
    const items = (first.body as { items?: unknown[] }).items?.length ?? 0;
    const p = percentiles(await timeEach(runs, () => call('GET', url)));
    console.log(`GET weborders ${label.padEnd(40)} p50 ${fmt(p.p50)} ms  p95 ${fmt(p.p95)} ms  (${items} rows; target p95 < 15 ms)`);
  }

  // Finance overview of the largest partner, and of everyone.
  const fin = percentiles(await timeEach(runs, () => call('GET', `/finance/overview?partnerId=${largest.id}`)));
  console.log(`GET finance/overview largest partner           p50 ${fmt(fin.p50)} ms  p95 ${fmt(fin.p95)} ms  (target p95 < 50 ms)`);
  const finAll = percentiles(await timeEach(runs.slice(0, 50), () => call('GET', '/finance/overview')));
  console.log(`GET finance/overview all partners              p50 ${fmt(finAll.p50)} ms  p95 ${fmt(finAll.p95)} ms`);
  const partners = percentiles(await timeEach(runs.slice(0, 50), () => call('GET', '/partners?page=1&pageSize=25')));
  console.log(`GET partners (counts, 90-day activity)         p50 ${fmt(partners.p50)} ms  p95 ${fmt(partners.p95)} ms`);

  // Bulk CJP approval of 500 weborders awaiting it (one transaction, 500 audit entries).
  const ids = (ctx.store.sqlite.prepare("SELECT id FROM weborders WHERE status = 'budget_approved' ORDER BY id LIMIT 500").all() as { id: number }[]).map((r) => r.id);
  const t0 = performance.now();
  const bulk = await call('POST', '/weborders/bulk-transition', { ids, to: 'cjp_approved' });
  const bulkMs = performance.now() - t0;
  const result = bulk.body as { done: number[]; refused: unknown[] };
  console.log(`POST bulk-transition ${ids.length} → cjp_approved     ${fmt(bulkMs)} ms  (${result.done.length} done, ${result.refused.length} refused; target < 2,000 ms)`);

  // The export of every weborder, read as a stream (bytes counted, nothing kept); RSS sampled meanwhile.
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const e0 = performance.now();
  const res = await fetch(`${ctx.url}/api/v1/weborders/export`, { headers: { authorization: `Bearer ${token}` } });
  let bytes = 0;
  let firstByteMs = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (bytes === 0) firstByteMs = performance.now() - e0;
      bytes += chunk.byteLength;
    }
  }
  const exportMs = performance.now() - e0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `GET weborders/export ${total.toLocaleString('nl-NL')} rows            ${fmt(exportMs)} ms  (HTTP ${res.status}, ${mb(bytes)} .xlsx, first byte after ${firstByteMs.toFixed(0)} ms; target < 15,000 ms)`,
  );
  console.log(`   peak RSS of the server process during the export ${mb(peak)} (before ${mb(rssBefore)}; target < 300 MB)`);

  // The weborder part of the seed alone, on an empty database, at this size.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-bench-wo-'));
  const store = openStore(dir);
  try {
    store.sqlite.pragma('synchronous = OFF');
    const report = seedWeborders(store.sqlite, { households: ctx.households, seed: 1, now: new Date() });
    console.log(
      `seed weborder part for ${ctx.households.toLocaleString('nl-NL')} households  ${fmt(report.elapsedMs)} ms  ` +
        `(${report.weborders.toLocaleString('nl-NL')} weborders, ${report.weborder_history.toLocaleString('nl-NL')} history, ${report.ledger_lines.toLocaleString('nl-NL')} ledger lines, ${report.partners} partners, ${report.schools} schools)`,
    );
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
