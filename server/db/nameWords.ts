import type { SqlArg } from './sqlRunner';

/**
 * PostgreSQL: a lower bound of the documents holding the one phrase in `terms`, from the household names' words (migration
 * postgres/017): documents with a name word starting with the folded term, counted among the first `scan` words of
 * that range (index-only). At least the cap of them proves a common term without counting its matches through the
 * trigram index, which costs a recheck per match. A term with a space or punctuation starts no word: 0, and the
 * index counts. `scan` a little past the cap: a document met twice (two of its name words start with the term) only
 * makes the bound smaller. For a statement prepared once (the term's folding is an InitPlan, see trigramPhrase.ts).
 */
export function nameWordBound(kind: 'customer' | 'account', terms: readonly string[], scan: number): { sql: string; params: SqlArg[] } {
  const [term] = terms;
  // Several phrases (each must hold): no single word range bounds their common documents.
  if (terms.length !== 1 || term === undefined) return { sql: 'SELECT 0 AS n', params: [] };
  const id = kind === 'customer' ? 'household_id' : 'account_id';
  return {
    sql: `SELECT count(DISTINCT id)::int AS n FROM (SELECT ${id} AS id FROM ${kind}_name_words
      WHERE word >= (SELECT kcc_fold(?::text)) AND word < (SELECT kcc_fold(?::text) || chr(1114111)) LIMIT ${scan}) x`,
    params: [term, term],
  };
}
