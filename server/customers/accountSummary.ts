import type { AccountStatusSummary } from '../../shared/api/customers';
import type { SqlRunner } from '../db/sqlRunner';

/** The portal account state of a household in one word (lookup rows), from two indexed point lookups. */
export class AccountSummaries {
  constructor(
    private readonly run: SqlRunner,
    private readonly engine: 'sqlite' | 'postgres' = 'sqlite',
  ) {}

  /**
   * The summaries of several households. SQLite: the point lookups one by one (microseconds each, no round trip).
   * PostgreSQL: two queries for the whole page instead of two round trips per row.
   */
  async ofMany(customerNumbers: readonly string[], now: Date): Promise<Map<string, AccountStatusSummary>> {
    const out = new Map<string, AccountStatusSummary>();
    if (this.engine === 'sqlite') {
      for (const cn of customerNumbers) out.set(cn, await this.of(cn, now));
      return out;
    }
    const numbers = [...new Set(customerNumbers)];
    const [accounts, requests] = await Promise.all([
      this.run.all<{ customer_number: string; confirmed_at: string | null; auto_blocked_until: string | null; manually_blocked: number }>(
        `SELECT DISTINCT ON (customer_number) customer_number, confirmed_at, auto_blocked_until, manually_blocked FROM accounts
         WHERE customer_number = ANY(?::text[]) ORDER BY customer_number, role = 'user' DESC, id`,
        numbers,
      ),
      this.run.all<{ customer_number: string }>(
        'SELECT DISTINCT customer_number FROM account_requests WHERE customer_number = ANY(?::text[]) AND account_id IS NULL',
        numbers,
      ),
    ]);
    const byNumber = new Map(accounts.map((a) => [a.customer_number, a]));
    const requested = new Set(requests.map((r) => r.customer_number));
    for (const cn of numbers) {
      const a = byNumber.get(cn);
      out.set(cn, a ? summarise(a, now) : requested.has(cn) ? 'requested' : 'none');
    }
    return out;
  }

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
    return summarise(a, now);
  }
}

function summarise(
  a: { confirmed_at: string | null; auto_blocked_until: string | null; manually_blocked: number },
  now: Date,
): AccountStatusSummary {
  if (a.manually_blocked === 1) return 'manually_blocked';
  if (a.auto_blocked_until !== null && a.auto_blocked_until > now.toISOString()) return 'auto_blocked';
  return a.confirmed_at === null ? 'unconfirmed' : 'active';
}
