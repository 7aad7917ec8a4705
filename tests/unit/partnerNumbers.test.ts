import { describe, expect, it } from 'vitest';
import { isValidKvk, isValidVat, normalizeKvk, normalizeVat } from '../../shared/domain/partnerNumbers';

describe('KvK and VAT numbers of a partner', () => {
  it('accepts a KvK number of 8 digits, spaces and dots aside', () => {
    expect(isValidKvk('12345678')).toBe(true);
    expect(isValidKvk('1234 5678')).toBe(true);
    expect(normalizeKvk('12.34.56.78')).toBe('12345678');
    expect(isValidKvk('1234567')).toBe(false);
    expect(isValidKvk('123456789')).toBe(false);
    expect(isValidKvk('1234567a')).toBe(false);
  });

  it.each([
    ['NL123456782B01', true], // 11-test: 9·1+8·2+…+2·8 − 2 = 154 = 14 · 11
    ['nl 1234.56782 b01', true],
    ['NL000099998B57', true], // mod 97 (sole-trader ids since 2020)
    ['NL123456789B01', false],
    ['NL12345678B01', false],
    ['BE0123456789', false],
    ['NL123456782B1', false],
  ])('%s → %s', (vat, ok) => {
    expect(isValidVat(vat)).toBe(ok);
  });

  it('normalises a VAT number to capitals without spaces or dots', () => {
    expect(normalizeVat(' nl 1234.56782 b01 ')).toBe('NL123456782B01');
  });
});
