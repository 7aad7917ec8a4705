// Migration 017 for PostgreSQL: the words of each search document's household name, in a B-tree, so a lookup can
// tell a common name (more matches than the count's cap of 1,000) without counting its matches one by one.
//
// FTS5 hands out a trigram phrase's matches in rowid order and stops at the cap; pg_trgm's GIN index only builds
// the whole bitmap of candidates and rechecks each, so counting "janssen" (8,716 matches at 1 M households) to
// 1,001 took ~4 of the lookup's ~5 ms. A document with a name word starting with the term holds the term, so
// "1,001 such documents" proves "more than the cap" — from an index range of the name words, in well under a
// millisecond. Fewer (a rare name, a street, an e-mail part, several words) and the index counts as before: a lower
// bound, so the answer is the same either way (tests/integration/postgres/searchParity.test.ts).
// The words are kept by statement triggers on the search documents, so every way a document changes (the put and
// rebuild functions of 002/003, cascades) keeps them; the bulk seed refills them once (server/seed/postgresSeed.ts).

/** Which part of each document is the household name (documents: 002 and 003, parts separated by chr(1)). */
const NAME_PART = { customer: 2, account: 4 } as const;

export const NAME_WORD_INDEXES = {
  customer: 'CREATE UNIQUE INDEX IF NOT EXISTS customer_name_words_key ON customer_name_words (word, household_id)',
  account: 'CREATE UNIQUE INDEX IF NOT EXISTS account_name_words_key ON account_name_words (word, account_id)',
} as const;

/** Refills a words table from its documents in one statement (the seed, after its bulk load; the migration). */
export const NAME_WORD_FILLS = {
  customer: `TRUNCATE customer_name_words; INSERT INTO customer_name_words (word, household_id)
    SELECT w, s.household_id FROM customer_search s, kcc_name_words(s.doc, ${NAME_PART.customer}) w`,
  account: `TRUNCATE account_name_words; INSERT INTO account_name_words (word, account_id)
    SELECT w, s.account_id FROM account_search s, kcc_name_words(s.doc, ${NAME_PART.account}) w`,
} as const;

function wordTriggers(kind: 'customer' | 'account', id: 'household_id' | 'account_id'): string {
  const words = `${kind}_name_words`;
  const docs = `${kind}_search`;
  const part = NAME_PART[kind];
  const add = `INSERT INTO ${words} (word, ${id}) SELECT w, a.${id} FROM added a, kcc_name_words(a.doc, ${part}) w ON CONFLICT DO NOTHING;`;
  const drop = `DELETE FROM ${words} n USING (SELECT g.${id}, w FROM gone g, kcc_name_words(g.doc, ${part}) w) o
    WHERE n.word = o.w AND n.${id} = o.${id};`;
  return /* sql */ `
CREATE FUNCTION kcc_${words}_added() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${add} RETURN NULL; END $$;
CREATE FUNCTION kcc_${words}_gone() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${drop} RETURN NULL; END $$;
CREATE FUNCTION kcc_${words}_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${drop} ${add} RETURN NULL; END $$;
CREATE FUNCTION kcc_${words}_emptied() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN TRUNCATE ${words}; RETURN NULL; END $$;
CREATE TRIGGER ${words}_i AFTER INSERT ON ${docs} REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION kcc_${words}_added();
CREATE TRIGGER ${words}_d AFTER DELETE ON ${docs} REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION kcc_${words}_gone();
CREATE TRIGGER ${words}_u AFTER UPDATE ON ${docs} REFERENCING OLD TABLE AS gone NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION kcc_${words}_changed();
CREATE TRIGGER ${words}_t AFTER TRUNCATE ON ${docs} FOR EACH STATEMENT EXECUTE FUNCTION kcc_${words}_emptied();
`;
}

/** The name words' triggers, off during the seed's bulk load like the documents' own (PG_SEARCH_TRIGGERS). */
export const NAME_WORD_TRIGGERS: readonly [string, string][] = (['customer', 'account'] as const).flatMap((kind) =>
  ['i', 'd', 'u', 't'].map((t): [string, string] => [`${kind}_search`, `${kind}_name_words_${t}`]),
);

export default /* sql */ `
-- The words of 3+ letters or digits of one part of a folded document, each once.
CREATE FUNCTION kcc_name_words(doc text, part integer) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT DISTINCT w FROM regexp_split_to_table(split_part(doc, chr(1), part), '[^[:alnum:]]+') w WHERE length(w) >= 3 $$;

CREATE TABLE customer_name_words (word text COLLATE "C" NOT NULL, household_id integer NOT NULL);
CREATE TABLE account_name_words (word text COLLATE "C" NOT NULL, account_id integer NOT NULL);
${NAME_WORD_FILLS.customer};
${NAME_WORD_FILLS.account};
${NAME_WORD_INDEXES.customer};
${NAME_WORD_INDEXES.account};
${wordTriggers('customer', 'household_id')}
${wordTriggers('account', 'account_id')}
`;
