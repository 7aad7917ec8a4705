import type Database from 'better-sqlite3';
import { AccountSearch } from '../../server/accounts/accountSearch';
import type { AccountListQuery } from '../../shared/api/accounts';
import { percentiles, timeEach, type BenchContext } from './context';
import { sqliteOf } from '../../server/db/connection';

/**
 * The account lookup on the seeded database: over HTTP (the real server), in-process (AccountSearch on the
 * same SQLite, the floor without HTTP) and as a plain `LIKE '%term%'` scan of customer number, e-mail and
 * username with a count (what a naive implementation does), then the ratios LIKE / HTTP and LIKE / in-process
 * at p50 (over HTTP the ≈1 ms of a loopback round trip bounds the ratio; in-process shows the index's own gain).
 * Targets: HTTP p95 < 10 ms; ≥ 100× faster than the LIKE scan.
 */
interface Case {
  name: string;
  queries: Record<string, string | number>[];
  /** The naive equivalent, run directly on SQLite. */
  like: (q: Record<string, string | number>) => void;
}

const N = 200;
const LIKE_N = 15;

function pickAccounts(db: Database.Database, n: number): { customer_number: string; email: string; username: string }[] {
  const max = (db.prepare('SELECT max(id) AS m FROM accounts').get() as { m: number }).m;
  const st = db.prepare('SELECT customer_number, email, username FROM accounts WHERE id >= ? AND customer_number IS NOT NULL LIMIT 1');
  const out: { customer_number: string; email: string; username: string }[] = [];
  let x = 12345;
  while (out.length < n) {
    x = (x * 1103515245 + 12345) % 2 ** 31; // deterministic picks
    const row = st.get(1 + (x % max)) as { customer_number: string; email: string; username: string } | undefined;
    if (row) out.push(row);
  }
  return out;
}

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0)).padStart(8);

