import type { SqlValue } from './batchInsert';

/**
 * One value as a field of PostgreSQL's COPY text format: NULL is `\N`; in text, backslash, tab, newline and
 * carriage return are written as `\\`, `\t`, `\n`, `\r` (a bare one would end the field or the row, or start an
 * escape). Everything else, any Unicode included, goes as it is (the connection speaks UTF-8).
 */
export function copyField(value: SqlValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  // Most seed values hold none of the four: test once, replace only when needed.
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, (c) => ESCAPES[c] ?? c) : value;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPED = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One row of COPY text format: fields separated by tabs, ended by a newline. */
export function copyRow(values: readonly SqlValue[]): string {
  let line = copyField(values[0] ?? null);
  for (let i = 1; i < values.length; i++) line += `\t${copyField(values[i] ?? null)}`;
  return `${line}\n`;
}

const TAB = 0x09;
const NEWLINE = 0x0a;

/**
 * COPY text rows written straight into a growing byte buffer: a million households are ~24 million rows, and
 * building them as JavaScript strings first cost more in garbage collection than the generation itself.
 * Small non-negative integers (ids, cents, flags) are written digit by digit, without a string.
 */
export class CopyBuffer {
  private buf: Buffer;
  private pos = 0;

  constructor(initialBytes = 64 * 1024) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  get length(): number {
    return this.pos;
  }

  addRow(values: readonly SqlValue[]): void {
    for (let i = 0; i < values.length; i++) {
      if (i > 0) this.byte(TAB);
      this.field(values[i] ?? null);
    }
    this.byte(NEWLINE);
  }

  /** The bytes written so far; the buffer starts empty again (as large as it grew: the next chunk is alike). */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(this.buf.length);
    this.pos = 0;
    return out;
  }

  private field(v: SqlValue): void {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e15) {
      this.digits(v);
    } else {
      const s = copyField(v);
      this.room(s.length * 3);
      this.pos += this.buf.write(s, this.pos, 'utf8');
    }
  }

  private digits(n: number): void {
    this.room(16);
    if (n === 0) {
      this.buf[this.pos++] = 0x30;
      return;
    }
    let len = 0;
    for (let m = n; m > 0; m = Math.floor(m / 10)) len++;
    for (let i = this.pos + len - 1, m = n; i >= this.pos; i--, m = Math.floor(m / 10)) this.buf[i] = 0x30 + (m % 10);
    this.pos += len;
  }

  private byte(b: number): void {
    this.room(1);
    this.buf[this.pos++] = b;
  }

  private room(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }
}
