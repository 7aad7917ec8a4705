import type Database from 'better-sqlite3';

export type SqlValue = string | number | null;

/**
 * Buffers rows of one table and inserts them with a multi-row INSERT (many rows per statement
 * call): one native call per ROWS_PER_STATEMENT rows instead of one per row is the seed's main
 * speed trick. Plain INSERTs, so triggers (e.g. a later FTS index) still fire.
 */
export class BatchInsert {
  private static readonly ROWS_PER_STATEMENT = 64;
  private readonly width: number;
  private readonly full: Database.Statement;
  private buf: SqlValue[] = [];
  private rows = 0;
  count = 0;

  constructor(
    private readonly db: Database.Database,
    readonly table: string,
    private readonly columns: readonly string[],
  ) {
    this.width = columns.length;
    this.full = db.prepare(this.sql(BatchInsert.ROWS_PER_STATEMENT));
  }

  private sql(rows: number): string {
    const tuple = `(${this.columns.map(() => '?').join(',')})`;
    return `INSERT INTO ${this.table} (${this.columns.join(',')}) VALUES ${Array.from({ length: rows }, () => tuple).join(',')}`;
  }

  /** Adds one row; values in the column order given to the constructor. */
  add(...values: SqlValue[]): void {
    if (values.length !== this.width) throw new Error(`${this.table}: expected ${this.width} values, got ${values.length}`);
    for (let i = 0; i < values.length; i++) this.buf.push(values[i] as SqlValue);
    this.count++;
    if (++this.rows === BatchInsert.ROWS_PER_STATEMENT) {
      this.full.run(this.buf);
      this.buf = [];
      this.rows = 0;
    }
  }

  /** Writes what is left in the buffer (call inside the transaction, before it commits). */
  flush(): void {
    if (this.rows === 0) return;
    this.db.prepare(this.sql(this.rows)).run(this.buf);
    this.buf = [];
    this.rows = 0;
  }
}
