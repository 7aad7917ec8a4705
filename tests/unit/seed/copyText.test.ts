import { describe, expect, it } from 'vitest';
import { CopyBuffer, copyField, copyRow } from '../../../server/seed/copyText';

/** PostgreSQL COPY text format (the seed's load): what would end a field, a row or start an escape is escaped. */
describe('COPY text format', () => {
  it('writes NULL as \\N and numbers as digits', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(0)).toBe('0');
    expect(copyField(-42)).toBe('-42');
    expect(copyField(12.5)).toBe('12.5');
  });

  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(copyField('a\tb')).toBe('a\\tb');
    expect(copyField('line1\nline2')).toBe('line1\\nline2');
    expect(copyField('cr\r\nlf')).toBe('cr\\r\\nlf');
    expect(copyField('C:\\pad\\n')).toBe('C:\\\\pad\\\\n');
    // The text "\N" is not NULL: its backslash is doubled.
    expect(copyField('\\N')).toBe('\\\\N');
    // The end-of-data marker as a value stays data.
    expect(copyField('\\.')).toBe('\\\\.');
    expect(copyField('')).toBe('');
    expect(copyField("O'Brien \"q\" 100% a_b")).toBe("O'Brien \"q\" 100% a_b");
  });

  it('passes Unicode through unchanged', () => {
    expect(copyField('Müller-Çelik Élysée ĳ 🏠 日本')).toBe('Müller-Çelik Élysée ĳ 🏠 日本');
    expect(copyField('ß\t€')).toBe('ß\\t€');
  });

  it('joins fields with tabs and ends the row with a newline', () => {
    expect(copyRow([1, 'a\tb', null, '', 'é\n'])).toBe('1\ta\\tb\t\\N\t\té\\n\n');
    expect(copyRow([null])).toBe('\\N\n');
  });

  it('CopyBuffer writes the same bytes as copyRow, growing as needed, and starts empty after take', () => {
    const rows: (string | number | null)[][] = [
      [0, 7, 10, 1234567890, 999_999_999_999_999, 1e15, -1, -0.5, 3.25, null],
      ['a\tb', 'x\ny', 'back\\slash', '\\N', '', 'Müller 🏠 日本', null, 'é'.repeat(40_000)],
    ];
    const b = new CopyBuffer(8);
    for (const r of rows) b.addRow(r);
    const expected = rows.map(copyRow).join('');
    expect(b.length).toBe(Buffer.byteLength(expected, 'utf8'));
    expect(b.take().toString('utf8')).toBe(expected);
    expect(b.length).toBe(0);
    b.addRow([42, 'z']);
    expect(b.take().toString('utf8')).toBe('42\tz\n');
  });
});
