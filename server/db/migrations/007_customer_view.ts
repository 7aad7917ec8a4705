// Migration 007: what the customer view adds. The dwelling's WOZ value (in euro cents, with the reference
// date it was valued at) and its energy index (e.g. 1.23; only dwellings have one); and, per household, when
// the account status the ERP holds was last sent to it. All nullable: data from before stays "unknown" rather
// than invented. Released migrations are never edited.
export default /* sql */ `
ALTER TABLE contracts ADD COLUMN woz_value_cents INTEGER;
ALTER TABLE contracts ADD COLUMN woz_reference_date TEXT;
ALTER TABLE contracts ADD COLUMN energy_index REAL;
ALTER TABLE households ADD COLUMN erp_account_status_sent_at TEXT;
`;
