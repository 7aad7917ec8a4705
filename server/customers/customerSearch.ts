import type { CustomerSearchQuery, CustomerSearchResult } from '../../shared/api/customers';
import type { SqlRunner } from '../db/sqlRunner';
import { AccountSummaries } from './accountSummary';
import { COUNT_CAP, CUSTOMER_ROW_COLUMNS, customerItem, customerTerm, type CustomerRow } from './customerTerm';
import { PostgresCustomerSearch } from './postgresCustomerSearch';

/**
 * The customer lookup as the routes see it; each database engine brings its own implementation (one per
 * server, made once: it may hold prepared statements).
 */
export interface CustomerSearchIndex {
  search(query: CustomerSearchQuery, now: Date): Promise<CustomerSearchResult>;
}

/**
 * The lookup as you type, on up to a million households, on either engine. Each kind of term uses an index:
 * - customer number ("HM-01021", "hm0102", "01021"): prefix range on the UNIQUE customer_number index;
 * - postcode ("1234 AB", "1234AB", optionally with a house number): households_postcode;
 * - anything else of 3+ characters (name, "Kievitlaan 78", e-mail, city): the text index — SQLite's FTS5 trigram
 *   table customer_search, PostgreSQL's pg_trgm-indexed customer_search documents (substring match; the whole
 *   term as one phrase, else every word of 3+ characters).
 * Results: exact customer number first, then customer-number order; the count stops at 1,000.
 * SQLite here, statement by statement (no round trips in-process, each prepared once: this runs on every
 * keystroke); PostgreSQL in one statement (postgresCustomerSearch.ts).
 */
export class RunnerCustomerSearch implements CustomerSearchIndex {
  private readonly summaries: AccountSummaries;
  private readonly postgres: PostgresCustomerSearch | null;

  constructor(
    private readonly run: SqlRunner,
    engine: 'sqlite' | 'postgres',
  ) {
    this.summaries = new AccountSummaries(run);
    this.postgres = engine === 'postgres' ? new PostgresCustomerSearch(run) : null;
  }

  /** Household ids whose FTS5 text holds every phrase, in id order, up to `cap`. */
  private async byText(phrases: string[], cap: number): Promise<number[]> {
    const rows = await this.run.all<{ id: number }>(
      'SELECT rowid AS id FROM customer_search WHERE customer_search MATCH ? ORDER BY rowid LIMIT ?',
      phrases.map(phrase).join(' AND '),
      cap,
    );
    return rows.map((r) => r.id);
  }

  async search(query: CustomerSearchQuery, now: Date): Promise<CustomerSearchResult> {
    const term = customerTerm(query.q);
    if (this.postgres) return this.postgres.search(term, query.limit, now);
    const ids = new Set<number>();
    const add = (rows: { id: number }[]) => {
      for (const r of rows) ids.add(r.id);
    };
    const cap = COUNT_CAP + 1;
    if (term.number !== null) {
      add(await this.run.all<{ id: number }>('SELECT id FROM households WHERE customer_number >= ? AND customer_number < ? ORDER BY customer_number LIMIT ?', term.number, `${term.number}\uffff`, cap));
    }
    const pc = term.postcode;
    if (pc) {
      add(
        pc.houseNumber !== null
          ? await this.run.all<{ id: number }>('SELECT id FROM households WHERE corr_postcode = ? AND corr_house_number = ? ORDER BY corr_house_number_addition, id LIMIT ?', pc.postcode, pc.houseNumber, cap)
          : await this.run.all<{ id: number }>('SELECT id FROM households WHERE corr_postcode = ? ORDER BY corr_house_number, id LIMIT ?', pc.postcode, cap),
      );
    }
    if (ids.size < cap && term.q.length >= 3) {
      let text = await this.byText([term.q], cap);
      if (text.length === 0 && term.words.length > 1) text = await this.byText(term.words, cap);
      for (const id of text) ids.add(id);
    }

    const pageIds = [...ids].slice(0, query.limit);
    const found = await this.run.all<CustomerRow & { id: number }>(`SELECT id, ${CUSTOMER_ROW_COLUMNS.join(', ')} FROM households WHERE id IN (SELECT value FROM json_each(?))`, JSON.stringify(pageIds));
    const summaries = await this.summaries.ofMany(found.map((h) => h.customer_number), now);
    const byId = new Map(found.map((r) => [r.id, r]));
    const items = pageIds.map((id) => {
      const h = byId.get(id);
      if (!h) throw new Error(`household ${id} vanished during the lookup`);
      return customerItem(h, summaries.get(h.customer_number) ?? 'none');
    });
    return { items, total: Math.min(ids.size, COUNT_CAP), totalCapped: ids.size > COUNT_CAP };
  }
}

/** One FTS5 phrase: the text in double quotes, quotes inside doubled, so no query syntax gets through. */
function phrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
