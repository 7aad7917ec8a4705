import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatEuro } from '../../shared/domain/format';

describe('formatDate / formatDateTime (nl-NL, Europe/Amsterdam)', () => {
  it('formats long dates with the Dutch weekday and month', () => {
    // 10:59 UTC is 12:59 in Amsterdam in summer (CEST, +2).
    expect(formatDateTime('2016-09-08T10:59:00Z', 'long')).toBe('donderdag 8 september 2016 12:59');
    expect(formatDate('2016-09-08T10:59:00Z', 'long')).toBe('donderdag 8 september 2016');
  });

  it('formats short dates as dd-mm-yyyy', () => {
    expect(formatDate('2016-09-08T10:59:00Z')).toBe('08-09-2016');
    expect(formatDateTime('2016-09-08T10:59:00Z')).toBe('08-09-2016 12:59');
  });

  it('uses Amsterdam time, also across midnight and in winter (CET, +1)', () => {
    expect(formatDateTime('2024-01-31T23:30:00Z')).toBe('01-02-2024 00:30');
    expect(formatDate(new Date('2024-12-31T23:00:00Z'), 'long')).toBe('woensdag 1 januari 2025');
  });

  it('returns an empty string for invalid input', () => {
    expect(formatDate('not a date')).toBe('');
    expect(formatDateTime(Number.NaN)).toBe('');
  });
});

describe('formatEuro', () => {
  it('formats cents with Dutch separators', () => {
    expect(formatEuro(123456)).toBe('€ 1.234,56');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(0)).toBe('€ 0,00');
    expect(formatEuro(100000000)).toBe('€ 1.000.000,00');
  });

  it('puts the minus sign after the euro sign', () => {
    expect(formatEuro(-4250)).toBe('€ -42,50');
  });
});
