// Migration 005: a tamper-evident audit chain. The chain head (next id, last hash) moves into one row that
// every audit write reads and advances inside the transaction of the change, so ids are never reused (also
// after rows were cut off the end) and there is exactly one row to lock. Each entry gets a keyed MAC
// (HMAC-SHA256 with a key kept outside the database); `mac_from` is the first id written with one.
// Entries written before this migration have no MAC and keep verifying by their SHA-256 chain alone.
// The head starts after the highest id ever written: the old head in `meta` may name rows that were
// deleted since, and those ids must not be handed out again. Released migrations are never edited.
const GENESIS = '0'.repeat(64);

export default /* sql */ `
ALTER TABLE audit_log ADD COLUMN mac TEXT;

CREATE TABLE audit_head (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  next_id INTEGER NOT NULL,
  last_hash TEXT NOT NULL,
  mac_from INTEGER NOT NULL
);

INSERT INTO audit_head (singleton, next_id, last_hash, mac_from)
SELECT 1, n, h, n FROM (
  SELECT
    MAX(
      COALESCE((SELECT MAX(id) FROM audit_log), 0),
      COALESCE((SELECT CAST(substr(value, 1, instr(value, ':') - 1) AS INTEGER) FROM meta WHERE key = 'audit_head'), 0)
    ) + 1 AS n,
    COALESCE(
      (SELECT substr(value, instr(value, ':') + 1) FROM meta WHERE key = 'audit_head'),
      (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
      '${GENESIS}'
    ) AS h
);

DELETE FROM meta WHERE key = 'audit_head';
`;
