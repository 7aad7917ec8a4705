import { describe, expect, it } from 'vitest';
import { dutchBankName, formatIban, ibanProblem, isValidIban, mandateReference, maskIban, normalizeIban } from '../../shared/domain/iban';

describe('IBAN rules', () => {
  it('accepts valid Dutch and foreign IBANs', () => {
    for (const iban of ['NL91ABNA0417164300', 'NL44RABO0123456789', 'DE89370400440532013000', 'BE68539007547034', 'GB82WEST12345698765432', 'FR1420041010050500013M02606']) {
      expect(isValidIban(iban), iban).toBe(true);
    }
  });

  it('refuses a checksum error, naming the check digits', () => {
    expect(ibanProblem('NL92ABNA0417164300')).toMatch(/controlegetal/);
    expect(ibanProblem('DE89370400440532013001')).toMatch(/controlegetal/);
  });

  it('refuses wrong lengths, unknown countries and rubbish with a Dutch message', () => {
    expect(ibanProblem('NL91ABNA041716430')).toMatch(/lengte/);
    expect(ibanProblem('XX91ABNA0417164300')).toMatch(/landcode XX/);
    expect(ibanProblem('')).toBe('Vul een IBAN in');
    expect(ibanProblem('1234 5678')).toMatch(/twee letters/);
  });

  it('reads spaces and lower case as the same IBAN', () => {
    expect(normalizeIban(' nl91 abna 0417 1643 00 ')).toBe('NL91ABNA0417164300');
    expect(isValidIban('nl91abna0417164300')).toBe(true);
  });

  it('groups by four for display and masks all but country, check digits and the last four', () => {
    expect(formatIban('nl91abna0417164300')).toBe('NL91 ABNA 0417 1643 00');
    expect(maskIban('NL91ABNA0417164300')).toBe('NL91 **** **** **43 00');
    expect(maskIban('NL91ABNA0417164300')).not.toContain('0417');
  });

  it('names the bank of a Dutch IBAN from its bank code, and none for a foreign one', () => {
    expect(dutchBankName('NL91ABNA0417164300')).toBe('ABN AMRO');
    expect(dutchBankName('nl44 rabo 0123 4567 89')).toBe('Rabobank');
    expect(dutchBankName('NL69INGB0123456789')).toBe('ING');
    expect(dutchBankName('DE89370400440532013000')).toBeNull();
    expect(dutchBankName('NL91ZZZZ0417164300')).toBeNull();
  });

  it('makes a mandate reference of at most 35 allowed characters', () => {
    const ref = mandateReference('HC-2019/00123', new Date('2026-11-02T09:00:00Z'));
    expect(ref).toBe('KCC-HC201900123-20261102090000');
    expect(ref.length).toBeLessThanOrEqual(35);
  });
});
