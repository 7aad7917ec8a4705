import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Store } from '../../db/connection';
import { PG_KB_SEARCH_TRIGGERS } from '../../db/migrations/postgres/010_knowledge_base';
import { rebuildKbSearch, suspendKbSearch } from '../../kb/searchIndex';
import { Rng } from '../random';
import { moreQuestions } from './moreQuestions';
import { seedTopics } from './topics';

/** A word that occurs in about one question in ten thousand: the bench's "rare term". */
export const RARE_WORD = 'zonneboiler';
const PLACES = ['Amersfoort', 'Zwolle', 'Leeuwarden', 'Deventer', 'Almere', 'Tilburg', 'Breda', 'Enschede', 'Assen', 'Hoorn', 'Gouda', 'Venlo', 'Delft', 'Alkmaar', 'Emmen', 'Heerlen'];
const BUILDINGS = ['portiekflat', 'galerijflat', 'eengezinswoning', 'seniorenwoning', 'studio', 'maisonnette', 'benedenwoning', 'bovenwoning'];
const SITUATIONS = ['na de renovatie', 'sinds vorige week', 'in de winter', 'bij harde wind', 'na een verhuizing', 'tijdens de vakantie', 'in het nieuwe complex', 'na de keuring'];

export interface LargeKbOptions {
  topics: number;
  questions: number;
  seed?: number;
}

interface LargeKb {
  topics: { id: number; code: string; description: string; keywords: string; sort_order: number }[];
  questions: { id: number; topic_id: number; portal: number; sort_order: number; code: string; description: string; keywords: string }[];
}

const ANSWER = 'Zie het advies.';

/**
 * The rows of a generated knowledge base of `questions` questions over `topics` topics for the search bench: the
 * demo questions with places, dwellings and situations mixed in (so common words stay common), a rare word in
 * one question per 10,000, every eighth question internal-only. Deterministic for a seed, the same on both engines.
 */
