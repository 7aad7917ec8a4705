// The chamber-of-commerce (KvK) and VAT (btw-id) numbers of a partner, checked as the Dutch registers issue them.

/** KvK-nummer: exactly 8 digits (spaces and dots are ignored). */
export function normalizeKvk(value: string): string {
  return value.replace(/[\s.]/g, '');
}
export function isValidKvk(value: string): boolean {
  return /^\d{8}$/.test(normalizeKvk(value));
}

/** Btw-identificatienummer: NL + 9 digits + B + 2 digits, in capitals without spaces or dots. */
export function normalizeVat(value: string): string {
  return value.replace(/[\s.]/g, '').toUpperCase();
}

/**
 * Valid when the format is right and either check holds: the 11-test over the 9 digits (the older numbers) or
 * mod 97 over the whole id with N=23, L=21, B=11 (the numbers given to sole traders since 2020).
 */
export function isValidVat(value: string): boolean {
  const v = normalizeVat(value);
  const m = /^NL(\d{9})B(\d{2})$/.exec(v);
  if (!m) return false;
  const digits = m[1]!;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  const elevenTest = (sum - Number(digits[8])) % 11 === 0;
  const numeric = `2321${digits}11${m[2]}`;
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return elevenTest || rest === 1;
}
