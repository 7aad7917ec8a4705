import { z } from 'zod';
import { IsoDateTime, PageQuery, listOf } from './common';

// Finance (seed 000 §2.1): income (the paid weborders' invoices), the 5 % commission and the payouts, in cents.

export const FinanceQuery = z.object({
  partnerId: z.coerce.number().int().min(1).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

const Totals = { income: z.number().int(), commission: z.number().int(), payout: z.number().int() };
export const FinanceOverview = z.object({
  ...Totals,
  /** Per month (yyyy-mm) of the ledger lines, oldest first. */
  months: z.array(z.object({ month: z.string(), ...Totals })),
});
export type FinanceOverview = z.infer<typeof FinanceOverview>;

export const LedgerLine = z.object({
  id: z.number().int(),
  at: IsoDateTime,
  partnerId: z.number().int(),
  weborderId: z.number().int(),
  kind: z.enum(['invoice', 'fee', 'payout']),
  description: z.string(),
  debit: z.number().int(),
  credit: z.number().int(),
});
export type LedgerLine = z.infer<typeof LedgerLine>;
export const LedgerQuery = PageQuery.merge(FinanceQuery);
export const LedgerList = listOf(LedgerLine);
