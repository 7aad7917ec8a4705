// Migration 014 for PostgreSQL: the same column as ../014_bulk_account_claim.ts (bulk-made accounts awaiting
// their tenant's activation code).
export default /* sql */ `
ALTER TABLE accounts ADD COLUMN awaiting_activation integer NOT NULL DEFAULT 0 CHECK (awaiting_activation IN (0, 1));
`;
