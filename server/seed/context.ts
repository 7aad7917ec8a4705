import type { SqlValue } from './batchInsert';
import type { DayTable, MonthStart } from './dates';
import type { Rng } from './random';

/** The seeded tables and their columns, in the order the generators pass values (and in foreign-key order). */
const COLUMNS = {
  households: [
    'id', 'customer_number', 'name', 'phone', 'email', 'corr_street', 'corr_house_number',
    'corr_house_number_addition', 'corr_postcode', 'corr_city', 'activation_code',
    'activation_code_generated_at', 'erp_account_status', 'erp_account_status_sent_at',
  ],
  persons: [
    'household_id', 'role_code', 'initials', 'first_name', 'middle_name', 'last_name', 'birth_date', 'gender',
    'email', 'phone',
  ],
  accounts: [
    'id', 'username', 'email', 'email_valid', 'role', 'customer_number', 'password_hash', 'confirmed_at',
    'confirm_token_hash', 'failed_login_attempts', 'auto_blocked_until', 'manually_blocked', 'block_reason',
    'last_login_at', 'created_at',
  ],
  account_requests: [
    'customer_number', 'username', 'email', 'password_hash', 'customer_number_entered_at', 'identified_at',
    'details_filled_at', 'email_sent_at', 'confirm_token_hash', 'created_at',
  ],
  contracts: [
    'id', 'household_id', 'contract_number', 'start_date', 'end_date', 'street', 'house_number',
    'house_number_addition', 'postcode', 'city', 'dwelling_type', 'rooms', 'surface_m2', 'construction_year',
    'energy_label', 'payment_method', 'iban', 'woz_value_cents', 'woz_reference_date', 'energy_index',
  ],
  valuation_items: ['contract_id', 'category', 'points'],
  rent_components: ['contract_id', 'description', 'amount_cents'],
  invoices: [
    'household_id', 'invoice_number', 'description', 'invoice_date', 'due_date', 'amount_cents', 'open_cents',
    'settled_at', 'settled_by',
  ],
  payments: ['household_id', 'paid_at', 'amount_cents', 'method', 'reference'],
  payment_arrangements: [
    'household_id', 'start_date', 'end_date', 'total_cents', 'term_amount_cents', 'terms', 'status',
  ],
  repair_requests: [
    'household_id', 'request_number', 'reported_at', 'location', 'description', 'status', 'appointment_at',
    'closed_at',
  ],
  interactions: [
    'household_id', 'at', 'template', 'channel', 'description', 'staff_id', 'staff_name', 'show_in_portal',
  ],
  documents: ['household_id', 'title', 'document_date', 'kind', 'show_in_portal'],
} as const;

/** A buffered writer of one table's rows (SQLite: BatchInsert; PostgreSQL: PgCopyWriter). */
export interface RowWriter {
  readonly table: string;
  count: number;
  add(...values: SqlValue[]): void;
  flush(): void;
}

export type TableName = keyof typeof COLUMNS;

/** One buffered writer per table, columns in the order the generators pass values, in foreign-key order. */
export function createWriters<W extends RowWriter>(make: (table: TableName, columns: readonly string[]) => W): Record<TableName, W> {
  const out = {} as Record<TableName, W>;
  for (const table of Object.keys(COLUMNS) as TableName[]) out[table] = make(table, COLUMNS[table]);
  return out;
}

export type Writers = Record<TableName, RowWriter>;

/** Everything the per-household generators share. */
export interface SeedContext {
  seed: number;
  rng: Rng;
  days: DayTable;
  /** The last 120 months, oldest first (the benchmark household uses all, others the last 3). */
  months: readonly MonthStart[];
  w: Writers;
  /** Hash shared by every seeded tenant account and account request (see tenantPassword.ts). */
  tenantHash: string;
  /** Usernames taken so far (accounts and account requests), to keep them unique. */
  usernames: Set<string>;
  /** Next ids of the tables whose ids other rows refer to or that need running numbers. */
  next: { account: number; contract: number; invoice: number; repair: number };
  /** How many accounts / requests were made so far: the first few are forced through every state. */
  accountOrdinal: number;
  requestOrdinal: number;
}
