import type pg from 'pg';
import {
  assembleKbResult,
  emptyKbResult,
  KB_QUESTION_LIMIT,
  normalizeTerm,
  orderKbHits,
  type KbSearchResult,
  type KbTopicHit,
} from '../../shared/domain/kbSearch';
import { SEARCH_SEPARATOR } from '../db/migrations/postgres/002_account_search';
import { postgresRunner, type SqlRunner } from '../db/sqlRunner';
import { cacheTopics, MAX_CACHED_TERMS, type CachedTopic } from './kbTopicCache';
import type { KbSearchIndex } from './kbSearchIndex';



/**
 * The PostgreSQL knowledge-base search: the same answers as SqliteKbSearch and the rule itself (ScanKbSearch).
 * Migration postgres/010 keeps one folded document per question (description and keywords, chr(1) between
 * them) with its topic and portal flag, under a pg_trgm GIN index: `doc LIKE kcc_contains(term)` finds the
 * questions containing the term. The database counts them per topic and flag (one query, no rows shipped);
 * only the listed questions (the first KB_QUESTION_LIMIT of the window topics, in their order) are read. Topics
 * stay in memory and answers are cached per term until the change counter ('kb_changed', bumped by statement
 * triggers) moves: the counter lives in the database, so every instance sees another's change at once.
 */
export class PostgresKbSearch implements KbSearchIndex {
  private generationSeen = -1;
  private topics: CachedTopic[] = [];
  private rank = new Map<string, number>();
  private readonly answers = new Map<string, KbSearchResult>();
  private readonly run: SqlRunner;

  constructor(private readonly pool: pg.Pool) {
    this.run = postgresRunner(pool);
  }

  /**
   * The term's statements go unnamed, so each is planned with its term: `kcc_contains(term)` is then folded to
   * a constant the GIN index is searched with. A named statement soon gets PostgreSQL's generic plan, in which
   * the pattern is unknown at plan time; measured 6× slower on a common term.
   */
  private async termQuery<T>(sql: string, values: unknown[]): Promise<T[]> {
    return (await this.pool.query({ text: sql, values })).rows as T[];
  }

  /** Drops the cached topics and answers when anything in the knowledge base changed. */
  private async refresh(): Promise<void> {
    const generation = (await this.run.get<{ last: number }>("SELECT last FROM kb_codes WHERE kind = 'kb_changed'"))?.last ?? 0;
    if (generation === this.generationSeen) return;
    const rows = await this.run.all<{ id: number; code: string; description: string; keywords: string }>('SELECT id, code, description, keywords FROM kb_topics');
    ({ topics: this.topics, rank: this.rank } = cacheTopics(rows));
    this.answers.clear();
    this.generationSeen = generation;
  }

  /** Forgets the cached answers (not the topics): the bench's "first search of a term". */
  clearAnswers(): void {
    this.answers.clear();
  }

  async search(raw: string): Promise<KbSearchResult> {
    const term = normalizeTerm(raw);
    if (term === null) return emptyKbResult();
    // A term not in the cache: its counts are asked for at once, beside the change counter, on a second pool
    // connection (one round trip less; should the cache turn out valid after all, they are dropped).
    const early = this.answers.has(term) ? null : this.countMatches(term);
    early?.catch(() => undefined);
    await this.refresh();
    const cached = this.answers.get(term);
    if (cached) {
      this.answers.delete(term);
      this.answers.set(term, cached);
      return cached;
    }
    const answer = await this.compute(term, await (early ?? this.countMatches(term)));
    if (this.answers.size >= MAX_CACHED_TERMS) this.answers.delete(this.answers.keys().next().value ?? '');
    this.answers.set(term, answer);
    return answer;
  }

  /** The matching questions counted per topic and portal flag. */
  private async countMatches(term: string): Promise<{ topic_id: number; portal: number; n: number }[]> {
    // The separator joins the columns of a document: a term holding it matches no question (as in the rule).
    if (term.includes(SEARCH_SEPARATOR)) return [];
    return this.termQuery('SELECT topic_id, portal, count(*)::integer AS n FROM kb_question_search WHERE doc LIKE kcc_contains($1) GROUP BY topic_id, portal', [term]);
  }

  private async compute(term: string, counts: { topic_id: number; portal: number; n: number }[]): Promise<KbSearchResult> {
    const hits = new Map<number, KbTopicHit>();
    for (const t of this.topics) {
      hits.set(t.id, { code: t.code, description: t.description, selfMatch: t.folded.some((f) => f.includes(term)), portalMatches: 0, hiddenMatches: 0 });
    }
    for (const c of counts) {
      const hit = hits.get(c.topic_id);
      if (!hit) continue;
      if (c.portal === 1) hit.portalMatches += c.n;
      else hit.hiddenMatches += c.n;
    }
    const ordered = orderKbHits(hits.values(), (code) => this.rank.get(code) ?? 0);
    if (ordered.windowTopics.length === 0) return assembleKbResult(ordered, []);
    const idOf = new Map(this.topics.map((t) => [t.code, t.id]));
    const codeOf = new Map(this.topics.map((t) => [t.id, t.code]));
    const windowIds = ordered.windowTopics.map((code) => idOf.get(code) ?? 0);
    // The window's questions in the order shown (topic position, then their own order, then code): the first
    // KB_QUESTION_LIMIT are all the answer lists.
    const rows = await this.termQuery<{ code: string; topic_id: number; description: string; sort_order: number }>(
      `SELECT q.code, q.topic_id, q.description, q.sort_order
         FROM kb_question_search s JOIN kb_questions q ON q.id = s.question_id
        WHERE s.doc LIKE kcc_contains($1) AND s.portal = 1 AND s.topic_id = ANY($2::integer[])
        ORDER BY array_position($2::integer[], s.topic_id), q.sort_order, q.code
        LIMIT ${KB_QUESTION_LIMIT}`,
      [term, windowIds],
    );
    return assembleKbResult(
      ordered,
      rows.map((r) => ({ code: r.code, topicCode: codeOf.get(r.topic_id) ?? '', description: r.description, order: r.sort_order })),
    );
  }
}
