import type { Kysely } from 'kysely';
import { searchKb, type KbSearchResult } from '../../shared/domain/kbSearch';
import type { Store } from '../db/connection';
import type { DB } from '../db/schema';
import { parseJsonArray } from './json';
import { PostgresKbSearch } from './postgresKbSearch';
import { SqliteKbSearch } from './sqliteKbSearch';

/**
 * The knowledge-base search as the portal does it (shared/domain/kbSearch.ts), behind one engine-neutral
 * interface: each engine finds the candidate questions its own fast way (SQLite: FTS5 trigram; PostgreSQL: a
 * pg_trgm document table, counted in SQL) and hands them to the shared rules for counting and ordering.
 * `ScanKbSearch` is the rule over everything, portable SQL only: the reference the indexes are tested against.
 */
export interface KbSearchIndex {
  search(term: string): KbSearchResult | Promise<KbSearchResult>;
}

/** Loads the whole knowledge base and applies the shared rule (tests, small data, other engines). */
export class ScanKbSearch implements KbSearchIndex {
  constructor(private readonly db: Kysely<DB>) {}

  async search(term: string): Promise<KbSearchResult> {
    const topics = await this.db.selectFrom('kb_topics').select(['id', 'code', 'description', 'keywords']).execute();
    const codeOf = new Map(topics.map((t) => [t.id, t.code]));
    const questions = await this.db.selectFrom('kb_questions').select(['code', 'topic_id', 'description', 'keywords', 'portal', 'sort_order']).execute();
    return searchKb(
      topics.map((t) => ({ code: t.code, description: t.description, keywords: parseJsonArray<string>(t.keywords) })),
      questions.map((q) => ({
        code: q.code,
        topicCode: codeOf.get(q.topic_id) ?? '',
        description: q.description,
        keywords: parseJsonArray<string>(q.keywords),
        portal: q.portal === 1,
        order: q.sort_order,
      })),
      term,
    );
  }
}

// One index per open database: its prepared statements are made once, not per request.
const indexes = new WeakMap<Store, KbSearchIndex>();

export function kbSearchIndex(store: Store): KbSearchIndex {
  let index = indexes.get(store);
  if (!index) {
    index = store.engine === 'sqlite' ? new SqliteKbSearch(store.sqlite) : new PostgresKbSearch(store.pool);
    indexes.set(store, index);
  }
  return index;
}
