import { describe, expect, it } from 'vitest';
import { parseDate, parseTimestampTz } from '../../../server/db/pgTimeTypes';

describe('PostgreSQL time text → the ISO strings the server wrote', () => {
  it('gives back exactly what toISOString wrote (ms, Z)', () => {
    const written = new Date('2026-12-01T02:46:30.123Z').toISOString();
    // What PostgreSQL prints for it in a UTC session.
    expect(parseTimestampTz('2026-12-01 02:46:30.123+00')).toBe(written);
    expect(parseTimestampTz('2026-12-01 02:46:30.1+00')).toBe('2026-12-01T02:46:30.100Z');
    expect(parseTimestampTz('2026-12-01 02:46:30+00')).toBe('2026-12-01T02:46:30.000Z');
  });

  it('cuts microseconds as JS does (never rounds up)', () => {
    expect(parseTimestampTz('2026-12-01 23:59:59.999999+00')).toBe('2026-12-01T23:59:59.999Z');
    expect(parseTimestampTz('2026-12-01 23:59:59.999999+00')).toBe(new Date('2026-12-01T23:59:59.999999Z').toISOString());
  });

  it('honours an offset other than UTC', () => {
    expect(parseTimestampTz('2026-12-01 03:46:30.5+01')).toBe('2026-12-01T02:46:30.500Z');
    expect(parseTimestampTz('2026-12-01 08:16:30+05:30')).toBe('2026-12-01T02:46:30.000Z');
    expect(parseTimestampTz('2026-11-30 21:46:30-05')).toBe('2026-12-01T02:46:30.000Z');
  });

  it('keeps early years (Date.UTC would make 0050 into 1950) and leaves what it cannot read as text', () => {
    expect(parseTimestampTz('0050-03-04 05:06:07+00')).toBe('0050-03-04T05:06:07.000Z');
    expect(parseTimestampTz('infinity')).toBe('infinity');
  });

  it('gives a date as its YYYY-MM-DD text (no local-midnight Date)', () => {
    expect(parseDate('1968-03-14')).toBe('1968-03-14');
  });
});
