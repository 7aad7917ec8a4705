import type { AccountStatus } from '../../shared/api/accounts';

/** The account list's status filter as SQL on `accounts a`, the same text on both engines. */
export function statusFilter(status: AccountStatus | undefined, nowIso: string): { sql: string; params: string[] } | null {
  switch (status) {
    case 'unconfirmed':
      return { sql: 'a.confirmed_at IS NULL', params: [] };
    case 'auto_blocked':
      return { sql: 'a.auto_blocked_until > ?', params: [nowIso] };
    case 'manually_blocked':
      return { sql: 'a.manually_blocked = 1', params: [] };
    // Blocked now, either way (the attention overview's link).
    case 'blocked':
      return { sql: '(a.manually_blocked = 1 OR a.auto_blocked_until > ?)', params: [nowIso] };
    default:
      return null;
  }
}
