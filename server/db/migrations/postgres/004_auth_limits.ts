// Migration 004 for PostgreSQL: as ../004_auth_limits.ts.
export default /* sql */ `
ALTER TABLE account_requests ADD COLUMN continuation_hash text COLLATE "C";
ALTER TABLE account_requests ADD COLUMN continuation_expires_at text COLLATE "C";
CREATE UNIQUE INDEX account_requests_continuation ON account_requests(continuation_hash) WHERE continuation_hash IS NOT NULL;

CREATE TABLE auth_attempts (
  key text COLLATE "C" PRIMARY KEY,
  window_start text COLLATE "C" NOT NULL,
  count integer NOT NULL
);
CREATE INDEX auth_attempts_window ON auth_attempts(window_start);
`;
