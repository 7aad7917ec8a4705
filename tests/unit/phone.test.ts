import { describe, expect, it } from 'vitest';
import { isValidPhone, phoneIssues, phoneMessages, type PhoneRule } from '../../shared/domain/phone';

// The portal's phone rule: each row is a number and exactly the rules it breaks.
const table: [string, PhoneRule[]][] = [
  ['0612345678', []],
  ['06-12345678', []],
  ['06 1234 5678', []],
  ['(0318) 123456', []],
  ['+31 6 12345678', ['characters']],
  ['0031612345678', ['digits']],
  ['(06) 12-345678', []],
  ['31 (0)6 12345678', []],
  ['031612345678', []],
  ['', ['required']],
  ['   ', ['required']],
  ['061234567', ['digits']],
  ['0612345678901', ['digits']],
  ['06-1234-5678', ['dashes']],
  ['(06) (12) 345678', ['brackets']],
  ['(06 12345678', ['brackets']],
  ['06) 12345678', ['brackets']],
  ['(03181) 12345', ['brackets']],
  ['() 0612345678', ['brackets']],
  ['06.12345678', ['characters']],
  ['06/12345678', ['characters']],
  ['tel 0612345678', ['characters']],
  ['06-12-34 (5) (6) x', ['characters', 'digits', 'dashes', 'brackets']],
];

describe('phone rule', () => {
  it.each(table)('%j breaks %j', (input, rules) => {
    expect(phoneIssues(input)).toEqual(rules);
    expect(isValidPhone(input)).toBe(rules.length === 0);
  });

  it('has a Dutch message per rule', () => {
    for (const m of Object.values(phoneMessages)) expect(m).toMatch(/telefoonnummer/i);
    expect(new Set(Object.values(phoneMessages)).size).toBe(Object.keys(phoneMessages).length);
  });
});
