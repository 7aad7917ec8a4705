import type { Generated } from 'kysely';

// Row types of the tables created in migrations/ (kept by hand in step with the SQL).

export interface StaffUsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  roles: string;
  active: Generated<number>;
  created_at: string;
}

export interface StaffSessionsTable {
  id: Generated<number>;
  token_hash: string;
  staff_id: number;
  created_at: string;
  last_seen_at: string;
  absolute_expires_at: string;
  source_address: string;
}

export interface SettingsTable {
  id: Generated<number>;
  ga_tracking_id: Generated<string>;
  session_timeout_minutes: Generated<number>;
  keep_signed_in_days: Generated<number>;
  anonymous_repair_request: Generated<number>;
  version: Generated<number>;
}

export interface IpRangesTable {
  id: Generated<number>;
  cidr: string;
  admin: number;
  kcc: number;
  description: Generated<string>;
  version: Generated<number>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor: string;
  roles: string;
  action: string;
  target: string | null;
  customer_number: string | null;
  source_address: string;
  look_along_session_id: string | null;
  details: string | null;
  prev_hash: string;
  hash: string;
  /** HMAC-SHA256 of the hash with the audit key (outside the database); null before migration 005. */
  mac: string | null;
}

/** The one row holding the audit chain's head (migration 005). */
export interface AuditHeadTable {
  singleton: number;
  next_id: number;
  last_hash: string;
  /** The first id written with a MAC: older entries verify by their SHA-256 chain alone. */
  mac_from: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface HouseholdRolesTable {
  code: string;
  description: string;
  sort: number;
  show_in_portal: number;
  use_in_portal: number;
  is_contract_holder: Generated<number>;
  /** Migration 009: the portal flags are editable (Rollen tab). */
  version: Generated<number>;
}

export interface HouseholdsTable {
  id: Generated<number>;
  customer_number: string;
  name: string;
  phone: Generated<string>;
  email: Generated<string>;
  pending_email: string | null;
  corr_street: string;
  corr_house_number: number;
  corr_house_number_addition: Generated<string>;
  corr_postcode: string;
  corr_city: string;
  activation_code: string | null;
  activation_code_generated_at: string | null;
  erp_account_status: Generated<string>;
  version: Generated<number>;
  /** Migration 003: the e-mail change waiting for its confirmation link. */
  pending_email_token_hash: string | null;
  pending_email_requested_at: string | null;
  /** Migration 007: when the ERP was last sent this household's account status; null before that. */
  erp_account_status_sent_at: string | null;
}

export interface PersonsTable {
  id: Generated<number>;
  household_id: number;
  role_code: string;
  initials: string;
  first_name: string;
  middle_name: Generated<string>;
  last_name: string;
  birth_date: string;
  gender: string;
  email: Generated<string>;
  phone: Generated<string>;
  version: Generated<number>;
}

export interface AccountsTable {
  id: Generated<number>;
  username: string;
  email: string;
  email_valid: Generated<number>;
  role: Generated<string>;
  customer_number: string | null;
  password_hash: string;
  confirmed_at: string | null;
  confirm_token_hash: string | null;
  /** Migration 006: when confirm_token_hash was issued (the link works 24 hours); null = no valid link. */
  confirm_token_issued_at: string | null;
  failed_login_attempts: Generated<number>;
  auto_blocked_until: string | null;
  manually_blocked: Generated<number>;
  block_reason: string | null;
  last_login_at: string | null;
  created_at: string;
  version: Generated<number>;
  /** Migration 014: 1 = made in bulk and not yet claimed with the activation code (registration may claim it). */
  awaiting_activation: Generated<number>;
}

export interface AccountRequestsTable {
  id: Generated<number>;
  customer_number: string;
  username: string | null;
  email: string | null;
  password_hash: string | null;
  customer_number_entered_at: string | null;
  identified_at: string | null;
  details_filled_at: string | null;
  email_sent_at: string | null;
  confirm_token_hash: string | null;
  /** Migration 006: when confirm_token_hash was issued (the link works 24 hours). */
  confirm_token_issued_at: string | null;
  account_id: number | null;
  created_at: string;
  continuation_hash: string | null;
  continuation_expires_at: string | null;
}

export interface AuthAttemptsTable {
  key: string;
  window_start: string;
  count: number;
}

export interface TenantSessionsTable {
  id: Generated<number>;
  token_hash: string;
  account_id: number;
  created_at: string;
  /** The end as computed at the last use (informational; the settings decide, see tenantSessions.ts). */
  expires_at: string;
  /** Migration 006: last use, the end no use extends past, the "keep me signed in" tick, the look-along of a link's session. */
  last_seen_at: string;
  absolute_expires_at: string;
  keep_signed_in: Generated<number>;
  look_along_session_id: string | null;
}

export interface OutboxMailTable {
  id: Generated<number>;
  created_at: string;
  to_address: string;
  template: string;
  subject: string;
  body: string;
  customer_number: string | null;
  sent_at: string | null;
  html: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  claimed_until: string | null;
  claimed_by: string | null;
}

export interface LabelOverridesTable {
  key: string;
  lang: string;
  /** null: back at the default (the row keeps the version counting). */
  text: string | null;
  default_hash: string;
  default_text: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

export interface LabelHistoryTable {
  id: Generated<number>;
  key: string;
  lang: string;
  text: string | null;
  version: number;
  changed_at: string;
  changed_by: string;
}

export interface EmailTemplatesTable {
  id: string;
  subject: string;
  body: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

export interface ErpOutboxTable {
  id: Generated<number>;
  created_at: string;
  kind: string;
  customer_number: string | null;
  payload: string;
  sent_at: string | null;
}

export interface ContractsTable {
  id: Generated<number>;
  household_id: number;
  contract_number: string;
  start_date: string;
  end_date: string | null;
  street: string;
  house_number: number;
  house_number_addition: Generated<string>;
  postcode: string;
  city: string;
  dwelling_type: string;
  rooms: number;
  surface_m2: number;
  construction_year: number;
  energy_label: string;
  payment_method: string;
  iban: Generated<string>;
  /** Migration 007: the WOZ value in euro cents and the date it was valued at; the energy index (dwellings only). */
  woz_value_cents: number | null;
  woz_reference_date: string | null;
  energy_index: number | null;
  /** Migration 012: the account holder next to the IBAN, and the SEPA mandate once on direct debit. */
  account_holder: Generated<string>;
  mandate_reference: string | null;
}

export interface ValuationItemsTable {
  id: Generated<number>;
  contract_id: number;
  category: string;
  points: number;
}

export interface RentComponentsTable {
  id: Generated<number>;
  contract_id: number;
  description: string;
  amount_cents: number;
}

export interface InvoicesTable {
  id: Generated<number>;
  household_id: number;
  invoice_number: string;
  description: string;
  invoice_date: string;
  due_date: string;
  amount_cents: number;
  open_cents: number;
  settled_at: string | null;
  settled_by: string | null;
}

export interface PaymentsTable {
  id: Generated<number>;
  household_id: number;
  paid_at: string;
  amount_cents: number;
  method: string;
  reference: string;
}

export interface PaymentArrangementsTable {
  id: Generated<number>;
  household_id: number;
  start_date: string;
  end_date: string;
  total_cents: number;
  term_amount_cents: number;
  terms: number;
  status: string;
}

export interface RepairRequestsTable {
  id: Generated<number>;
  household_id: number;
  request_number: string;
  reported_at: string;
  location: string;
  description: string;
  status: string;
  appointment_at: string | null;
  closed_at: string | null;
}

export interface InteractionsTable {
  id: Generated<number>;
  household_id: number;
  at: string;
  template: string;
  channel: string;
  description: string;
  staff_id: number | null;
  staff_name: string | null;
  show_in_portal: Generated<number>;
}

export interface DocumentsTable {
  id: Generated<number>;
  household_id: number;
  title: string;
  document_date: string;
  kind: string;
  show_in_portal: Generated<number>;
}

export interface LookAlongSessionsTable {
  id: string;
  staff_id: number;
  customer_number: string;
  started_at: string;
  expires_at: string;
  ended_at: string | null;
}

export interface OneTimeLinksTable {
  id: Generated<number>;
  token_hash: string;
  customer_number: string;
  staff_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  /** Migration 006: the look-along session the link was made in (its session cannot outlast it). */
  look_along_session_id: string | null;
}

/** Migration 010: knowledge-base topics (Onderwerpen); keywords as a JSON array. */
export interface KbTopicsTable {
  id: Generated<number>;
  code: string;
  description: string;
  keywords: Generated<string>;
  sort_order: number;
  version: Generated<number>;
}

/** Migration 010: customer questions (Klantvragen); keywords, follow_ups and advice as JSON. */
export interface KbQuestionsTable {
  id: Generated<number>;
  topic_id: number;
  portal: Generated<number>;
  sort_order: number;
  code: string;
  description: string;
  keywords: Generated<string>;
  internal: Generated<number>;
  external: Generated<number>;
  answer: Generated<string>;
  follow_ups: Generated<string>;
  advice: string | null;
  version: Generated<number>;
}

/** Migration 010: the last code number handed out per kind ('topic', 'question'). */
export interface KbCodesTable {
  kind: string;
  last: number;
}

// Migration 011: partners, schools, weborders, their history, teacher requests, ledger lines.

export interface PartnersTable {
  id: Generated<number>;
  name: string;
  /** applied | active | rejected | closed */
  status: Generated<string>;
  applied_at: string;
  decided_at: string | null;
  decided_by: string | null;
  rejected_reason: string | null;
  offers_cultural_education: Generated<number>;
  aimed_at_secondary: Generated<number>;
  made_by_professionals: Generated<number>;
  agrees_contribution: Generated<number>;
  sells_individual_tickets: Generated<number>;
  terms_accepted: Generated<number>;
  privacy_accepted: Generated<number>;
  contact_first_name: Generated<string>;
  contact_last_name: Generated<string>;
  contact_phone: Generated<string>;
  contact_function: Generated<string>;
  contact_email: Generated<string>;
  notification_mails: Generated<number>;
  website: Generated<string>;
  city: Generated<string>;
  description: Generated<string>;
  invoice_street: Generated<string>;
  invoice_house_number: Generated<string>;
  invoice_addition: Generated<string>;
  invoice_postcode: Generated<string>;
  invoice_city: Generated<string>;
  /** Current bank details; changed only through an approved IBAN change. */
  iban: Generated<string>;
  iban_account_name: Generated<string>;
  vat_number: Generated<string>;
  kvk_number: Generated<string>;
  finance_email: Generated<string>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface SchoolsTable {
  id: Generated<number>;
  school_number: string;
  name: string;
  city: Generated<string>;
  budget_holder_name: string;
  budget_holder_email: Generated<string>;
}

export interface WebordersTable {
  id: Generated<number>;
  order_date: string;
  name: string;
  /** A WeborderStatus (shared/domain/weborderStatus.ts). */
  status: string;
  partner_id: number;
  school_id: number;
  school_number: string;
  budget_holder: string;
  grade: Generated<string>;
  teacher: Generated<string>;
  students: number;
  teachers: number;
  persons: number;
  event: string;
  desired_at: string;
  ticket_price_cents: number | null;
  package_price_cents: number | null;
  total_cents: number;
  rejected_reason: string | null;
  error_message: string | null;
  error_from_status: string | null;
  request_id: number | null;
  created_by: Generated<string>;
  paid_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface WeborderHistoryTable {
  id: Generated<number>;
  weborder_id: number;
  at: string;
  /** school | partner | helpdesk | system */
  actor: string;
  actor_name: string;
  staff_id: number | null;
  from_status: string | null;
  to_status: string;
  reason: string | null;
}

export interface WeborderRequestsTable {
  id: Generated<number>;
  created_at: string;
  partner_id: number;
  school_id: number;
  teacher_name: string;
  teacher_email: Generated<string>;
  teacher_phone: Generated<string>;
  grade: Generated<string>;
  level: Generated<string>;
  event: string;
  desired_at: string;
  students: number;
  teachers: number;
  remark: Generated<string>;
  /** open | proposed */
  status: Generated<string>;
  weborder_id: number | null;
  version: Generated<number>;
}

export interface LedgerLinesTable {
  id: Generated<number>;
  partner_id: number;
  weborder_id: number;
  at: string;
  /** invoice | fee | payout */
  kind: string;
  description: string;
  debit_cents: Generated<number>;
  credit_cents: Generated<number>;
}

/** Migration 013: a durable bulk job (server/jobs/). */
export interface JobsTable {
  id: string;
  kind: string;
  state: string;
  staff_id: number;
  staff_username: string;
  staff_roles: string;
  source_address: string;
  params: Generated<string>;
  total: number;
  done: Generated<number>;
  failed: Generated<number>;
  error: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  cancel_requested: Generated<number>;
  result_files: string | null;
  fetched: Generated<string>;
  created_at: string;
  finished_at: string | null;
  expires_at: string | null;
  version: Generated<number>;
}

export interface JobItemsTable {
  job_id: string;
  seq: number;
  customer_number: string;
  state: Generated<string>;
  message: string | null;
  done_at: string | null;
}

export interface CustomerGroupsTable {
  id: Generated<number>;
  name: string;
  description: Generated<string>;
  rights: Generated<string>;
  created_at: string;
  version: Generated<number>;
}

export interface CustomerGroupMembersTable {
  group_id: number;
  household_id: number;
  added_at: string;
}

export interface ImportMappingsTable {
  scope: string;
  mapping: string;
  updated_at: string;
}

export interface ImportsTable {
  id: string;
  staff_id: number;
  file_name: string;
  kind: string;
  size: number;
  created_at: string;
  plan: string | null;
  committed_at: string | null;
}

/** Migration 009: the portal theme (one row), its compiled stylesheets, images, functions and repair requests without sign-in. */
export interface PortalThemeTable {
  id: number;
  colors: string;
  logo_shape: string;
  copyright: number;
  active_stylesheet_id: number | null;
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

export interface ThemeStylesheetsTable {
  id: Generated<number>;
  css: string;
  hash: string;
  bytes: number;
  colors: string;
  logo_shape: string;
  copyright: number;
  compiled_at: string;
  compiled_by: string;
  compile_ms: number;
}

export interface ThemeAssetsTable {
  name: string;
  content_type: string;
  data: Buffer;
  hash: string;
  size: number;
  uploaded_at: string;
  uploaded_by: string;
}

export interface PortalFunctionsTable {
  key: string;
  enabled: number;
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

export interface PortalFunctionOptionsTable {
  id: number;
  interesting_topics: number;
  acceptgiro_allowed: number;
  version: number;
}

export interface AnonymousRepairRequestsTable {
  id: Generated<number>;
  received_at: string;
  request_number: string;
  postcode: string;
  house_number: number;
  house_number_addition: string;
  name: string;
  phone: string;
  email: string;
  location: string;
  description: string;
  household_id: number | null;
  repair_request_id: number | null;
}

export interface DB {
  staff_users: StaffUsersTable;
  staff_sessions: StaffSessionsTable;
  settings: SettingsTable;
  ip_ranges: IpRangesTable;
  kb_topics: KbTopicsTable;
  kb_questions: KbQuestionsTable;
  kb_codes: KbCodesTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  meta: MetaTable;
  household_roles: HouseholdRolesTable;
  households: HouseholdsTable;
  persons: PersonsTable;
  accounts: AccountsTable;
  account_requests: AccountRequestsTable;
  tenant_sessions: TenantSessionsTable;
  auth_attempts: AuthAttemptsTable;
  outbox_mail: OutboxMailTable;
  label_overrides: LabelOverridesTable;
  label_history: LabelHistoryTable;
  email_templates: EmailTemplatesTable;
  erp_outbox: ErpOutboxTable;
  contracts: ContractsTable;
  valuation_items: ValuationItemsTable;
  rent_components: RentComponentsTable;
  invoices: InvoicesTable;
  payments: PaymentsTable;
  payment_arrangements: PaymentArrangementsTable;
  repair_requests: RepairRequestsTable;
  interactions: InteractionsTable;
  documents: DocumentsTable;
  look_along_sessions: LookAlongSessionsTable;
  one_time_links: OneTimeLinksTable;
  partners: PartnersTable;
  schools: SchoolsTable;
  weborders: WebordersTable;
  weborder_history: WeborderHistoryTable;
  weborder_requests: WeborderRequestsTable;
  ledger_lines: LedgerLinesTable;
  iban_changes: IbanChangesTable;
  events: EventsTable;
  jobs: JobsTable;
  job_items: JobItemsTable;
  customer_groups: CustomerGroupsTable;
  customer_group_members: CustomerGroupMembersTable;
  import_mappings: ImportMappingsTable;
  imports: ImportsTable;
  portal_theme: PortalThemeTable;
  theme_stylesheets: ThemeStylesheetsTable;
  theme_assets: ThemeAssetsTable;
  portal_functions: PortalFunctionsTable;
  portal_function_options: PortalFunctionOptionsTable;
  anonymous_repair_requests: AnonymousRepairRequestsTable;
}

/** Migration 012: an IBAN change under four eyes (a partner's, or a tenant contract's). */
export interface IbanChangesTable {
  id: Generated<number>;
  party: string;
  party_id: number;
  old_iban: string;
  new_iban: string;
  account_name: string;
  director_cc: Generated<string>;
  payment_method: string | null;
  mandate_reference: string | null;
  proof_file_name: string | null;
  proof_content_type: string | null;
  proof_size: number | null;
  proof_key: string | null;
  status: Generated<string>;
  entered_by_staff_id: number | null;
  entered_by_account_id: number | null;
  entered_by_name: string;
  entered_at: string;
  decided_by_staff_id: Generated<number | null>;
  decided_by_name: Generated<string | null>;
  decided_at: Generated<string | null>;
  reason: Generated<string | null>;
  version: Generated<number>;
}

/** Migration 012: every live event, in order (the id is the SSE id). */
export interface EventsTable {
  id: Generated<number>;
  at: string;
  type: string;
  payload: string;
}
