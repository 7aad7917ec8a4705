import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kbSearchIndex, ScanKbSearch } from '../../server/kb/kbSearchIndex';
import { PostgresKbSearch } from '../../server/kb/postgresKbSearch';
import { SqliteKbSearch } from '../../server/kb/sqliteKbSearch';
import { openStore, type Store } from '../../server/db/connection';
import { generateLargeKnowledgeBase, RARE_WORD } from '../../server/seed/kb/large';
import { startServer } from '../../server/start';
import type { BenchContext } from './context';
import { percentiles, timeEach } from './context';

/**
 * The portal's knowledge-base search on a generated knowledge base of 100,000 questions (1,000 topics):
 * GET /portal/kb/search over HTTP on the real server, the same search in-process (the index's own cost), and
 * the same query as a plain LIKE scan of descriptions and keywords with the per-topic counts. Cold = first
 * search of a term (the answer cache emptied before each), warm = the same term again. Targets: HTTP p95 <
 * 20 ms; rare term ≥ 50× the scan. Also checks that the index gives exactly the answer of the rule itself
 * (ScanKbSearch) for each term. SQLite: in a folder of its own (independent of the household seed).
 * PostgreSQL: in the bench's own database, whose (demo) knowledge base it replaces, on the bench's server.
 */
const QUESTIONS = Number(process.env.BENCH_KB_QUESTIONS ?? 100_000);
const TOPICS = 1_000;
const N = 200;
const LIKE_N = 15;

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0)).padStart(8);

/** The plain scan the index is compared with: every question's text and keywords, counted per topic and flag. */
function likeScan(store: Store): (term: string) => Promise<void> {
  if (store.engine === 'sqlite') {
    const db = store.sqlite;
    const likeCounts = db.prepare(`SELECT topic_id, portal, count(*) AS n FROM kb_questions WHERE description LIKE ? OR keywords LIKE ? GROUP BY topic_id, portal`);
    const likeTopics = db.prepare('SELECT id FROM kb_topics WHERE description LIKE ? OR keywords LIKE ?');
    return (term) => {
      const p = `%${term}%`;
      likeCounts.all(p, p);
      likeTopics.all(p, p);
      return Promise.resolve();
    };
  }
  const pool = store.pool;
  return async (term) => {
    const p = `%${term}%`;
    await pool.query('SELECT topic_id, portal, count(*) AS n FROM kb_questions WHERE lower(description) LIKE $1 OR lower(keywords::text) LIKE $1 GROUP BY topic_id, portal', [p]);
    await pool.query('SELECT id FROM kb_topics WHERE lower(description) LIKE $1 OR lower(keywords::text) LIKE $1', [p]);
  };
}

async function measure(store: Store, serverUrl: string): Promise<void> {
  const index = store.engine === 'sqlite' ? new SqliteKbSearch(store.sqlite) : new PostgresKbSearch(store.pool);
  const scan = new ScanKbSearch(store.db);
  const like = likeScan(store);
  const cases = [
    { name: 'common term "huur"', term: 'huur' },
    { name: `rare term "${RARE_WORD}"`, term: RARE_WORD },
    { name: '3-letter term "lek"', term: 'lek' },
  ];
  // Cold: the server's answer cache emptied (untimed) before each request, so every search is a first
  // search of its term (what a change to the knowledge base does too). Warm: the same term again.
  const served = kbSearchIndex(store);
  const forget = () => {
    if (served instanceof SqliteKbSearch || served instanceof PostgresKbSearch) served.clearAnswers();
  };
  const fetchOnce = async (url: string) => {
    const res = await fetch(url);
    if (res.status !== 200) throw new Error(`search answered ${res.status}`);
    await res.json();
  };
  const timeHttp = async (url: string, cold: boolean) => {
    const out: number[] = [];
    for (let i = 0; i < N + 5; i++) {
      if (cold) forget();
      const t = performance.now();
      await fetchOnce(url);
      if (i >= 5) out.push(performance.now() - t);
    }
    return percentiles(out);
  };
  console.log(`${N} HTTP searches per term and mode (GET /portal/kb/search), ${LIKE_N} LIKE scans per term (${store.engine})`);
  console.log('targets: HTTP p95 < 20 ms; rare term ≥ 50× faster than the LIKE scan');
  console.log('case                            matches topics | cold HTTP p50   p95 | warm HTTP p50   p95 | index p50 | LIKE p50 | LIKE/cold HTTP  LIKE/index | same answer');
  for (const c of cases) {
    const url = `${serverUrl}/api/v1/portal/kb/search?q=${encodeURIComponent(c.term)}`;
    const cold = await timeHttp(url, true);
    const warm = await timeHttp(url, false);
    const inProcess = percentiles(
      await timeEach(Array.from({ length: N }, () => c.term), (t) => {
        index.clearAnswers();
        return index.search(t);
      }),
    );
    const likeMs = percentiles(await timeEach(Array.from({ length: LIKE_N }, () => c.term), like, 2));
    const answer = await index.search(c.term);
    const same = JSON.stringify(answer) === JSON.stringify(await scan.search(c.term));
    console.log(
      `${c.name.padEnd(31)} ${String(answer.questionTotal + answer.leftOut.questions).padStart(7)} ${String(answer.topics.length).padStart(6)} | ${fmt(cold.p50)} ${fmt(cold.p95)} | ${fmt(warm.p50)} ${fmt(warm.p95)} | ${fmt(inProcess.p50)} | ${fmt(likeMs.p50)} | ${(likeMs.p50 / cold.p50).toFixed(0).padStart(13)}× ${(likeMs.p50 / inProcess.p50).toFixed(0).padStart(10)}× | ${same ? 'yes' : 'NO'}`,
    );
  }
}

export async function run(ctx: BenchContext): Promise<void> {
  const generated = `Generated ${QUESTIONS.toLocaleString('nl-NL')} questions in ${TOPICS.toLocaleString('nl-NL')} topics (with index) in`;
  if (ctx.store.engine === 'postgres') {
    const t0 = performance.now();
    await generateLargeKnowledgeBase(ctx.store, { topics: TOPICS, questions: QUESTIONS });
    console.log(`${generated} ${((performance.now() - t0) / 1000).toFixed(1)} s (replacing the bench database's knowledge base)`);
    await measure(ctx.store, ctx.url);
    return;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-bench-kb-'));
  try {
    {
      const store = openStore(dataDir);
      const t0 = performance.now();
      await generateLargeKnowledgeBase(store, { topics: TOPICS, questions: QUESTIONS });
      console.log(`${generated} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      await store.close();
    }
    const server = await startServer({ dataDir, port: 0, demo: false });
    try {
      await measure(server.store, server.url);
    } finally {
      await server.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
