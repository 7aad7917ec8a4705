import { compareTopics, foldText } from '../../shared/domain/kbSearch';
import { parseJsonArray } from './json';

/** A topic as both engines' searches keep it in memory (topics are few; questions stay in the database). */
export interface CachedTopic {
  id: number;
  code: string;
  description: string;
  /** Folded description and keywords, for the shared "contains". */
  folded: string[];
}

/** Answers kept per term until the knowledge base changes (portal searches repeat: "huur", "reparatie"). */
export const MAX_CACHED_TERMS = 2_000;

/** The topics folded for matching, and each topic code's place in the shared topic order. */
export function cacheTopics(rows: readonly { id: number; code: string; description: string; keywords: string }[]): {
  topics: CachedTopic[];
  rank: Map<string, number>;
} {
  const topics = rows.map((t) => ({
    id: t.id,
    code: t.code,
    description: t.description,
    folded: [t.description, ...parseJsonArray<string>(t.keywords)].map(foldText),
  }));
  return { topics, rank: new Map([...topics].sort(compareTopics).map((t, i) => [t.code, i])) };
}
