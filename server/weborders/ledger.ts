import { commissionCents, payoutCents } from '../../shared/domain/weborderMoney';
import type { Db } from './weborderRows';

/** "000000000000422": the weborder number as the partner portal's ledger prints it. */
export function ledgerNumber(id: number): string {
  return String(id).padStart(15, '0');
}

/** "2018-11-19 21:35": the activity's moment in the ledger line. */
function activity(desiredAt: string): string {
  return `${desiredAt.slice(0, 10)} ${desiredAt.slice(11, 16)}`;
}

export interface PaidWeborder {
  id: number;
  partnerId: number;
  totalCents: number;
  desiredAt: string;
  schoolName: string;
  schoolCity: string;
}

/**
 * The three ledger lines of a paid weborder (seed 000 §2.1): the invoice to the school (credit), the 5 %
 * contribution (debit) and the payout to the partner (debit); fee + payout = invoice, to the cent.
 */
export function ledgerLinesFor(w: PaidWeborder, at: string) {
  const nr = ledgerNumber(w.id);
  const dd = activity(w.desiredAt);
  const school = [w.schoolName, w.schoolCity].filter(Boolean).join(', ');
  const base = { partner_id: w.partnerId, weborder_id: w.id, at };
  return [
    { ...base, kind: 'invoice', description: `Factuur weborder ${nr} - d.d. ${dd} ${school}`.trim(), debit_cents: 0, credit_cents: w.totalCents },
    { ...base, kind: 'fee', description: `Fee 5% voor weborder ${nr} - d.d. ${dd}`, debit_cents: commissionCents(w.totalCents), credit_cents: 0 },
    { ...base, kind: 'payout', description: `Uitbetaling weborder ${nr} - d.d. ${dd}`, debit_cents: payoutCents(w.totalCents), credit_cents: 0 },
  ];
}

export async function writeLedger(db: Db, w: PaidWeborder, at: string): Promise<void> {
  await db.insertInto('ledger_lines').values(ledgerLinesFor(w, at)).execute();
}
