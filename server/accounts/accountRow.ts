import type { Selectable } from 'kysely';
import type { Account, AccountRole } from '../../shared/api/accounts';
import type { DB } from '../db/schema';

export type AccountRow = Selectable<DB['accounts']>;

/** The columns the API shows (never the password hash or the confirm token hash). */
export const accountColumns = [
  'id', 'username', 'email', 'email_valid', 'role', 'customer_number', 'confirmed_at', 'failed_login_attempts',
  'auto_blocked_until', 'manually_blocked', 'block_reason', 'last_login_at', 'version',
] as const;
export type AccountListRow = Pick<AccountRow, (typeof accountColumns)[number]>;

/** An automatic block is a point in time, so "blocked" is computed against the (injectable) clock. */
export function isAutoBlocked(row: Pick<AccountRow, 'auto_blocked_until'>, now: Date): boolean {
  return row.auto_blocked_until !== null && row.auto_blocked_until > now.toISOString();
}

export function toAccount(row: AccountListRow, now: Date): Account {
  const autoBlocked = isAutoBlocked(row, now);
  return {
    id: row.id,
    username: row.username,
    email: row.email,
    emailValid: row.email_valid === 1,
    role: (row.role === 'admin' ? 'admin' : 'user') satisfies AccountRole,
    customerNumber: row.customer_number,
    confirmedAt: row.confirmed_at,
    autoBlocked,
    // Kept as stored: after it passed, it still tells when the last automatic block ended.
    autoBlockedUntil: row.auto_blocked_until,
    manuallyBlocked: row.manually_blocked === 1,
    blockReason: row.block_reason,
    failedLoginAttempts: row.failed_login_attempts,
    lastLoginAt: row.last_login_at,
    version: row.version,
  };
}
