// The WOZ value and energy index of a seeded contract. They are derived from the contract's id and the
// dwelling's own figures rather than drawn from the seed's random generator: drawing would shift every value
// generated after them, and the demo data (names, addresses, accounts) would change with each new field.

/** A fixed number in [0, 1) per (id, salt): an integer hash (murmur3's finaliser), no state. */
function fixed(id: number, salt: number): number {
  let x = Math.imul(id ^ salt, 0x9e3779b1);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) / 4_294_967_296;
}

/**
 * Energy index ranges per label, as the energy index scale assigned them (A++ up to 0.50 … G above 2.90);
 * A+++ (a later label) below that.
 */
const INDEX_RANGE: Readonly<Record<string, readonly [number, number]>> = {
  'A+++': [0.2, 0.35],
  'A++': [0.36, 0.5],
  'A+': [0.51, 0.7],
  A: [0.71, 1.05],
  B: [1.06, 1.3],
  C: [1.31, 1.6],
  D: [1.61, 2.0],
  E: [2.01, 2.4],
  F: [2.41, 2.9],
  G: [2.91, 3.4],
};

/** The energy index (two decimals) fitting the label; null for what has no label (a garage, a parking place). */
export function energyIndexFor(contractId: number, label: string): number | null {
  const range = INDEX_RANGE[label];
  if (!range) return null;
  const [lo, hi] = range;
  return Math.round((lo + fixed(contractId, 0x51) * (hi - lo)) * 100) / 100;
}

/** Values of the units some households rent besides their home, in whole euros: [lowest, highest]. */
const UNIT_VALUE: Readonly<Record<string, readonly [number, number]>> = {
  Garagebox: [18_000, 36_000],
  Parkeerplaats: [12_000, 25_000],
  Berging: [8_000, 18_000],
};

/**
 * The WOZ value in cents, rounded to a thousand euros as the municipality states it: a home at €2,900–€4,600
 * a square metre (newer homes towards the top), a separate unit within its own range.
 */
export function wozValueCentsFor(contractId: number, type: string, surfaceM2: number, constructionYear: number): number {
  const unit = UNIT_VALUE[type];
  const r = fixed(contractId, 0x2a);
  let euros: number;
  if (unit) {
    euros = unit[0] + r * (unit[1] - unit[0]);
  } else {
    const age = Math.min(1, Math.max(0, (constructionYear - 1930) / 95));
    euros = surfaceM2 * (2_900 + 1_700 * (0.6 * age + 0.4 * r));
  }
  return Math.round(euros / 1_000) * 1_000 * 100;
}

/** The WOZ reference date of the current assessment: 1 January of the year before the year `now` falls in. */
export function wozReferenceDate(now: Date): string {
  return `${now.getUTCFullYear() - 1}-01-01`;
}
