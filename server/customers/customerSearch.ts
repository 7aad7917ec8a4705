import type Database from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { DB } from '../db/schema';
import type { CustomerSearchQuery, CustomerSearchResult } from '../../shared/api/customers';
import { AccountSummaries } from './accountSummary';

const COUNT_CAP = 1000;

type ResultRow = Pick<
  Selectable<DB['households']>,
  'customer_number' | 'name' | 'email' | 'corr_street' | 'corr_house_number' | 'corr_house_number_addition' | 'corr_postcode' | 'corr_city'
>;

/**
 * The customer lookup as the routes see it; each database engine brings its own implementation (one per
 * server, made once: it may hold prepared statements).
 */
export interface CustomerSearchIndex {
  search(query: CustomerSearchQuery, now: Date): Promise<CustomerSearchResult>;
}

/**
 * The lookup as you type, on up to a million households, with SQLite. Each kind of term uses an index:
 * - customer number ("HM-01021", "hm0102", "01021"): prefix range on the UNIQUE customer_number index;
 * - postcode ("1234 AB", "1234AB", optionally with a house number): households_postcode;
 * - anything else of 3+ characters (name, "Kievitlaan 78", e-mail, city): the FTS5 trigram index
 *   customer_search (substring match; the whole term as one phrase, else every word of 3+ characters).
 * Results: exact customer number first, then customer-number order; the count stops at 1,000.
 * Prepared statements on the raw handle: this runs on every keystroke.
 */
export class SqliteCustomerSearch implements CustomerSearchIndex {
  private readonly byNumberPrefix: Database.Statement;
  private readonly byPostcode: Database.Statement;
  private readonly byPostcodeNumber: Database.Statement;
  private readonly byText: Database.Statement;
  private readonly row: Database.Statement;
  private readonly summaries: AccountSummaries;

  constructor(db: Database.Database) {
    this.byNumberPrefix = db.prepare(
      'SELECT id FROM households WHERE customer_number >= ? AND customer_number < ? ORDER BY customer_number LIMIT ?',
    );
    this.byPostcode = db.prepare('SELECT id FROM households WHERE corr_postcode = ? ORDER BY corr_house_number, id LIMIT ?');
    this.byPostcodeNumber = db.prepare(
      'SELECT id FROM households WHERE corr_postcode = ? AND corr_house_number = ? ORDER BY corr_house_number_addition, id LIMIT ?',
    );
    this.byText = db.prepare('SELECT rowid AS id FROM customer_search WHERE customer_search MATCH ? ORDER BY rowid LIMIT ?');
    this.row = db.prepare(
      `SELECT customer_number, name, email, corr_street, corr_house_number, corr_house_number_addition, corr_postcode, corr_city
       FROM households WHERE id = ?`,
    );
    this.summaries = new AccountSummaries(db);
  }

  async search(query: CustomerSearchQuery, now: Date): Promise<CustomerSearchResult> {
    const ids = new Set<number>();
    const add = (rows: unknown[]) => {
      for (const r of rows as { id: number }[]) ids.add(r.id);
    };
    const q = query.q.trim();
    const cap = COUNT_CAP + 1;

    const number = customerNumberPrefix(q);
    if (number) add(this.byNumberPrefix.all(number, `${number}\uffff`, cap));

    const pc = /^([1-9][0-9]{3}) ?([A-Za-z]{2})(?:\s+(\d+)\s*[A-Za-z0-9-]*)?$/.exec(q);
    if (pc) {
      const postcode = `${pc[1] ?? ''} ${(pc[2] ?? '').toUpperCase()}`;
      add(pc[3] ? this.byPostcodeNumber.all(postcode, Number(pc[3]), cap) : this.byPostcode.all(postcode, cap));
    }

    if (ids.size < cap && q.length >= 3) {
      let rows = this.byText.all(phrase(q), cap);
      const words = q.split(/\s+/).filter((w) => w.length >= 3);
      if (rows.length === 0 && words.length > 1) rows = this.byText.all(words.map(phrase).join(' AND '), cap);
      add(rows);
    }

    const total = Math.min(ids.size, COUNT_CAP);
    const items = [...ids].slice(0, query.limit).map((id) => {
      const h = this.row.get(id) as ResultRow;
      return {
        customerNumber: h.customer_number,
        name: h.name,
        addressLine: `${h.corr_street} ${h.corr_house_number}${h.corr_house_number_addition}`,
        postcode: h.corr_postcode,
        city: h.corr_city,
        email: h.email,
        accountStatus: this.summaries.of(h.customer_number, now),
      };
    });
    return { items, total, totalCapped: ids.size > COUNT_CAP };
  }
}

/** "hm-0102", "HM0102", "0102" (3+ digits) → "HM-0102"; anything else → null. */
export function customerNumberPrefix(q: string): string | null {
  const m = /^(?:hm-?)?(\d{3,7})$/i.exec(q) ?? /^(hm-?)$/i.exec(q);
  if (!m) return null;
  return `HM-${/^\d+$/.test(m[1] ?? '') ? (m[1] ?? '') : ''}`;
}

/** One FTS5 phrase: the text in double quotes, quotes inside doubled, so no query syntax gets through. */
function phrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
