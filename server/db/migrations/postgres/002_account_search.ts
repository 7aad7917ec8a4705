// Migration 002 for PostgreSQL: the account lookup index. Where SQLite has a contentless FTS5 trigram table,
// PostgreSQL has a table of one folded document per account (customer number, e-mail, username, household name,
// correspondence address; lower case, accents removed, columns separated by a character no query holds) with a
// pg_trgm GIN index, kept current by triggers: a "phrase" of 3+ characters is `doc LIKE '%phrase%'`, which
// finds the same rows as the FTS5 trigram phrase (substring, case and accents ignored, never across columns).

/** The column separator inside a search document (U+0001): never in a query (searches strip it). */
export const SEARCH_SEPARATOR = '\u0001';

/** Shared by 002 and 003: the folding function and the LIKE pattern of one phrase. */
export const searchFunctions = /* sql */ `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE OR REPLACE FUNCTION kcc_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT lower(unaccent('unaccent'::regdictionary, coalesce(t, ''))) COLLATE "C" $$;
CREATE OR REPLACE FUNCTION kcc_contains(phrase text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT '%' || replace(replace(replace(kcc_fold(phrase), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' $$;
CREATE OR REPLACE FUNCTION kcc_address(street text, num integer, addition text, postcode text, city text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT street || ' ' || num || addition || ' ' || postcode || ' ' || replace(postcode, ' ', '') || ' ' || city $$;
`;

export default /* sql */ `
${searchFunctions}
CREATE TABLE account_search (
  account_id integer PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  doc text COLLATE "C" NOT NULL
);

-- (Re)indexes the given accounts from accounts + households.
CREATE FUNCTION kcc_account_search_put(ids integer[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM account_search WHERE account_id = ANY(ids);
  INSERT INTO account_search (account_id, doc)
  SELECT a.id, kcc_fold(a.customer_number) || chr(1) || kcc_fold(a.email) || chr(1) || kcc_fold(a.username::text) || chr(1)
    || kcc_fold(h.name) || chr(1) || kcc_fold(kcc_address(h.corr_street, h.corr_house_number, h.corr_house_number_addition, h.corr_postcode, h.corr_city))
  FROM accounts a LEFT JOIN households h ON h.customer_number = a.customer_number
  WHERE a.id = ANY(ids);
$$;

-- Refills the whole index in one statement (after a bulk load with the triggers disabled, or to repair it).
CREATE FUNCTION kcc_account_search_rebuild() RETURNS void LANGUAGE sql AS $$
  TRUNCATE account_search;
  INSERT INTO account_search (account_id, doc)
  SELECT a.id, kcc_fold(a.customer_number) || chr(1) || kcc_fold(a.email) || chr(1) || kcc_fold(a.username::text) || chr(1)
    || kcc_fold(h.name) || chr(1) || kcc_fold(kcc_address(h.corr_street, h.corr_house_number, h.corr_house_number_addition, h.corr_postcode, h.corr_city))
  FROM accounts a LEFT JOIN households h ON h.customer_number = a.customer_number;
$$;

CREATE FUNCTION kcc_account_search_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN RETURN NULL; END IF; -- the foreign key's cascade removes the row
  PERFORM kcc_account_search_put(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
CREATE TRIGGER account_search_a AFTER INSERT OR UPDATE OF customer_number, email, username ON accounts
  FOR EACH ROW EXECUTE FUNCTION kcc_account_search_accounts();

CREATE FUNCTION kcc_account_search_households() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kcc_account_search_put(ARRAY(SELECT id FROM accounts WHERE customer_number IN (
    CASE WHEN TG_OP <> 'INSERT' THEN OLD.customer_number END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.customer_number END)));
  RETURN NULL;
END $$;
CREATE TRIGGER account_search_h AFTER DELETE OR UPDATE OF customer_number, name, corr_street, corr_house_number,
  corr_house_number_addition, corr_postcode, corr_city ON households
  FOR EACH ROW EXECUTE FUNCTION kcc_account_search_households();

-- New households once per statement (an import inserts hundreds per statement; per row it cost ~0.4 ms each).
CREATE FUNCTION kcc_account_search_households_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kcc_account_search_put(ARRAY(SELECT a.id FROM accounts a JOIN added h ON a.customer_number = h.customer_number));
  RETURN NULL;
END $$;
CREATE TRIGGER account_search_hi AFTER INSERT ON households REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION kcc_account_search_households_added();

CREATE INDEX account_search_doc ON account_search USING gin (doc gin_trgm_ops);

CREATE INDEX accounts_confirmed_at ON accounts(confirmed_at NULLS FIRST);
CREATE INDEX accounts_last_login ON accounts(last_login_at NULLS FIRST);
CREATE INDEX account_requests_open ON account_requests(customer_number) WHERE details_filled_at IS NULL;
CREATE INDEX accounts_confirm_token ON accounts(confirm_token_hash) WHERE confirm_token_hash IS NOT NULL;
CREATE INDEX account_requests_confirm_token ON account_requests(confirm_token_hash) WHERE confirm_token_hash IS NOT NULL;
`;
