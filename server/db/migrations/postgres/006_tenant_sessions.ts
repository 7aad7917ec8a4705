// Migration 006 for PostgreSQL: as ../006_tenant_sessions.ts.
export default /* sql */ `
ALTER TABLE tenant_sessions ADD COLUMN last_seen_at text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE tenant_sessions ADD COLUMN absolute_expires_at text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE tenant_sessions ADD COLUMN keep_signed_in integer NOT NULL DEFAULT 0 CHECK (keep_signed_in IN (0, 1));
ALTER TABLE tenant_sessions ADD COLUMN look_along_session_id text COLLATE "C";
UPDATE tenant_sessions SET last_seen_at = created_at, absolute_expires_at = expires_at;
CREATE INDEX tenant_sessions_account ON tenant_sessions(account_id);

ALTER TABLE one_time_links ADD COLUMN look_along_session_id text COLLATE "C";

ALTER TABLE account_requests ADD COLUMN confirm_token_issued_at text COLLATE "C";
UPDATE account_requests SET confirm_token_issued_at = COALESCE(email_sent_at, details_filled_at, created_at)
  WHERE confirm_token_hash IS NOT NULL;

ALTER TABLE accounts ADD COLUMN confirm_token_issued_at text COLLATE "C";
UPDATE accounts SET confirm_token_issued_at = COALESCE(
    (SELECT MAX(r.email_sent_at) FROM account_requests r WHERE r.account_id = accounts.id AND r.confirm_token_hash = accounts.confirm_token_hash),
    created_at)
  WHERE confirm_token_hash IS NOT NULL;
`;
