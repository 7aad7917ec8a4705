import type { Account } from '../../../shared/api/accounts';

/** A plain confirmed account as the server sends it. */
export function accountFixture(patch: Partial<Account> = {}): Account {
  return {
    id: 7,
    username: 'j.jansen',
    email: 'j.jansen@voorbeeld.nl',
    emailValid: true,
    role: 'user',
    customerNumber: 'HM-000123',
    confirmedAt: '2024-03-01T10:00:00.000Z',
    autoBlocked: false,
    autoBlockedUntil: null,
    manuallyBlocked: false,
    blockReason: null,
    failedLoginAttempts: 0,
    lastLoginAt: null,
    version: 4,
    ...patch,
  };
}
