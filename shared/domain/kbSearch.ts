/**
 * The portal's knowledge-base search rules (seed 001 §2.4), one implementation for the editor's preview, the
 * staff endpoint GET /kb/search and the tenant endpoint GET /portal/kb/search:
 *  - a topic matches when its description, or one of its keywords, contains the term;
 *  - a question matches when its description, or one of its keywords, contains the term — and it only counts
 *    when it is flagged for the portal (internal-only questions never show);
 *  - the result lists, alphabetically, the topics that match themselves or hold at least one matching portal
 *    question, each with "(n items gevonden)" = its matching portal questions;
 *  - "contains" ignores case and accents ("Renovatie" finds "renovátie") and needs at least KB_MIN_TERM
 *    characters (shorter terms find nothing: the trigram index cannot look them up, and "a" would match all).
 * The server's index (FTS5 trigram) only finds the candidate questions fast; ordering, counting and the
 * question window are done here, by `assembleKbResult`, for both paths.
 */
export const KB_MIN_TERM = 3;
/** Questions listed in one answer (the counts cover all of them; `questionTotal` says how many there are). */
export const KB_QUESTION_LIMIT = 200;

/** Case- and accent-folded text: what "contains" compares. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The term as searched: trimmed, inner whitespace collapsed, folded; null when too short to search. */
export function normalizeTerm(raw: string): string | null {
  const term = foldText(raw.trim().replace(/\s+/g, ' '));
  return [...term].length >= KB_MIN_TERM ? term : null;
}

/** The description or one keyword (each on its own: a term never spans two keywords) contains the term. */
export function textOrKeywordsMatch(description: string, keywords: readonly string[], term: string): boolean {
  return foldText(description).includes(term) || keywords.some((k) => foldText(k).includes(term));
}

export interface KbSearchTopic {
  code: string;
  description: string;
  keywords: readonly string[];
}

export interface KbSearchQuestion {
  code: string;
  topicCode: string;
  description: string;
  keywords: readonly string[];
  portal: boolean;
  /** Position within its topic. */
  order: number;
}

/** One topic's matches before ordering: whether it matched itself, and its matching questions by flag. */
export interface KbTopicHit {
  code: string;
  description: string;
  selfMatch: boolean;
  portalMatches: number;
  /** Matching questions not flagged for the portal (left out; the staff preview mentions them). */
  hiddenMatches: number;
}

export interface KbFoundTopic {
  code: string;
  description: string;
  matches: number;
}

export interface KbFoundQuestion {
  code: string;
  topicCode: string;
  description: string;
}

export interface KbSearchResult {
  topics: KbFoundTopic[];
  /** The matching portal questions in the order shown (topic by topic), at most KB_QUESTION_LIMIT. */
  questions: KbFoundQuestion[];
  /** All matching portal questions (the sum of the topics' counts). */
  questionTotal: number;
  /** What the portal leaves out because it is not flagged for the portal (staff preview only). */
  leftOut: { questions: number; topics: KbFoundTopic[] };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Alphabetical as the portal lists topics; the code decides between equal descriptions. */
export function compareTopics(a: { code: string; description: string }, b: { code: string; description: string }): number {
  return collator.compare(a.description, b.description) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * The ordered topics of a result and which of them the question window needs (in order). `rank` may give each
 * topic's place in compareTopics order, worked out beforehand (the server does so once per change of the
 * topics, instead of comparing with the collator on every search); the order is the same either way.
 */
export function orderKbHits(
  hits: Iterable<KbTopicHit>,
  rank?: (code: string) => number,
): { topics: KbFoundTopic[]; leftOut: KbSearchResult['leftOut']; questionTotal: number; windowTopics: string[] } {
  const shown: KbTopicHit[] = [];
  const hidden: KbTopicHit[] = [];
  let hiddenQuestions = 0;
  for (const h of hits) {
    hiddenQuestions += h.hiddenMatches;
    if (h.selfMatch || h.portalMatches > 0) shown.push(h);
    else if (h.hiddenMatches > 0) hidden.push(h);
  }
  const order = rank ? (a: KbTopicHit, b: KbTopicHit) => rank(a.code) - rank(b.code) : compareTopics;
  shown.sort(order);
  hidden.sort(order);
  const windowTopics: string[] = [];
  let taken = 0;
  let questionTotal = 0;
  for (const h of shown) {
    questionTotal += h.portalMatches;
    if (taken < KB_QUESTION_LIMIT && h.portalMatches > 0) {
      windowTopics.push(h.code);
      taken += h.portalMatches;
    }
  }
  const found = (h: KbTopicHit): KbFoundTopic => ({ code: h.code, description: h.description, matches: h.portalMatches });
  const hiddenFound = (h: KbTopicHit): KbFoundTopic => ({ code: h.code, description: h.description, matches: h.hiddenMatches });
  return { topics: shown.map(found), leftOut: { questions: hiddenQuestions, topics: hidden.map(hiddenFound) }, questionTotal, windowTopics };
}

/**
 * The answer from the topic hits and the matching portal questions of `windowTopics` (at least those; any
 * order): both the pure search below and the server's index path end here.
 */
export function assembleKbResult(
  ordered: ReturnType<typeof orderKbHits>,
  windowQuestions: readonly Pick<KbSearchQuestion, 'code' | 'topicCode' | 'description' | 'order'>[],
): KbSearchResult {
  const position = new Map(ordered.windowTopics.map((code, i) => [code, i]));
  const questions = windowQuestions
    .filter((q) => position.has(q.topicCode))
    .sort((a, b) => (position.get(a.topicCode) ?? 0) - (position.get(b.topicCode) ?? 0) || a.order - b.order || (a.code < b.code ? -1 : 1))
    .slice(0, KB_QUESTION_LIMIT)
    .map((q) => ({ code: q.code, topicCode: q.topicCode, description: q.description }));
  return { topics: ordered.topics, questions, questionTotal: ordered.questionTotal, leftOut: ordered.leftOut };
}

export const emptyKbResult = (): KbSearchResult => ({ topics: [], questions: [], questionTotal: 0, leftOut: { questions: 0, topics: [] } });

/** The rule itself, over the whole knowledge base in memory (the editor's preview, the reference for the index). */
export function searchKb(topics: readonly KbSearchTopic[], questions: readonly KbSearchQuestion[], rawTerm: string): KbSearchResult {
  const term = normalizeTerm(rawTerm);
  if (term === null) return emptyKbResult();
  const hits = new Map<string, KbTopicHit>(
    topics.map((t) => [t.code, { code: t.code, description: t.description, selfMatch: textOrKeywordsMatch(t.description, t.keywords, term), portalMatches: 0, hiddenMatches: 0 }]),
  );
  const matching: KbSearchQuestion[] = [];
  for (const q of questions) {
    const hit = hits.get(q.topicCode);
    if (!hit || !textOrKeywordsMatch(q.description, q.keywords, term)) continue;
    if (q.portal) {
      hit.portalMatches += 1;
      matching.push(q);
    } else hit.hiddenMatches += 1;
  }
  return assembleKbResult(orderKbHits(hits.values()), matching);
}

/** Where the term occurs in `text` (for highlighting a snippet), in positions of the original text; null if not. */
export function findTermRange(text: string, rawTerm: string): [number, number] | null {
  const term = normalizeTerm(rawTerm);
  if (term === null) return null;
  // Fold character by character so positions in the folded text map back onto the original.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldText(text[i] ?? '');
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
  }
  const at = folded.indexOf(term);
  if (at < 0) return null;
  const start = origin[at] ?? 0;
  const end = (origin[at + term.length - 1] ?? start) + 1;
  return [start, end];
}
