// Migration 007 for PostgreSQL: as ../007_customer_view.ts (REAL is double precision here).
export default /* sql */ `
ALTER TABLE contracts ADD COLUMN woz_value_cents integer;
ALTER TABLE contracts ADD COLUMN woz_reference_date text COLLATE "C";
ALTER TABLE contracts ADD COLUMN energy_index double precision;
ALTER TABLE households ADD COLUMN erp_account_status_sent_at text COLLATE "C";
`;
