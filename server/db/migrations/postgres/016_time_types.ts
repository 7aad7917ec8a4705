// Migration 016 for PostgreSQL: instants become timestamptz, calendar dates date (they were ISO-8601 text COLLATE
// "C", see 001). The pool reads them back as the exact strings the server wrote (server/db/pgTimeTypes.ts: ISO with
// milliseconds and `Z`; `YYYY-MM-DD`), so every value the API returns and the audit chain hashes stays the same.
// SQLite keeps its text (../016_time_types.ts is empty). Indexes on these columns are rebuilt by ALTER … TYPE;
// NULLS FIRST and partial predicates carry over; the columns' COLLATE "C" goes with the text type.
// '' never was a time: a nullable column holding it becomes NULL (no writer puts '' there; 006's DEFAULT '' only
// stood in while its UPDATE filled the new columns, and is dropped here).

/** Columns holding an instant (every writer: `Date#toISOString()`, or an API IsoDateTime normalised to it). */
const instants: Record<string, { notNull: string[]; nullable: string[] }> = {
  schema_migrations: { notNull: ['applied_at'], nullable: [] },
  staff_users: { notNull: ['created_at'], nullable: [] },
  staff_sessions: { notNull: ['created_at', 'last_seen_at', 'absolute_expires_at'], nullable: [] },
  audit_log: { notNull: ['at'], nullable: [] },
  households: { notNull: [], nullable: ['activation_code_generated_at', 'pending_email_requested_at', 'erp_account_status_sent_at'] },
  accounts: { notNull: ['created_at'], nullable: ['confirmed_at', 'auto_blocked_until', 'last_login_at', 'confirm_token_issued_at'] },
  account_requests: {
    notNull: ['created_at'],
    nullable: [
      'customer_number_entered_at',
      'identified_at',
      'details_filled_at',
      'email_sent_at',
      'continuation_expires_at',
      'confirm_token_issued_at',
    ],
  },
  tenant_sessions: { notNull: ['created_at', 'expires_at', 'last_seen_at', 'absolute_expires_at'], nullable: [] },
  outbox_mail: { notNull: ['created_at'], nullable: ['sent_at', 'last_attempt_at', 'next_attempt_at', 'claimed_until'] },
  erp_outbox: { notNull: ['created_at'], nullable: ['sent_at'] },
  invoices: { notNull: [], nullable: ['settled_at'] },
  payments: { notNull: ['paid_at'], nullable: [] },
  repair_requests: { notNull: ['reported_at'], nullable: ['appointment_at', 'closed_at'] },
  interactions: { notNull: ['at'], nullable: [] },
  look_along_sessions: { notNull: ['started_at', 'expires_at'], nullable: ['ended_at'] },
  one_time_links: { notNull: ['created_at', 'expires_at'], nullable: ['used_at'] },
  auth_attempts: { notNull: ['window_start'], nullable: [] },
  label_overrides: { notNull: ['updated_at'], nullable: [] },
  label_history: { notNull: ['changed_at'], nullable: [] },
  email_templates: { notNull: ['updated_at'], nullable: [] },
  portal_theme: { notNull: [], nullable: ['updated_at'] },
  theme_stylesheets: { notNull: ['compiled_at'], nullable: [] },
  theme_assets: { notNull: ['uploaded_at'], nullable: [] },
  portal_functions: { notNull: [], nullable: ['updated_at'] },
  anonymous_repair_requests: { notNull: ['received_at'], nullable: [] },
  partners: { notNull: ['applied_at', 'created_at', 'updated_at'], nullable: ['decided_at'] },
  // order_date holds the creation instant (weborderStore: order_date = now), not a calendar date.
  weborders: { notNull: ['order_date', 'desired_at', 'created_at', 'updated_at'], nullable: ['paid_at'] },
  weborder_history: { notNull: ['at'], nullable: [] },
  weborder_requests: { notNull: ['created_at', 'desired_at'], nullable: [] },
  ledger_lines: { notNull: ['at'], nullable: [] },
  iban_changes: { notNull: ['entered_at'], nullable: ['decided_at'] },
  events: { notNull: ['at'], nullable: [] },
  jobs: { notNull: ['created_at'], nullable: ['lease_until', 'finished_at', 'expires_at'] },
  job_items: { notNull: [], nullable: ['done_at'] },
  customer_groups: { notNull: ['created_at'], nullable: [] },
  customer_group_members: { notNull: ['added_at'], nullable: [] },
  import_mappings: { notNull: ['updated_at'], nullable: [] },
  imports: { notNull: ['created_at'], nullable: ['committed_at'] },
};

/** Calendar dates (`YYYY-MM-DD`: seed, imports and the API's date fields). */
const dates: Record<string, { notNull: string[]; nullable: string[] }> = {
  persons: { notNull: ['birth_date'], nullable: [] },
  contracts: { notNull: ['start_date'], nullable: ['end_date', 'woz_reference_date'] },
  invoices: { notNull: ['invoice_date', 'due_date'], nullable: [] },
  payment_arrangements: { notNull: ['start_date', 'end_date'], nullable: [] },
  documents: { notNull: ['document_date'], nullable: [] },
};

/** One ALTER TABLE per table (one rewrite of it), every column in it. */
function alterAll(spec: Record<string, { notNull: string[]; nullable: string[] }>, type: 'timestamptz' | 'date'): string {
  return Object.entries(spec)
    .map(([table, { notNull, nullable }]) => {
      const parts = [
        ...notNull.map((c) => `ALTER COLUMN ${c} TYPE ${type} USING ${c}::${type}`),
        ...nullable.map((c) => `ALTER COLUMN ${c} TYPE ${type} USING nullif(${c}, '')::${type}`),
      ];
      return `ALTER TABLE ${table}\n  ${parts.join(',\n  ')};`;
    })
    .join('\n');
}

/** The converted columns, by table (the integration test checks no `_at`/`_until`/`_date` column is left text). */
export const PG_TIME_COLUMNS = { instants, dates } as const;

export default /* sql */ `
ALTER TABLE tenant_sessions ALTER COLUMN last_seen_at DROP DEFAULT, ALTER COLUMN absolute_expires_at DROP DEFAULT;
${alterAll(instants, 'timestamptz')}
${alterAll(dates, 'date')}
`;
