// Migration 015 for PostgreSQL: punctuation that e-mail addresses and usernames hold ('.', '_', '@') becomes part of
// the trigram index key. pg_trgm takes only letters and digits into a trigram, so "an.wisn" asked for the trigrams of
// "an" and "wisn" separately and left ~1,400 candidates at 1 M households to recheck for ~24 matches, where FTS5's
// trigrams keep the punctuation. The index now covers `kcc_trgm_key(doc)`, the document with '.' → 'q', '_' → 'x',
// '@' → 'z' (one character for one, so a phrase found in a document is found in its key; letters rare beside
// those, and a different one each: "rnelis." must not fetch every "cornelis_" and "cornelis@"): "an.wisn" →
// "anqwisn", as selective as any 7-letter word. The key can match where the text does not (a typed "anqwisn"), so
// such phrases are also checked on the document itself (server/db/trigramPhrase.ts). '-' stays a word break:
// customer numbers hold it, and "hm-000123" must keep driving the index by its digits alone.

export const SEARCH_KEY_INDEXES = {
  account: 'CREATE INDEX IF NOT EXISTS account_search_key ON account_search USING gin (kcc_trgm_key(doc) gin_trgm_ops)',
  customer: 'CREATE INDEX IF NOT EXISTS customer_search_key ON customer_search USING gin (kcc_trgm_key(doc) gin_trgm_ops)',
} as const;

export default /* sql */ `
-- Three replace() rather than one translate(): the index rechecks every candidate row through this, and translate
-- took ~7 µs per document against ~0.4 µs (1 M households, 200,000 documents: 1.44 s against 0.13 s).
CREATE FUNCTION kcc_trgm_key(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT replace(replace(replace(t, '.', 'q'), '_', 'x'), '@', 'z') COLLATE "C" $$;
-- The LIKE pattern of one phrase against the key: folded like the document, mapped like the key, then escaped.
CREATE FUNCTION kcc_key_contains(phrase text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT '%' || replace(replace(kcc_trgm_key(kcc_fold(phrase)), '\\', '\\\\'), '%', '\\%') || '%' $$;

DROP INDEX IF EXISTS account_search_doc;
DROP INDEX IF EXISTS customer_search_doc;
${SEARCH_KEY_INDEXES.account};
${SEARCH_KEY_INDEXES.customer};
`;
