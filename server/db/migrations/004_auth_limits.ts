// Migration 004: the continuation secret of self-registration (step 1 hands it out, step 2 needs it) and
// the sign-in attempt counters. Counters live in the database so that counting is atomic (one upsert per
// attempt, before the password is checked) and survives a restart; expired windows are purged.
// Released migrations are never edited.
export default /* sql */ `
ALTER TABLE account_requests ADD COLUMN continuation_hash TEXT;
ALTER TABLE account_requests ADD COLUMN continuation_expires_at TEXT;
CREATE UNIQUE INDEX account_requests_continuation ON account_requests(continuation_hash) WHERE continuation_hash IS NOT NULL;

CREATE TABLE auth_attempts (
  key TEXT PRIMARY KEY,
  window_start TEXT NOT NULL,
  count INTEGER NOT NULL
);
CREATE INDEX auth_attempts_window ON auth_attempts(window_start);
`;
