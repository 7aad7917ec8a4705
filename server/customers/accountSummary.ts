import type { AccountStatusSummary } from '../../shared/api/customers';
import type { SqlRunner } from '../db/sqlRunner';

/**
 * The portal account state of a household in one word (lookup rows), from two indexed point lookups: SQLite's
 * customer lookup, a page's households one by one (microseconds each, no round trip). PostgreSQL reads the same
 * inputs as columns of its lookup statement (PG_SUMMARY_COLUMNS below).
 */
export class AccountSummaries {
  constructor(private readonly run: SqlRunner) {}

  async ofMany(customerNumbers: readonly string[], now: Date): Promise<Map<string, AccountStatusSummary>> {
    const out = new Map<string, AccountStatusSummary>();
    for (const cn of customerNumbers) out.set(cn, await this.of(cn, now));
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

/**
 * PostgreSQL: a household's summary inputs as columns of a query over `households h` — its first account (role
 * user before admin, then id, as `of`) and whether an open request names it — so the lookup reads the page's
 * households and their summaries in ONE statement (each round trip through node-pg on a loaded machine costs
 * about what the lookup's SQL does). `summaryOfColumns` turns them into the summary.
 */
export const PG_SUMMARY_COLUMNS = `kcc_acc.id AS kcc_acc_id, kcc_acc.confirmed_at AS kcc_acc_confirmed_at,
  kcc_acc.auto_blocked_until AS kcc_acc_auto_blocked_until, kcc_acc.manually_blocked AS kcc_acc_manually_blocked,
  EXISTS (SELECT 1 FROM account_requests r WHERE r.customer_number = h.customer_number AND r.account_id IS NULL) AS kcc_requested`;
export const PG_SUMMARY_JOIN = `LEFT JOIN LATERAL (SELECT id, confirmed_at, auto_blocked_until, manually_blocked FROM accounts
  WHERE customer_number = h.customer_number ORDER BY role = 'user' DESC, id LIMIT 1) kcc_acc ON true`;

export interface SummaryColumns {
  kcc_acc_id: number | null;
  kcc_acc_confirmed_at: string | null;
  kcc_acc_auto_blocked_until: string | null;
  kcc_acc_manually_blocked: number | null;
  kcc_requested: boolean;
}

export function summaryOfColumns(c: SummaryColumns, now: Date): AccountStatusSummary {
  if (c.kcc_acc_id === null) return c.kcc_requested ? 'requested' : 'none';
  return summarise(
    { confirmed_at: c.kcc_acc_confirmed_at, auto_blocked_until: c.kcc_acc_auto_blocked_until, manually_blocked: c.kcc_acc_manually_blocked ?? 0 },
    now,
  );
}

function summarise(
  a: { confirmed_at: string | null; auto_blocked_until: string | null; manually_blocked: number },
  now: Date,
): AccountStatusSummary {
  if (a.manually_blocked === 1) return 'manually_blocked';
  if (a.auto_blocked_until !== null && a.auto_blocked_until > now.toISOString()) return 'auto_blocked';
  return a.confirmed_at === null ? 'unconfirmed' : 'active';
}
