/**
 * Characters that have no place in a name or an address: control characters, and the invisible ones that
 * reorder or hide text (bidi overrides and isolates, zero-width characters). A name such as
 * "Jan\u202Eneppo" displays reversed in a grid, a letter or the audit log: refused, not stripped, so what
 * is stored is what was seen.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text);
}

/** Whether `yyyy-mm-dd` is a date that exists (no 31 April, 29 February only in leap years). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
