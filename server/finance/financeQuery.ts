import { sql } from 'kysely';
import type { List } from '../../shared/api/common';
import type { FinanceOverview, LedgerLine } from '../../shared/api/finance';
import { utcMonthOf } from '../db/timeSql';
import type { Db } from '../weborders/weborderRows';

interface FinanceFilter {
  partnerId?: number;
  year?: number;
}

function ledger(db: Db, f: FinanceFilter) {
  let q = db.selectFrom('ledger_lines as l');
  if (f.partnerId) q = q.where('l.partner_id', '=', f.partnerId);
  if (f.year) q = q.where('l.at', '>=', `${f.year}-01-01`).where('l.at', '<', `${f.year + 1}-01-01`);
  return q;
}

/**
 * Income (the paid weborders' invoices), commission (the 5 % fees) and payouts, per month and in total, summed
 * from the ledger lines themselves so the overview always equals the ledger. One grouped scan of the covering
 * index (partner_id, at, kind, debit, credit).
 */
export async function financeOverview(db: Db, f: FinanceFilter): Promise<FinanceOverview> {
  const month = utcMonthOf(db, 'l.at');
  const rows = await ledger(db, f)
    .select([
      month.as('month'),
      sql<number>`sum(case when l.kind = 'invoice' then l.credit_cents else 0 end)`.as('income'),
      sql<number>`sum(case when l.kind = 'fee' then l.debit_cents else 0 end)`.as('commission'),
      sql<number>`sum(case when l.kind = 'payout' then l.debit_cents else 0 end)`.as('payout'),
    ])
    .groupBy(month)
    .orderBy(month)
    .execute();
  const months = rows.map((r) => ({ month: r.month, income: Number(r.income), commission: Number(r.commission), payout: Number(r.payout) }));
  const sum = (k: 'income' | 'commission' | 'payout') => months.reduce((t, m) => t + m[k], 0);
  return { income: sum('income'), commission: sum('commission'), payout: sum('payout'), months };
}

/** Ledger lines newest first; a paid weborder's three lines stay together (invoice, fee, payout). */
export async function ledgerLines(db: Db, f: FinanceFilter & { page: number; pageSize: number }): Promise<List<LedgerLine>> {
  const [rows, count] = await Promise.all([
    ledger(db, f)
      .selectAll('l')
      .orderBy('l.at', 'desc')
      .orderBy('l.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    ledger(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      partnerId: r.partner_id,
      weborderId: r.weborder_id,
      kind: r.kind === 'fee' ? 'fee' : r.kind === 'payout' ? 'payout' : 'invoice',
      description: r.description,
      debit: r.debit_cents,
      credit: r.credit_cents,
    })),
    total: Number(count.n),
    page: f.page,
    pageSize: f.pageSize,
  };
}
