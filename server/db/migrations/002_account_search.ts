// Migration 002: the account lookup index (catalogue B1). A contentless FTS5 trigram table over each
// account's customer number, e-mail and username plus its household's name and correspondence address,
// kept current by triggers; plus sort indexes for the account list. Released migrations are never edited.

/** The searchable text of one account; `a` = accounts row, `h` = its household (may be NULL). */
const addressOf = (h: string) =>
  `${h}.corr_street || ' ' || ${h}.corr_house_number || ${h}.corr_house_number_addition || ' ' || ` +
  `${h}.corr_postcode || ' ' || replace(${h}.corr_postcode, ' ', '') || ' ' || ${h}.corr_city`;

/**
 * The triggers, exported so server/accounts/searchIndex.ts can drop them during a bulk load and put the
 * very same ones back. A household row may arrive before or after its account (the seed inserts in
 * batches), so both sides re-index.
 */
export const accountSearchTriggers = /* sql */ `
CREATE TRIGGER IF NOT EXISTS account_search_ai AFTER INSERT ON accounts BEGIN
  INSERT INTO account_search (rowid, customer_number, email, username, name, address)
  SELECT new.id, new.customer_number, new.email, new.username, h.name, ${addressOf('h')}
  FROM (SELECT 1) LEFT JOIN households h ON h.customer_number = new.customer_number;
END;
CREATE TRIGGER IF NOT EXISTS account_search_au AFTER UPDATE OF customer_number, email, username ON accounts BEGIN
  DELETE FROM account_search WHERE rowid = old.id;
  INSERT INTO account_search (rowid, customer_number, email, username, name, address)
  SELECT new.id, new.customer_number, new.email, new.username, h.name, ${addressOf('h')}
  FROM (SELECT 1) LEFT JOIN households h ON h.customer_number = new.customer_number;
END;
CREATE TRIGGER IF NOT EXISTS account_search_ad AFTER DELETE ON accounts BEGIN
  DELETE FROM account_search WHERE rowid = old.id;
END;
CREATE TRIGGER IF NOT EXISTS account_search_hi AFTER INSERT ON households BEGIN
  DELETE FROM account_search WHERE rowid IN (SELECT id FROM accounts WHERE customer_number = new.customer_number);
  INSERT INTO account_search (rowid, customer_number, email, username, name, address)
  SELECT a.id, a.customer_number, a.email, a.username, new.name, ${addressOf('new')}
  FROM accounts a WHERE a.customer_number = new.customer_number;
END;
CREATE TRIGGER IF NOT EXISTS account_search_hu AFTER UPDATE OF customer_number, name, corr_street, corr_house_number,
  corr_house_number_addition, corr_postcode, corr_city ON households BEGIN
  DELETE FROM account_search WHERE rowid IN (SELECT id FROM accounts WHERE customer_number IN (old.customer_number, new.customer_number));
  INSERT INTO account_search (rowid, customer_number, email, username, name, address)
  SELECT a.id, a.customer_number, a.email, a.username, h.name, ${addressOf('h')}
  FROM accounts a LEFT JOIN households h ON h.customer_number = a.customer_number
  WHERE a.customer_number IN (old.customer_number, new.customer_number);
END;
CREATE TRIGGER IF NOT EXISTS account_search_hd AFTER DELETE ON households BEGIN
  DELETE FROM account_search WHERE rowid IN (SELECT id FROM accounts WHERE customer_number = old.customer_number);
  INSERT INTO account_search (rowid, customer_number, email, username, name, address)
  SELECT a.id, a.customer_number, a.email, a.username, NULL, NULL FROM accounts a WHERE a.customer_number = old.customer_number;
END;
`;

export const accountSearchTriggerNames = [
  'account_search_ai', 'account_search_au', 'account_search_ad', 'account_search_hi', 'account_search_hu', 'account_search_hd',
] as const;

/** Fills the index from scratch in one statement (after a bulk load, or to repair it). */
export const accountSearchRebuild = /* sql */ `
INSERT INTO account_search (account_search) VALUES ('delete-all');
INSERT INTO account_search (rowid, customer_number, email, username, name, address)
SELECT a.id, a.customer_number, a.email, a.username, h.name, ${addressOf('h')}
FROM accounts a LEFT JOIN households h ON h.customer_number = a.customer_number;
`;

export default /* sql */ `
-- Contentless (the text lives in accounts/households), deletable by rowid (= accounts.id).
-- Trigram: any substring of 3+ characters is a phrase query; remove_diacritics so "Müller" finds "muller".
CREATE VIRTUAL TABLE account_search USING fts5(
  customer_number, email, username, name, address,
  content='', contentless_delete=1, tokenize='trigram remove_diacritics 1'
);
${accountSearchTriggers}
${accountSearchRebuild}
-- Sort keys of the account list (customer number, e-mail and username already have indexes in 001);
-- the rowid in every index makes "ORDER BY col, id" a plain index walk.
CREATE INDEX accounts_confirmed_at ON accounts(confirmed_at);
CREATE INDEX accounts_last_login ON accounts(last_login_at);
-- Account requests: "still open" lookups by customer number (tenant step 1 reuses the open request).
CREATE INDEX account_requests_open ON account_requests(customer_number) WHERE details_filled_at IS NULL;
-- Confirmation links are looked up by the hash of their token.
CREATE INDEX accounts_confirm_token ON accounts(confirm_token_hash) WHERE confirm_token_hash IS NOT NULL;
CREATE INDEX account_requests_confirm_token ON account_requests(confirm_token_hash) WHERE confirm_token_hash IS NOT NULL;
`;
