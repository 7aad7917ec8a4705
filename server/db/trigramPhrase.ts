import type { SqlArg } from './sqlRunner';

/**
 * The PostgreSQL condition "the folded search document `doc` contains `phrase`" (FTS5 trigram phrase semantics:
 * substring, case and accents ignored), shaped so the pg_trgm GIN index stays cheap.
 *
 * The index covers the document's key, `kcc_trgm_key(doc)`: '.', '_' and '@' turned into 'q', 'x', 'z', so an e-mail part's
 * trigrams run across its punctuation as FTS5's do (migration postgres/015). A key can match where the document does
 * not (a typed "anqwisn" finds "an.wisn"): then the document itself is checked too, by `strpos` (exact,
 * byte-wise on the folded text, like LIKE under COLLATE "C"; not indexable, so it never widens the index scan).
 *
 * pg_trgm turns a LIKE pattern into trigrams, padding every word boundary inside it: "hm-000123" asks for
 * "hm " and " 00", which nearly every customer document holds (the customer number column), so the index scan
 * walks posting lists of a million entries (~5 ms at 1 M households) to find one row. When the phrase has a
 * short word beside a long one (5+ characters), only the long one drives the index (`key LIKE '%000123%'`,
 * trigrams inside one word only), and the whole phrase is checked on those candidates. Same rows: a document
 * holding the phrase holds every part of it.
 */
export function trigramPhrase(doc: string, phrase: string, opts: { prepared?: boolean } = {}): { sql: string; params: SqlArg[] } {
  const core = indexCore(phrase);
  const fn = termFunction(opts);
  const key = `kcc_trgm_key(${doc}) LIKE ${fn('kcc_key_contains')}`;
  if (core === null && !keyMayDiffer(phrase)) return { sql: key, params: [phrase] };
  return { sql: `${key} AND strpos(${doc}, ${fn('kcc_fold')}) > 0`, params: [core ?? phrase, phrase] };
}

/**
 * How a term's folding enters the SQL. Planned per call (the default), `kcc_fold(?)` is folded to a constant the
 * planner sees. In a statement prepared once (`prepared`), PostgreSQL's generic plan would keep `kcc_fold($1)` as an
 * expression run on every rechecked row; as an uncorrelated subquery it runs once per execution (an InitPlan) and
 * the index takes its result as the runtime key — the plan does not depend on the term, so the statement need not
 * be planned per call (at 1 M households planning such a lookup took 0.5–2 ms of a 1–6 ms execution).
 */
function termFunction(opts: { prepared?: boolean }): (name: string) => string {
  return opts.prepared ? (name) => `(SELECT ${name}(?::text))` : (name) => `${name}(?)`;
}

/**
 * Whether a key match may not be a document match: the phrase holds a character the key maps or maps to, or a
 * character the folding (unaccent) might turn into one. Otherwise key and document match alike.
 */
function keyMayDiffer(phrase: string): boolean {
  return /[qxzQXZ._@]|[^\x20-\x7e]/.test(phrase);
}

/**
 * The longest word — a run of letters, digits and the key's punctuation — when the phrase also holds other words
 * and that one has 5+ characters.
 */
export function indexCore(phrase: string): string | null {
  const runs = phrase.match(/[\p{L}\p{N}._@]+/gu) ?? [];
  if (runs.length < 2) return null;
  const longest = runs.reduce((a, b) => ([...b].length > [...a].length ? b : a));
  return [...longest].length >= 5 ? longest : null;
}

/**
 * The exact condition alone, for walking documents in id order (no index involved): cheaper per document than
 * the key's LIKE, which maps the document first.
 */
export function docHolds(doc: string, phrase: string, opts: { prepared?: boolean } = {}): { sql: string; params: SqlArg[] } {
  return { sql: `strpos(${doc}, ${termFunction(opts)('kcc_fold')}) > 0`, params: [phrase] };
}
