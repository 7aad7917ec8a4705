// Migration 006: tenant sessions follow the portal settings (last use, absolute end, "keep me signed in", and
// the look-along session of a session made by a one-time link); one-time links remember the look-along session
// that made them; confirmation tokens remember when they were issued (they expire after 24 hours).
// Existing rows: a session's last use is its start and its absolute end its old fixed end; a confirmation token
// counts as issued when its mail was sent (else when the account was made). Released migrations are never edited.
export default /* sql */ `
ALTER TABLE tenant_sessions ADD COLUMN last_seen_at TEXT NOT NULL DEFAULT '';
ALTER TABLE tenant_sessions ADD COLUMN absolute_expires_at TEXT NOT NULL DEFAULT '';
ALTER TABLE tenant_sessions ADD COLUMN keep_signed_in INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tenant_sessions ADD COLUMN look_along_session_id TEXT;
UPDATE tenant_sessions SET last_seen_at = created_at, absolute_expires_at = expires_at;
CREATE INDEX tenant_sessions_account ON tenant_sessions(account_id);

ALTER TABLE one_time_links ADD COLUMN look_along_session_id TEXT;

ALTER TABLE account_requests ADD COLUMN confirm_token_issued_at TEXT;
UPDATE account_requests SET confirm_token_issued_at = COALESCE(email_sent_at, details_filled_at, created_at)
  WHERE confirm_token_hash IS NOT NULL;

ALTER TABLE accounts ADD COLUMN confirm_token_issued_at TEXT;
UPDATE accounts SET confirm_token_issued_at = COALESCE(
    (SELECT MAX(r.email_sent_at) FROM account_requests r WHERE r.account_id = accounts.id AND r.confirm_token_hash = accounts.confirm_token_hash),
    created_at)
  WHERE confirm_token_hash IS NOT NULL;
`;
