// Migration 012: IBAN changes under four eyes (partners and tenants' contracts), the event log behind
// Server-Sent Events, and the indexes the attention overview counts with. Released migrations are never edited.
export default /* sql */ `
-- A tenant's contract: the account holder next to the IBAN, and the SEPA mandate once on direct debit.
ALTER TABLE contracts ADD COLUMN account_holder TEXT NOT NULL DEFAULT '';
ALTER TABLE contracts ADD COLUMN mandate_reference TEXT;

CREATE TABLE iban_changes (
  id INTEGER PRIMARY KEY,
  -- partner (partners.id) | tenant (contracts.id)
  party TEXT NOT NULL CHECK (party IN ('partner', 'tenant')),
  party_id INTEGER NOT NULL,
  old_iban TEXT NOT NULL,
  new_iban TEXT NOT NULL,
  account_name TEXT NOT NULL CHECK (account_name <> ''),
  director_cc TEXT NOT NULL DEFAULT '',
  -- tenant: the payment method asked for (null: unchanged) and the mandate made for direct debit
  payment_method TEXT,
  mandate_reference TEXT,
  -- the proof lives in a file of its own (owner-only, outside this row); these describe it
  proof_file_name TEXT,
  proof_content_type TEXT,
  proof_size INTEGER,
  proof_key TEXT,
  -- pending | approved | rejected
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  -- who entered it: a staff member (from the partner's e-mail) or the tenant's own portal account
  entered_by_staff_id INTEGER REFERENCES staff_users(id),
  entered_by_account_id INTEGER REFERENCES accounts(id),
  entered_by_name TEXT NOT NULL,
  entered_at TEXT NOT NULL,
  decided_by_staff_id INTEGER REFERENCES staff_users(id),
  decided_by_name TEXT,
  decided_at TEXT,
  reason TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  -- Four eyes, held by the database too: whoever entered a change never decides it.
  CHECK (decided_by_staff_id IS NULL OR entered_by_staff_id IS NULL OR decided_by_staff_id <> entered_by_staff_id),
  CHECK (entered_by_staff_id IS NOT NULL OR entered_by_account_id IS NOT NULL),
  -- A decision names its decider and its moment; a rejection its reason.
  CHECK (status = 'pending' OR (decided_by_staff_id IS NOT NULL AND decided_at IS NOT NULL)),
  CHECK (status <> 'rejected' OR (reason IS NOT NULL AND reason <> ''))
);
-- One open request per partner or contract.
CREATE UNIQUE INDEX iban_changes_one_open ON iban_changes(party, party_id) WHERE status = 'pending';
CREATE INDEX iban_changes_status ON iban_changes(status, entered_at, id);

-- Every published event, in order: the id is the SSE id, so a client resumes with Last-Event-ID.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  type TEXT NOT NULL,
  payload TEXT NOT NULL
);
CREATE INDEX events_at ON events(at);

-- The attention overview: account requests still open by age; new accounts by week (sign-ins: 002's index).
CREATE INDEX account_requests_unfinished ON account_requests(created_at) WHERE account_id IS NULL;
CREATE INDEX accounts_created ON accounts(created_at);
`;
