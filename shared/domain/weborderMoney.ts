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

/**
 * "12,50", "12.50", "€ 1.234,5" or "7" → cents (1250, 1250, 123450, 700); null when it is not an amount with at
 * most two decimals. The last , or . followed by one or two digits is the decimal separator; others group.
 */
export function parseEuroCents(text: string): number | null {
  const s = text.replace(/[€\s]/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const grouped = m[1] ?? '';
  // Thousands separators only between groups of three digits ("1.234"); "1,2,3" is no amount.
  if (!/^\d+$/.test(grouped) && !/^\d{1,3}([.,]\d{3})+$/.test(grouped)) return null;
  const whole = grouped.replace(/[.,]/g, '');
  if (whole.length > 9) return null;
  const fraction = (m[2] ?? '').padEnd(2, '0');
  return Number(whole) * 100 + Number(fraction || '0');
}
