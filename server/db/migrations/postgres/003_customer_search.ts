// Migration 003 for PostgreSQL: the customer lookup index (see 002 for how it matches SQLite's FTS5 trigram
// table) and the e-mail change and look-along columns and indexes of ../003_customer_search.ts.
export default /* sql */ `
CREATE TABLE customer_search (
  household_id integer PRIMARY KEY REFERENCES households(id) ON DELETE CASCADE,
  doc text COLLATE "C" NOT NULL
);

CREATE FUNCTION kcc_customer_search_put(ids integer[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM customer_search WHERE household_id = ANY(ids);
  INSERT INTO customer_search (household_id, doc)
  SELECT h.id, kcc_fold(h.customer_number) || chr(1) || kcc_fold(h.name) || chr(1)
    || kcc_fold(kcc_address(h.corr_street, h.corr_house_number, h.corr_house_number_addition, h.corr_postcode, h.corr_city))
    || chr(1) || kcc_fold(h.email)
  FROM households h WHERE h.id = ANY(ids);
$$;

CREATE FUNCTION kcc_customer_search_rebuild() RETURNS void LANGUAGE sql AS $$
  TRUNCATE customer_search;
  INSERT INTO customer_search (household_id, doc)
  SELECT h.id, kcc_fold(h.customer_number) || chr(1) || kcc_fold(h.name) || chr(1)
    || kcc_fold(kcc_address(h.corr_street, h.corr_house_number, h.corr_house_number_addition, h.corr_postcode, h.corr_city))
    || chr(1) || kcc_fold(h.email)
  FROM households h;
$$;

CREATE FUNCTION kcc_customer_search_households() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kcc_customer_search_put(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
CREATE TRIGGER customer_search_h AFTER UPDATE OF customer_number, name, email, corr_street, corr_house_number,
  corr_house_number_addition, corr_postcode, corr_city ON households
  FOR EACH ROW EXECUTE FUNCTION kcc_customer_search_households();

-- New households once per statement: an import of 50,000 rows inserts 200 per statement, and the index then costs
-- one put per statement instead of one per row (per row the two search triggers made such a commit ~20 times slower).
CREATE FUNCTION kcc_customer_search_households_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kcc_customer_search_put(ARRAY(SELECT id FROM added));
  RETURN NULL;
END $$;
CREATE TRIGGER customer_search_hi AFTER INSERT ON households REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION kcc_customer_search_households_added();

CREATE INDEX customer_search_doc ON customer_search USING gin (doc gin_trgm_ops);

ALTER TABLE households ADD COLUMN pending_email_token_hash text COLLATE "C";
ALTER TABLE households ADD COLUMN pending_email_requested_at text COLLATE "C";
CREATE INDEX households_pending_email_token ON households(pending_email_token_hash) WHERE pending_email_token_hash IS NOT NULL;
CREATE INDEX look_along_sessions_staff ON look_along_sessions(staff_id, customer_number);
CREATE INDEX interactions_portal ON interactions(household_id, at) WHERE show_in_portal = 1;
`;
