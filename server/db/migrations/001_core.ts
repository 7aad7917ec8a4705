// Migration 001: the core data model. Plain SQL run once, in a transaction, by migrate.ts.
export default /* sql */ `
-- Core data model: staff, security, audit, households and everything the customer view reads.
-- Times are ISO 8601 UTC text; money is integer cents; booleans are 0/1.

CREATE TABLE staff_users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  roles TEXT NOT NULL,                 -- comma-separated StaffRole values
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);

CREATE TABLE staff_sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,     -- sha256 of the opaque token; the token itself is never stored
  staff_id INTEGER NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  absolute_expires_at TEXT NOT NULL,   -- keep-signed-in limit
  source_address TEXT NOT NULL
);
CREATE INDEX staff_sessions_staff ON staff_sessions(staff_id);

CREATE TABLE settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  ga_tracking_id TEXT NOT NULL DEFAULT '',
  session_timeout_minutes INTEGER NOT NULL DEFAULT 20,
  keep_signed_in_days INTEGER NOT NULL DEFAULT 30,
  anonymous_repair_request INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO settings (id) VALUES (1);

CREATE TABLE ip_ranges (
  id INTEGER PRIMARY KEY,
  cidr TEXT NOT NULL,
  admin INTEGER NOT NULL,
  kcc INTEGER NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_id INTEGER,
  actor TEXT NOT NULL,
  roles TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  customer_number TEXT,
  source_address TEXT NOT NULL,
  look_along_session_id TEXT,
  details TEXT,                        -- JSON, never secrets
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_at ON audit_log(at);
CREATE INDEX audit_actor ON audit_log(actor, at);
CREATE INDEX audit_customer ON audit_log(customer_number, at);
CREATE INDEX audit_action ON audit_log(action, at);

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE household_roles (
  code TEXT PRIMARY KEY,               -- CONTRACTANT, PARTNER, KIND, ...
  description TEXT NOT NULL,
  sort INTEGER NOT NULL,
  show_in_portal INTEGER NOT NULL,
  use_in_portal INTEGER NOT NULL,
  is_contract_holder INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE households (
  id INTEGER PRIMARY KEY,
  customer_number TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,                  -- display name, e.g. "J. de Vries"
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  pending_email TEXT,
  corr_street TEXT NOT NULL,
  corr_house_number INTEGER NOT NULL,
  corr_house_number_addition TEXT NOT NULL DEFAULT '',
  corr_postcode TEXT NOT NULL,
  corr_city TEXT NOT NULL,
  activation_code TEXT,
  activation_code_generated_at TEXT,
  erp_account_status TEXT NOT NULL DEFAULT 'not_created', -- not_created | created_not_activated | activated
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX households_postcode ON households(corr_postcode, corr_house_number);

CREATE TABLE persons (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  role_code TEXT NOT NULL REFERENCES household_roles(code),
  initials TEXT NOT NULL,
  first_name TEXT NOT NULL,
  middle_name TEXT NOT NULL DEFAULT '',  -- tussenvoegsels
  last_name TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  gender TEXT NOT NULL,                  -- M | V | X
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX persons_household ON persons(household_id);

CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  email TEXT NOT NULL,
  email_valid INTEGER NOT NULL DEFAULT 1,
  role TEXT NOT NULL DEFAULT 'user',     -- user | admin
  customer_number TEXT,
  password_hash TEXT NOT NULL,
  confirmed_at TEXT,
  confirm_token_hash TEXT,
  failed_login_attempts INTEGER NOT NULL DEFAULT 0,
  auto_blocked_until TEXT,
  manually_blocked INTEGER NOT NULL DEFAULT 0,
  block_reason TEXT,
  last_login_at TEXT,
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX accounts_customer ON accounts(customer_number);
CREATE INDEX accounts_email ON accounts(email);
CREATE INDEX accounts_unconfirmed ON accounts(confirmed_at) WHERE confirmed_at IS NULL;
CREATE INDEX accounts_auto_blocked ON accounts(auto_blocked_until) WHERE auto_blocked_until IS NOT NULL;
CREATE INDEX accounts_manually_blocked ON accounts(manually_blocked) WHERE manually_blocked = 1;

CREATE TABLE account_requests (
  id INTEGER PRIMARY KEY,
  customer_number TEXT NOT NULL,
  username TEXT,
  email TEXT,
  password_hash TEXT,
  customer_number_entered_at TEXT,
  identified_at TEXT,
  details_filled_at TEXT,
  email_sent_at TEXT,
  confirm_token_hash TEXT,
  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX account_requests_customer ON account_requests(customer_number);
CREATE INDEX account_requests_email ON account_requests(email);
CREATE INDEX account_requests_username ON account_requests(username);

CREATE TABLE tenant_sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE outbox_mail (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  to_address TEXT NOT NULL,
  template TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  customer_number TEXT,
  sent_at TEXT
);

CREATE TABLE erp_outbox (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  kind TEXT NOT NULL,                    -- account_status
  customer_number TEXT,
  payload TEXT NOT NULL,                 -- JSON
  sent_at TEXT
);

CREATE TABLE contracts (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  contract_number TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  street TEXT NOT NULL,
  house_number INTEGER NOT NULL,
  house_number_addition TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL,
  city TEXT NOT NULL,
  dwelling_type TEXT NOT NULL,
  rooms INTEGER NOT NULL,
  surface_m2 INTEGER NOT NULL,
  construction_year INTEGER NOT NULL,
  energy_label TEXT NOT NULL,
  payment_method TEXT NOT NULL,          -- automatische_incasso | acceptgiro | overboeking
  iban TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contracts_household ON contracts(household_id);
CREATE INDEX contracts_address ON contracts(postcode, house_number);

CREATE TABLE valuation_items (
  id INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
  category TEXT NOT NULL,
  points REAL NOT NULL
);
CREATE INDEX valuation_items_contract ON valuation_items(contract_id);

CREATE TABLE rent_components (
  id INTEGER PRIMARY KEY,
  contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  amount_cents INTEGER NOT NULL
);
CREATE INDEX rent_components_contract ON rent_components(contract_id);

CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  invoice_number TEXT NOT NULL,
  description TEXT NOT NULL,
  invoice_date TEXT NOT NULL,
  due_date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  open_cents INTEGER NOT NULL,
  settled_at TEXT,
  settled_by TEXT                        -- e.g. "Betaling 2026-03-01" or "Creditnota"
);
CREATE INDEX invoices_household ON invoices(household_id, invoice_date);

CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  paid_at TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  method TEXT NOT NULL,
  reference TEXT NOT NULL
);
CREATE INDEX payments_household ON payments(household_id, paid_at);

CREATE TABLE payment_arrangements (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  total_cents INTEGER NOT NULL,
  term_amount_cents INTEGER NOT NULL,
  terms INTEGER NOT NULL,
  status TEXT NOT NULL                   -- lopend | afgerond | vervallen
);
CREATE INDEX payment_arrangements_household ON payment_arrangements(household_id);

CREATE TABLE repair_requests (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  request_number TEXT NOT NULL,
  reported_at TEXT NOT NULL,
  location TEXT NOT NULL,
  description TEXT NOT NULL,
  status TEXT NOT NULL,                  -- open | ingepland | afgehandeld
  appointment_at TEXT,
  closed_at TEXT
);
CREATE INDEX repair_requests_household ON repair_requests(household_id, reported_at);

CREATE TABLE interactions (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  template TEXT NOT NULL,                -- e.g. CP_PHONE_CHANGED, CP_VERIFICATION_CODE
  channel TEXT NOT NULL,                 -- portaal | telefoon | e-mail | balie | brief
  description TEXT NOT NULL,
  staff_id INTEGER,
  staff_name TEXT,
  show_in_portal INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX interactions_household ON interactions(household_id, at);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  document_date TEXT NOT NULL,
  kind TEXT NOT NULL,
  show_in_portal INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX documents_household ON documents(household_id);

CREATE TABLE look_along_sessions (
  id TEXT PRIMARY KEY,                   -- random uuid
  staff_id INTEGER NOT NULL REFERENCES staff_users(id),
  customer_number TEXT NOT NULL,
  started_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ended_at TEXT
);

CREATE TABLE one_time_links (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  customer_number TEXT NOT NULL,
  staff_id INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
`;
