// Migration 011: the cultural-card partner portal's back office. Partners (cultural institutions, with their
// application's checklist, contact, organisation and bank details), schools with their budget holder, weborders
// (money in integer euro cents, optimistic `version`), each weborder's history of moves, teachers' weborder
// requests, and the ledger lines of paid weborders (invoice, 5 % fee, payout). Statuses are the English keys of
// shared/domain/weborderStatus.ts. Indexes are the ones the list, the finance overview and the partner overview
// were measured with (README, Performance). Released migrations are never edited.
export default /* sql */ `
CREATE TABLE partners (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  -- applied (under review) | active | rejected | closed
  status TEXT NOT NULL DEFAULT 'applied',
  applied_at TEXT NOT NULL,
  decided_at TEXT,
  decided_by TEXT,
  rejected_reason TEXT,
  -- the application's checklist (0/1)
  offers_cultural_education INTEGER NOT NULL DEFAULT 0,
  aimed_at_secondary INTEGER NOT NULL DEFAULT 0,
  made_by_professionals INTEGER NOT NULL DEFAULT 0,
  agrees_contribution INTEGER NOT NULL DEFAULT 0,
  sells_individual_tickets INTEGER NOT NULL DEFAULT 0,
  terms_accepted INTEGER NOT NULL DEFAULT 0,
  privacy_accepted INTEGER NOT NULL DEFAULT 0,
  -- contact (Contactpersoon Cultuurkaart)
  contact_first_name TEXT NOT NULL DEFAULT '',
  contact_last_name TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  contact_function TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  notification_mails INTEGER NOT NULL DEFAULT 1,
  -- organisation
  website TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  -- finance
  invoice_street TEXT NOT NULL DEFAULT '',
  invoice_house_number TEXT NOT NULL DEFAULT '',
  invoice_addition TEXT NOT NULL DEFAULT '',
  invoice_postcode TEXT NOT NULL DEFAULT '',
  invoice_city TEXT NOT NULL DEFAULT '',
  -- current bank details; changed only through an IBAN change (migration 012)
  iban TEXT NOT NULL DEFAULT '',
  iban_account_name TEXT NOT NULL DEFAULT '',
  vat_number TEXT NOT NULL DEFAULT '',
  kvk_number TEXT NOT NULL DEFAULT '',
  finance_email TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX partners_status ON partners(status, applied_at);
CREATE INDEX partners_name ON partners(name);

CREATE TABLE schools (
  id INTEGER PRIMARY KEY,
  school_number TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  city TEXT NOT NULL DEFAULT '',
  budget_holder_name TEXT NOT NULL,
  budget_holder_email TEXT NOT NULL DEFAULT ''
);

CREATE TABLE weborders (
  id INTEGER PRIMARY KEY,
  order_date TEXT NOT NULL,
  name TEXT NOT NULL,
  -- pending | budget_approved | cjp_approved | paid | rejected | error
  status TEXT NOT NULL,
  partner_id INTEGER NOT NULL REFERENCES partners(id),
  school_id INTEGER NOT NULL REFERENCES schools(id),
  -- copied at creation: the list sorts and filters on them without a join
  school_number TEXT NOT NULL,
  budget_holder TEXT NOT NULL,
  grade TEXT NOT NULL DEFAULT '',
  teacher TEXT NOT NULL DEFAULT '',
  students INTEGER NOT NULL,
  teachers INTEGER NOT NULL,
  persons INTEGER NOT NULL,
  event TEXT NOT NULL,
  desired_at TEXT NOT NULL,
  ticket_price_cents INTEGER,
  package_price_cents INTEGER,
  total_cents INTEGER NOT NULL,
  rejected_reason TEXT,
  -- Foutmelding: the message and the state it came from (it returns there once solved)
  error_message TEXT,
  error_from_status TEXT,
  request_id INTEGER,
  created_by TEXT NOT NULL DEFAULT '',
  paid_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX weborders_date ON weborders(order_date, id);
CREATE INDEX weborders_status_date ON weborders(status, order_date, id);
CREATE INDEX weborders_partner_date ON weborders(partner_id, order_date, id);
CREATE INDEX weborders_partner_status_date ON weborders(partner_id, status, order_date, id);
CREATE INDEX weborders_school_date ON weborders(school_id, order_date, id);
CREATE INDEX weborders_duplicate ON weborders(partner_id, school_id, desired_at);

CREATE TABLE weborder_history (
  id INTEGER PRIMARY KEY,
  weborder_id INTEGER NOT NULL REFERENCES weborders(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  -- school | partner | helpdesk | system
  actor TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  staff_id INTEGER,
  from_status TEXT,
  to_status TEXT NOT NULL,
  reason TEXT
);
CREATE INDEX weborder_history_weborder ON weborder_history(weborder_id, id);

CREATE TABLE weborder_requests (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  partner_id INTEGER NOT NULL REFERENCES partners(id),
  school_id INTEGER NOT NULL REFERENCES schools(id),
  teacher_name TEXT NOT NULL,
  teacher_email TEXT NOT NULL DEFAULT '',
  teacher_phone TEXT NOT NULL DEFAULT '',
  grade TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL DEFAULT '',
  event TEXT NOT NULL,
  desired_at TEXT NOT NULL,
  students INTEGER NOT NULL,
  teachers INTEGER NOT NULL,
  remark TEXT NOT NULL DEFAULT '',
  -- open | proposed
  status TEXT NOT NULL DEFAULT 'open',
  weborder_id INTEGER REFERENCES weborders(id),
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX weborder_requests_status ON weborder_requests(status, created_at);

CREATE TABLE ledger_lines (
  id INTEGER PRIMARY KEY,
  partner_id INTEGER NOT NULL REFERENCES partners(id),
  weborder_id INTEGER NOT NULL REFERENCES weborders(id),
  at TEXT NOT NULL,
  -- invoice (Factuur, credit) | fee (Fee 5 %, debit) | payout (Uitbetaling, debit)
  kind TEXT NOT NULL,
  description TEXT NOT NULL,
  debit_cents INTEGER NOT NULL DEFAULT 0,
  credit_cents INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ledger_lines_partner ON ledger_lines(partner_id, at, kind, debit_cents, credit_cents);
CREATE INDEX ledger_lines_at ON ledger_lines(at, kind, debit_cents, credit_cents);
CREATE INDEX ledger_lines_weborder ON ledger_lines(weborder_id);
`;
