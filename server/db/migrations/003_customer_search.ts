// Migration 003: the customer lookup index (catalogue C1) and what acting on behalf needs (C3).
// A contentless FTS5 trigram table over each household's customer number, name, correspondence address
// and e-mail, kept current by triggers (rowid = households.id); the e-mail change flow's token hash.
// Released migrations are never edited.

/** The address text a lookup matches: "Kievitlaan 78A 1234 AB 1234AB Zeist". */
const addressOf = (h: string) =>
  `${h}.corr_street || ' ' || ${h}.corr_house_number || ${h}.corr_house_number_addition || ' ' || ` +
  `${h}.corr_postcode || ' ' || replace(${h}.corr_postcode, ' ', '') || ' ' || ${h}.corr_city`;

/** Exported so server/customers/searchIndex.ts can drop them during a bulk load and put the same ones back. */
export const customerSearchTriggers = /* sql */ `
CREATE TRIGGER IF NOT EXISTS customer_search_ai AFTER INSERT ON households BEGIN
  INSERT INTO customer_search (rowid, customer_number, name, address, email)
  VALUES (new.id, new.customer_number, new.name, ${addressOf('new')}, new.email);
END;
CREATE TRIGGER IF NOT EXISTS customer_search_au AFTER UPDATE OF customer_number, name, email, corr_street,
  corr_house_number, corr_house_number_addition, corr_postcode, corr_city ON households BEGIN
  DELETE FROM customer_search WHERE rowid = old.id;
  INSERT INTO customer_search (rowid, customer_number, name, address, email)
  VALUES (new.id, new.customer_number, new.name, ${addressOf('new')}, new.email);
END;
CREATE TRIGGER IF NOT EXISTS customer_search_ad AFTER DELETE ON households BEGIN
  DELETE FROM customer_search WHERE rowid = old.id;
END;
`;

export const customerSearchTriggerNames = ['customer_search_ai', 'customer_search_au', 'customer_search_ad'] as const;

/** Fills the index from scratch (after a bulk load, or to repair it). */
export const customerSearchRebuild = /* sql */ `
INSERT INTO customer_search (customer_search) VALUES ('delete-all');
INSERT INTO customer_search (rowid, customer_number, name, address, email)
SELECT h.id, h.customer_number, h.name, ${addressOf('h')}, h.email FROM households h;
`;

export default /* sql */ `
CREATE VIRTUAL TABLE customer_search USING fts5(
  customer_number, name, address, email,
  content='', contentless_delete=1, tokenize='trigram remove_diacritics 1'
);
${customerSearchTriggers}
${customerSearchRebuild}
-- E-mail change (seed 001 §2.6): the new address waits in pending_email until its link is used.
ALTER TABLE households ADD COLUMN pending_email_token_hash TEXT;
ALTER TABLE households ADD COLUMN pending_email_requested_at TEXT;
CREATE INDEX households_pending_email_token ON households(pending_email_token_hash) WHERE pending_email_token_hash IS NOT NULL;
CREATE INDEX look_along_sessions_staff ON look_along_sessions(staff_id, customer_number);
CREATE INDEX interactions_portal ON interactions(household_id, at) WHERE show_in_portal = 1;
`;
