import type Database from 'better-sqlite3';
import {
  assembleKbResult,
  emptyKbResult,
  normalizeTerm,
  orderKbHits,
  type KbSearchResult,
  type KbTopicHit,
} from '../../shared/domain/kbSearch';
import { KB_ROWID_PORTAL_BIT } from '../db/migrations/010_knowledge_base';
import type { KbSearchIndex } from './kbSearchIndex';
import { cacheTopics, MAX_CACHED_TERMS, type CachedTopic } from './kbTopicCache';

/** The term as one FTS5 phrase: trigram turns it into "contains", case- and accent-insensitive. */
export function kbPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}


const PORTAL_UNIT = 2 ** KB_ROWID_PORTAL_BIT;

/**
 * The SQLite knowledge-base search for a few hundred thousand questions. The FTS5 trigram index of migration
 * 010 finds the questions containing the term; its rowid carries topic, portal flag and question id, so one
 * pass over the matching rowids — no table lookups — gives the per-topic counts and the questions to list
 * (the first KB_QUESTION_LIMIT, topic by topic); only those are read from kb_questions. The topics (a few
 * hundred) stay in memory, folded and ranked alphabetically, and whole answers are cached per term, until the
 * change counter ('kb_changed', bumped by triggers on every write) moves. Matching topics, ordering, counting
 * and the window are shared/domain/kbSearch.ts: the same code as the preview and the scan.
 */
export class SqliteKbSearch implements KbSearchIndex {
  private generationSeen = -1;
  private topics: CachedTopic[] = [];
  private rank = new Map<string, number>();
  private readonly answers = new Map<string, KbSearchResult>();
  private readonly generation: Database.Statement<[], { last: number }>;
  private readonly topicRows: Database.Statement<[], { id: number; code: string; description: string; keywords: string }>;
  private readonly matches: Database.Statement<[string], number>;
  private readonly questions: Database.Statement<[string], { id: number; code: string; description: string; sort_order: number }>;

  constructor(db: Database.Database) {
    this.generation = db.prepare("SELECT last FROM kb_codes WHERE kind = 'kb_changed'");
    this.topicRows = db.prepare('SELECT id, code, description, keywords FROM kb_topics');
    // pluck(): rowids as plain numbers (the typings cannot follow pluck's change of row type).
    this.matches = db.prepare('SELECT rowid FROM kb_question_search WHERE kb_question_search MATCH ?').pluck() as unknown as Database.Statement<[string], number>;
    this.questions = db.prepare('SELECT id, code, description, sort_order FROM kb_questions WHERE id IN (SELECT value FROM json_each(?))');
  }

  /** Drops the cached topics and answers when anything in the knowledge base changed. */
  private refresh(): void {
    const generation = this.generation.get()?.last ?? 0;
    if (generation === this.generationSeen) return;
    ({ topics: this.topics, rank: this.rank } = cacheTopics(this.topicRows.all()));
    this.answers.clear();
    this.generationSeen = generation;
  }

  /** Forgets the cached answers (not the topics): the bench's "first search of a term". */
  clearAnswers(): void {
    this.answers.clear();
  }

  search(raw: string): KbSearchResult {
    const term = normalizeTerm(raw);
    if (term === null) return emptyKbResult();
    this.refresh();
    const cached = this.answers.get(term);
    if (cached) {
      // Most recently used last: the oldest entry is the one dropped when full.
      this.answers.delete(term);
      this.answers.set(term, cached);
      return cached;
    }
    const answer = this.compute(term);
    if (this.answers.size >= MAX_CACHED_TERMS) this.answers.delete(this.answers.keys().next().value ?? '');
    this.answers.set(term, answer);
    return answer;
  }

  private compute(term: string): KbSearchResult {
    const hits = new Map<number, KbTopicHit>();
    for (const t of this.topics) {
      hits.set(t.id, { code: t.code, description: t.description, selfMatch: t.folded.some((f) => f.includes(term)), portalMatches: 0, hiddenMatches: 0 });
    }
    const rowids = this.matches.all(kbPhrase(term));
    for (const rowid of rowids) {
      const key = Math.floor(rowid / PORTAL_UNIT);
      const hit = hits.get(Math.floor(key / 2));
      if (!hit) continue;
      if (key % 2 === 1) hit.portalMatches += 1;
      else hit.hiddenMatches += 1;
    }
    const ordered = orderKbHits(hits.values(), (code) => this.rank.get(code) ?? 0);
    if (ordered.windowTopics.length === 0) return assembleKbResult(ordered, []);
    // The listed questions: the portal matches of the window topics (same pass, from the rowids).
    const window = new Set(ordered.windowTopics);
    const codeOf = new Map(this.topics.map((t) => [t.id, t.code]));
    const topicOfQuestion = new Map<number, string>();
    for (const rowid of rowids) {
      const key = Math.floor(rowid / PORTAL_UNIT);
      if (key % 2 !== 1) continue;
      const code = codeOf.get(Math.floor(key / 2));
      if (code !== undefined && window.has(code)) topicOfQuestion.set(rowid % PORTAL_UNIT, code);
    }
    const rows = this.questions.all(JSON.stringify([...topicOfQuestion.keys()]));
    return assembleKbResult(
      ordered,
      rows.map((r) => ({ code: r.code, topicCode: topicOfQuestion.get(r.id) ?? '', description: r.description, order: r.sort_order })),
    );
  }
}
