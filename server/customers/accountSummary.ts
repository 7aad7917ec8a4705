import type { AccountStatusSummary } from '../../shared/api/customers';
import type { SqlRunner } from '../db/sqlRunner';

/** The portal account state of a household in one word (lookup rows), from two indexed point lookups. */
export class AccountSummaries {
  constructor(private readonly run: SqlRunner) {}

  async of(customerNumber: string, now: Date): Promise<AccountStatusSummary> {
    // A household's own account (role user) before any admin account that names it.
    const a = await this.run.get<{ confirmed_at: string | null; auto_blocked_until: string | null; manually_blocked: number }>(
      `SELECT confirmed_at, auto_blocked_until, manually_blocked FROM accounts WHERE customer_number = ?
       ORDER BY role = 'user' DESC, id LIMIT 1`,
      customerNumber,
    );
    if (!a) {
      const request = await this.run.get('SELECT 1 AS x FROM account_requests WHERE customer_number = ? AND account_id IS NULL LIMIT 1', customerNumber);
      return request ? 'requested' : 'none';
    }
    if (a.manually_blocked === 1) return 'manually_blocked';
    if (a.auto_blocked_until !== null && a.auto_blocked_until > now.toISOString()) return 'auto_blocked';
    return a.confirmed_at === null ? 'unconfirmed' : 'active';
  }
}
