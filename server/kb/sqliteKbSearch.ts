import type Database from 'better-sqlite3';
import {
  assembleKbResult,
  emptyKbResult,
  normalizeTerm,
  orderKbHits,
  textOrKeywordsMatch,
  type KbSearchResult,
  type KbTopicHit,
} from '../../shared/domain/kbSearch';
import type { KbSearchIndex } from './kbSearchIndex';
import { parseJsonArray } from './json';

/** The term as one FTS5 phrase: trigram turns it into "contains", case- and accent-insensitive. */
export function kbPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * The SQLite knowledge-base search for up to a few hundred thousand questions: the FTS5 trigram index
 * (migration 010) gives the matching questions' per-topic counts in one grouped query over a covering
 * index, and a second query fetches only the questions the answer lists (the first KB_QUESTION_LIMIT, topic
 * by topic). Topics are few; they are matched with the shared rule itself. Ordering, counts and the window
 * come from shared/domain/kbSearch.ts, the same code the preview and the scan use.
 */
export class SqliteKbSearch implements KbSearchIndex {
  private readonly topics: Database.Statement<[], { id: number; code: string; description: string; keywords: string }>;
  private readonly counts: Database.Statement<[string], { topic_id: number; portal: number; n: number }>;
  private readonly window: Database.Statement<[string, string], { code: string; topic_id: number; description: string; sort_order: number }>;

  constructor(db: Database.Database) {
    this.topics = db.prepare('SELECT id, code, description, keywords FROM kb_topics');
    this.counts = db.prepare(
      `SELECT q.topic_id, q.portal, count(*) AS n FROM kb_question_search s JOIN kb_questions q INDEXED BY kb_questions_search ON q.id = s.rowid
       WHERE kb_question_search MATCH ? GROUP BY q.topic_id, q.portal`,
    );
    this.window = db.prepare(
      `SELECT q.code, q.topic_id, q.description, q.sort_order FROM kb_question_search s JOIN kb_questions q ON q.id = s.rowid
       WHERE kb_question_search MATCH ? AND q.portal = 1 AND q.topic_id IN (SELECT value FROM json_each(?))`,
    );
  }

  search(raw: string): KbSearchResult {
    const term = normalizeTerm(raw);
    if (term === null) return emptyKbResult();
    const phrase = kbPhrase(term);
    const hits = new Map<number, KbTopicHit>();
    for (const t of this.topics.all()) {
      hits.set(t.id, { code: t.code, description: t.description, selfMatch: textOrKeywordsMatch(t.description, parseJsonArray<string>(t.keywords), term), portalMatches: 0, hiddenMatches: 0 });
    }
    for (const c of this.counts.all(phrase)) {
      const hit = hits.get(c.topic_id);
      if (!hit) continue;
      if (c.portal === 1) hit.portalMatches += c.n;
      else hit.hiddenMatches += c.n;
    }
    const ordered = orderKbHits(hits.values());
    if (ordered.windowTopics.length === 0) return assembleKbResult(ordered, []);
    const idOf = new Map([...hits].map(([id, h]) => [h.code, id]));
    const codeOf = new Map([...hits].map(([id, h]) => [id, h.code]));
    const rows = this.window.all(phrase, JSON.stringify(ordered.windowTopics.map((c) => idOf.get(c))));
    return assembleKbResult(
      ordered,
      rows.map((r) => ({ code: r.code, topicCode: codeOf.get(r.topic_id) ?? '', description: r.description, order: r.sort_order })),
    );
  }
}
