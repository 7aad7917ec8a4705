// Weborder money, in integer euro cents end to end (never floats). Seed 000 §2.1: the cultural-card
// contribution is 5 % of each paid weborder, rounded half up to the cent per weborder, and the partner is paid
// the rest: an invoice of € 0,30 gives a fee of € 0,02 (1.5 → 2) and a payout of € 0,28.

export const COMMISSION_PERCENT = 5;

/** 5 % of `totalCents`, rounded half up to the cent (integer arithmetic, so no binary-fraction surprises). */
export function commissionCents(totalCents: number): number {
  return Math.floor((totalCents * COMMISSION_PERCENT + 50) / 100);
}

/** What the partner receives for a paid weborder: the total minus the commission. */
export function payoutCents(totalCents: number): number {
  return totalCents - commissionCents(totalCents);
}

/**
 * A weborder's total: the package price when the partner works with one (a total for the whole activity),
 * else the ticket price per person (students and teachers).
 */
export function weborderTotalCents(input: {
  ticketPriceCents?: number | null;
  packagePriceCents?: number | null;
  students: number;
  teachers: number;
}): number {
  if (input.packagePriceCents != null) return input.packagePriceCents;
  return (input.ticketPriceCents ?? 0) * (input.students + input.teachers);
}
