import type Database from 'better-sqlite3';
import type { AccountStatusSummary } from '../../shared/api/customers';

/** The portal account state of a household in one word (lookup rows), from two indexed point lookups. */
export class AccountSummaries {
  private readonly account: Database.Statement;
  private readonly request: Database.Statement;
  constructor(db: Database.Database) {
    // A household's own account (role user) before any admin account that names it.
    this.account = db.prepare(
      `SELECT confirmed_at, auto_blocked_until, manually_blocked FROM accounts WHERE customer_number = ?
       ORDER BY role = 'user' DESC, id LIMIT 1`,
    );
    this.request = db.prepare('SELECT 1 FROM account_requests WHERE customer_number = ? AND account_id IS NULL LIMIT 1');
  }

  of(customerNumber: string, now: Date): AccountStatusSummary {
    const a = this.account.get(customerNumber) as
      | { confirmed_at: string | null; auto_blocked_until: string | null; manually_blocked: number }
      | undefined;
    if (!a) return this.request.get(customerNumber) ? 'requested' : 'none';
    if (a.manually_blocked === 1) return 'manually_blocked';
    if (a.auto_blocked_until !== null && a.auto_blocked_until > now.toISOString()) return 'auto_blocked';
    return a.confirmed_at === null ? 'unconfirmed' : 'active';
  }
}
