import type { SeedContext } from './context';
import type { MonthStart } from './dates';
import { paymentMethodLabel } from './reference';
import type { Tenancy } from './tenancy';

/**
 * Monthly rent invoices for the last `monthCount` months (only months the tenancy ran), with the
 * payments that settled them; `arrearsMonths` of the newest stay open. Returns the open total.
 */
export function writeInvoices(
  ctx: SeedContext,
  householdId: number,
  customerNumber: string,
  t: Tenancy,
  monthCount: number,
  arrearsMonths: number,
): { openCents: number; firstOpenOffset: number } {
  const { rng, days, w, months } = ctx;
  const method = paymentMethodLabel[t.paymentMethod] ?? 'Overboeking';
  const incasso = t.paymentMethod === 'automatische_incasso';
  let openCents = 0;
  let firstOpenOffset = 0;
  const from = Math.max(0, months.length - monthCount);
  for (let i = from; i < months.length; i++) {
    const m = months[i] as MonthStart;
    if (m.dayOffset < t.startOffset) continue;
    // Rent went up about 3% every July: older invoices were lower.
    const yearsAgo = Math.floor((months.length - 1 - i) / 12);
    const amount = Math.round(t.monthlyCents / (1 + 0.03 * yearsAgo));
    const dueOffset = t.paymentMethod === 'acceptgiro' ? m.dayOffset + 14 : m.dayOffset;
    const invoiceNumber = `F${m.year}-${String(ctx.next.invoice++).padStart(8, '0')}`;
    const paidOffset = incasso ? m.dayOffset + rng.int(0, 1) : m.dayOffset + rng.int(-4, 18);
    const inArrears = i >= months.length - arrearsMonths;
    if (inArrears || paidOffset >= 0) {
      if (openCents === 0) firstOpenOffset = m.dayOffset;
      openCents += amount;
      w.invoices.add(householdId, invoiceNumber, m.description, m.date, days.date(dueOffset), amount, amount, null, null);
      continue;
    }
    const paidAt = days.at(paidOffset, rng.int(6 * 3600, 22 * 3600));
    const paidDate = days.date(paidOffset);
    if (rng.chance(0.003)) {
      w.invoices.add(householdId, invoiceNumber, m.description, m.date, days.date(dueOffset), amount, 0, paidAt, 'Creditnota');
      continue;
    }
    w.invoices.add(
      householdId, invoiceNumber, m.description, m.date, days.date(dueOffset), amount, 0, paidAt,
      incasso ? `Automatische incasso ${paidDate}` : `Betaling ${paidDate}`,
    );
    w.payments.add(householdId, paidAt, amount, method, `${m.description} ${customerNumber}`);
  }
  return { openCents, firstOpenOffset };
}

/** A running arrangement for households in arrears, and some finished or lapsed old ones. */
export function writeArrangements(ctx: SeedContext, householdId: number, openCents: number, firstOpenOffset: number): boolean {
  const { rng, days, w } = ctx;
  let any = false;
  if (openCents > 0 && rng.chance(0.6)) {
    const start = Math.min(0, firstOpenOffset + rng.int(10, 40));
    const terms = rng.int(3, 12);
    w.payment_arrangements.add(
      householdId, days.date(start), days.date(start + terms * 30), openCents, Math.ceil(openCents / terms), terms, 'lopend',
    );
    any = true;
  }
  if (rng.chance(0.015)) {
    const start = -rng.int(400, 1800);
    const terms = rng.int(3, 10);
    const total = rng.int(40_000, 250_000);
    w.payment_arrangements.add(
      householdId, days.date(start), days.date(start + terms * 30), total, Math.ceil(total / terms), terms,
      rng.chance(0.75) ? 'afgerond' : 'vervallen',
    );
    any = true;
  }
  return any;
}
