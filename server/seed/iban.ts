// Dutch IBANs with a correct ISO 13616 mod-97 check: NLkk BBBB 0123456789.

function mod97(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i++) r = (r * 10 + (digits.charCodeAt(i) - 48)) % 97;
  return r;
}

function lettersToDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 65 && c <= 90 ? String(c - 55) : ch;
  }
  return out;
}

/** Builds an NL IBAN (no spaces) from a 4-letter bank code and a 10-digit account number. */
export function nlIban(bank: string, account10: string): string {
  const check = 98 - mod97(lettersToDigits(bank + account10 + 'NL00'));
  return `NL${String(check).padStart(2, '0')}${bank}${account10}`;
}

/** True when an IBAN's mod-97 check holds (used by the tests). */
export function ibanChecksumOk(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  return mod97(lettersToDigits(s.slice(4) + s.slice(0, 4))) === 1;
}