function largeKnowledgeBase(opts: LargeKbOptions): LargeKb {
  const rng = new Rng(opts.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[rng.u32() % list.length] as T;
  const base = seedTopics.flatMap((t) => [...t.questions, ...(moreQuestions[t.description] ?? [])].map((q) => q.replace(/^!/, '')));
  const kb: LargeKb = { topics: [], questions: [] };
  for (let t = 1; t <= opts.topics; t++) {
    const seedTopic = seedTopics[(t - 1) % seedTopics.length];
    const round = Math.floor((t - 1) / seedTopics.length);
    const description = round === 0 ? (seedTopic?.description ?? `Onderwerp ${t}`) : `${seedTopic?.description ?? 'Onderwerp'} ${pick(PLACES)} ${round}`;
    kb.topics.push({ id: t, code: `KBO-${String(t).padStart(5, '0')}`, description, keywords: JSON.stringify(seedTopic?.keywords ?? []), sort_order: t });
  }
  const perTopic = new Map<number, number>();
  for (let i = 1; i <= opts.questions; i++) {
    const topicId = 1 + (rng.u32() % opts.topics);
    const order = (perTopic.get(topicId) ?? 0) + 1;
    perTopic.set(topicId, order);
    let text = `${pick(base).replace(/[?.]$/, '')} (${pick(BUILDINGS)} in ${pick(PLACES)}, ${pick(SITUATIONS)})`;
    if (i % 10_000 === 4_321) text += ` met ${RARE_WORD}`;
    const keywords = rng.u32() % 4 === 0 ? [pick(BUILDINGS), pick(PLACES).toLowerCase()] : [];
    kb.questions.push({ id: i, topic_id: topicId, portal: i % 8 === 0 ? 0 : 1, sort_order: order, code: `KBK-${String(i).padStart(5, '0')}`, description: text, keywords: JSON.stringify(keywords) });
  }
  return kb;
}

/** SQLite: raw statements in one transaction, the FTS5 index built once at the end. */
function loadSqlite(db: Database.Database, kb: LargeKb): void {
  suspendKbSearch(db);
  try {
    db.transaction(() => {
      db.exec('DELETE FROM kb_questions; DELETE FROM kb_topics;');
      const topic = db.prepare('INSERT INTO kb_topics (id, code, description, keywords, sort_order) VALUES (?, ?, ?, ?, ?)');
      const question = db.prepare(
        'INSERT INTO kb_questions (id, topic_id, portal, sort_order, code, description, keywords, internal, external, answer) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, ?)',
      );
      for (const t of kb.topics) topic.run(t.id, t.code, t.description, t.keywords, t.sort_order);
      for (const q of kb.questions) question.run(q.id, q.topic_id, q.portal, q.sort_order, q.code, q.description, q.keywords, ANSWER);
      db.prepare("UPDATE kb_codes SET last = ? WHERE kind = 'topic'").run(kb.topics.length);
      db.prepare("UPDATE kb_codes SET last = ? WHERE kind = 'question'").run(kb.questions.length);
    })();
  } finally {
    rebuildKbSearch(db);
  }
  db.exec('ANALYZE kb_questions');
}

/** PostgreSQL: one transaction of unnest() inserts with the search trigger off, the document table refilled once. */
async function loadPostgres(pool: pg.Pool, kb: LargeKb): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    for (const trigger of PG_KB_SEARCH_TRIGGERS) await c.query(`ALTER TABLE kb_questions DISABLE TRIGGER ${trigger}`);
    await c.query('TRUNCATE kb_question_search, kb_questions, kb_topics');
    const col = <T, K extends keyof T>(rows: readonly T[], k: K) => rows.map((r) => r[k]);
    await c.query(
      `INSERT INTO kb_topics (id, code, description, keywords, sort_order)
       SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::jsonb[], $5::integer[])`,
      [col(kb.topics, 'id'), col(kb.topics, 'code'), col(kb.topics, 'description'), col(kb.topics, 'keywords'), col(kb.topics, 'sort_order')],
    );
    for (let at = 0; at < kb.questions.length; at += 20_000) {
      const part = kb.questions.slice(at, at + 20_000);
      await c.query(
        `INSERT INTO kb_questions (id, topic_id, portal, sort_order, code, description, keywords, internal, external, answer)
         SELECT id, topic_id, portal, sort_order, code, description, keywords, 1, 0, $8
           FROM unnest($1::integer[], $2::integer[], $3::integer[], $4::integer[], $5::text[], $6::text[], $7::jsonb[])
             AS r(id, topic_id, portal, sort_order, code, description, keywords)`,
        [col(part, 'id'), col(part, 'topic_id'), col(part, 'portal'), col(part, 'sort_order'), col(part, 'code'), col(part, 'description'), col(part, 'keywords'), ANSWER],
      );
    }
    await c.query("UPDATE kb_codes SET last = $1 WHERE kind = 'topic'", [kb.topics.length]);
    await c.query("UPDATE kb_codes SET last = $1 WHERE kind = 'question'", [kb.questions.length]);
    await c.query('SELECT kcc_kb_question_search_rebuild()');
    for (const trigger of PG_KB_SEARCH_TRIGGERS) await c.query(`ALTER TABLE kb_questions ENABLE TRIGGER ${trigger}`);
    // The ids were given: the identities continue after them.
    for (const table of ['kb_topics', 'kb_questions']) await c.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    await c.query('COMMIT');
  } catch (error) {
    await c.query('ROLLBACK');
    throw error;
  } finally {
    c.release();
  }
  await pool.query('ANALYZE kb_topics, kb_questions, kb_question_search');
}

/**
 * Replaces the knowledge base with a generated one (see largeKnowledgeBase), on either engine, the search index
 * built once after the load.
 */
export async function generateLargeKnowledgeBase(store: Store, opts: LargeKbOptions): Promise<{ topics: number; questions: number }> {
  const kb = largeKnowledgeBase(opts);
  if (store.engine === 'sqlite') loadSqlite(store.sqlite, kb);
  else await loadPostgres(store.pool, kb);
  return { topics: kb.topics.length, questions: kb.questions.length };
}
