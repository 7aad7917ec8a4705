// Migration 005 for PostgreSQL: the audit chain head row (see ../005_audit_mac.ts). A PostgreSQL database starts
// empty (or is filled by migrate-data, which copies the head), so the head starts after the highest id present.
// Every audit write advances this row first (UPDATE … RETURNING): the row lock serialises writers of all
// instances on one database, so the chain stays one chain.
const GENESIS = '0'.repeat(64);

export default /* sql */ `
ALTER TABLE audit_log ADD COLUMN mac text COLLATE "C";

CREATE TABLE audit_head (
  singleton integer PRIMARY KEY CHECK (singleton = 1),
  next_id integer NOT NULL,
  last_hash text COLLATE "C" NOT NULL,
  mac_from integer NOT NULL
);

INSERT INTO audit_head (singleton, next_id, last_hash, mac_from)
SELECT 1, n, COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${GENESIS}'), n
FROM (SELECT COALESCE(MAX(id), 0) + 1 AS n FROM audit_log) m;
`;
