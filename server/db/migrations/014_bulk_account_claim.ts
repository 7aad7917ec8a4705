// Migration 014: accounts made by "Bulkacties → Accounts aanmaken" are marked, so the tenant's activation code
// (registration step 1 and 2) can claim exactly those instead of being refused for "already has an account".
// Released migrations are never edited.
export default /* sql */ `
-- 1: made in bulk (no password, no e-mail confirmed) and not yet claimed by the tenant; 0: every other account.
ALTER TABLE accounts ADD COLUMN awaiting_activation INTEGER NOT NULL DEFAULT 0 CHECK (awaiting_activation IN (0, 1));
`;