export async function run(ctx: BenchContext): Promise<void> {
  const db = sqliteOf(ctx.store);
  const picks = pickAccounts(db, N);
  const total = (db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n;
  console.log(`${total.toLocaleString('nl-NL')} accounts; ${N} HTTP lookups per case, ${LIKE_N} LIKE scans per case`);

  const likeCols = ['customer_number', 'email', 'username'];
  const likeWhere = likeCols.map((c) => `${c} LIKE ?`).join(' OR ');
  const likeRows = db.prepare(`SELECT * FROM accounts WHERE ${likeWhere} ORDER BY id LIMIT ? OFFSET ?`);
  const likeCount = db.prepare(`SELECT count(*) FROM accounts WHERE ${likeWhere}`);
  const like = (term: string, page = 1) => {
    const p = `%${term}%`;
    likeRows.all(p, p, p, 25, (page - 1) * 25);
    likeCount.get(p, p, p);
  };
  const scanStatus = db.prepare('SELECT * FROM accounts NOT INDEXED WHERE manually_blocked = 1 ORDER BY id LIMIT 25');
  const scanStatusCount = db.prepare('SELECT count(*) FROM accounts NOT INDEXED WHERE manually_blocked = 1');
  const scanUnconfirmed = db.prepare('SELECT * FROM accounts NOT INDEXED WHERE confirmed_at IS NULL ORDER BY id LIMIT 25');
  const scanUnconfirmedCount = db.prepare('SELECT count(*) FROM accounts NOT INDEXED WHERE confirmed_at IS NULL');
  // A common e-mail domain: a broad text query.
  const domain = (db.prepare(`SELECT substr(email, instr(email, '@') + 1) AS d, count(*) AS n FROM (SELECT email FROM accounts LIMIT 20000) GROUP BY d ORDER BY n DESC LIMIT 1`).get() as { d: string }).d;
  const broad = domain.split('.')[0] ?? 'gmail';

  const mid = (s: string, len: number) => s.slice(Math.max(0, Math.floor((s.length - len) / 2)), Math.max(0, Math.floor((s.length - len) / 2)) + len);
  const cases: Case[] = [
    { name: 'exact customer number', queries: picks.map((p) => ({ q: p.customer_number })), like: (q) => like(String(q.q)) },
    { name: 'customer-number prefix (HM-0nnn)', queries: picks.map((p) => ({ q: p.customer_number.slice(0, 7) })), like: (q) => like(String(q.q)) },
    { name: 'e-mail substring (6 chars)', queries: picks.map((p) => ({ q: mid(p.email.split('@')[0] ?? p.email, 6) })), like: (q) => like(String(q.q)) },
    { name: 'username prefix (5 chars)', queries: picks.map((p) => ({ q: p.username.slice(0, 5) })), like: (q) => like(String(q.q)) },
    { name: 'username prefix (2 chars)', queries: picks.map((p) => ({ q: p.username.slice(0, 2) })), like: (q) => like(String(q.q)) },
    {
      name: 'status=manually_blocked',
      queries: picks.map((_, i) => ({ status: 'manually_blocked', page: 1 + (i % 5) })),
      like: () => {
        scanStatus.all();
        scanStatusCount.get();
      },
    },
    {
      name: 'status=unconfirmed',
      queries: picks.map((_, i) => ({ status: 'unconfirmed', page: 1 + (i % 5) })),
      like: () => {
        scanUnconfirmed.all();
        scanUnconfirmedCount.get();
      },
    },
    {
      name: `page 1000, q=${broad}`,
      queries: picks.map(() => ({ q: broad, page: 1000 })),
      like: () => like(broad, 1000),
    },
    {
      name: 'page 1000, all, sort=customerNumber',
      queries: picks.map((_, i) => ({ page: 1000 + (i % 3), sort: 'customerNumber' })),
      like: () => like('HM-', 1000),
    },
    {
      name: 'page 1000, all, sort=lastLoginAt desc',
      queries: picks.map((_, i) => ({ page: 1000 + (i % 3), sort: 'lastLoginAt', order: 'desc' })),
      like: () => like('HM-', 1000),
    },
  ];

  const search = new AccountSearch(db);
  const rows: string[] = [];
  rows.push(
    `${'case'.padEnd(38)} ${'HTTP p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'inproc50'.padStart(8)} ${'inproc95'.padStart(8)} ` +
      `${'LIKE p50'.padStart(8)} ${'LIKE/HTTP'.padStart(7)} ${'LIKE/in'.padStart(7)}  total`,
  );
  for (const c of cases) {
    let lastTotal = '';
    const now = new Date();
    const inproc = percentiles(
      await timeEach(c.queries, (q) => search.search({ page: 1, pageSize: 25, ...q } as AccountListQuery, now)),
    );
    const http = percentiles(
      await timeEach(c.queries, async (q) => {
        const qs = new URLSearchParams(Object.entries(q).map(([k, v]): [string, string] => [k, String(v)])).toString();
        const r = await ctx.api('GET', `/accounts?${qs}`);
        if (r.status !== 200) throw new Error(`${c.name}: HTTP ${r.status}`);
        const b = r.body as { total: number; totalCapped: boolean };
        lastTotal = `${b.total}${b.totalCapped ? '+' : ''}`;
      }),
    );
    const likeMs = percentiles(await timeEach(c.queries.slice(0, LIKE_N), c.like, 1));
    rows.push(
      `${c.name.padEnd(38)} ${fmt(http.p50)} ${fmt(http.p95)} ${fmt(http.p99)} ${fmt(inproc.p50)} ${fmt(inproc.p95)} ${fmt(likeMs.p50)} ` +
        `${(likeMs.p50 / http.p50).toFixed(0).padStart(6)}× ${(likeMs.p50 / inproc.p50).toFixed(0).padStart(6)}×  ${lastTotal}`,
    );
  }
  console.log(rows.join('\n'));
  console.log('ms; targets: HTTP p95 < 10 ms, LIKE/HTTP ≥ 100× (floor: point 0.006 ms, prefix 0.05 ms, trigram 0.2–0.3 ms, HTTP ≈ 1 ms)');
}
