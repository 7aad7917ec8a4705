import type { SqlArg } from './sqlRunner';

/**
 * The PostgreSQL condition "the folded search document `doc` contains `phrase`" (FTS5 trigram phrase semantics:
 * substring, case and accents ignored), shaped so the pg_trgm GIN index stays cheap.
 *
 * pg_trgm turns a LIKE pattern into trigrams, padding every word boundary inside it: "hm-000123" asks for
 * "hm " and " 00", which nearly every customer document holds (the customer number column), so the index scan
 * walks posting lists of a million entries (~5 ms at 1 M households) to find one row. When the phrase has a
 * short word beside a long one (5+ characters), only the long one drives the index (`doc LIKE '%000123%'`,
 * trigrams inside one word only), and the whole phrase is checked on those candidates by `strpos` (exact,
 * byte-wise on the folded text, like LIKE under COLLATE "C"; not indexable, so it never widens the index scan).
 * Same rows: a document holding the phrase holds every part of it.
 */
export function trigramPhrase(doc: string, phrase: string): { sql: string; params: SqlArg[] } {
  const core = indexCore(phrase);
  if (core === null) return { sql: `${doc} LIKE kcc_contains(?)`, params: [phrase] };
  return { sql: `${doc} LIKE kcc_contains(?) AND strpos(${doc}, kcc_fold(?)) > 0`, params: [core, phrase] };
}

/** The longest run of letters/digits when the phrase also holds other runs and that one has 5+ characters. */
export function indexCore(phrase: string): string | null {
  const runs = phrase.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (runs.length < 2) return null;
  const longest = runs.reduce((a, b) => ([...b].length > [...a].length ? b : a));
  return [...longest].length >= 5 ? longest : null;
}
