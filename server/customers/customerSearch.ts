import type { Selectable } from 'kysely';
import type { DB } from '../db/schema';
import type { CustomerSearchQuery, CustomerSearchResult } from '../../shared/api/customers';
import type { SqlArg, SqlRunner } from '../db/sqlRunner';
import { trigramPhrase } from '../db/trigramPhrase';
import { SEARCH_SEPARATOR } from '../db/migrations/postgres/002_account_search';
import { AccountSummaries, PG_SUMMARY_COLUMNS, PG_SUMMARY_JOIN, summaryOfColumns, type SummaryColumns } from './accountSummary';
import type { AccountStatusSummary } from '../../shared/api/customers';

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
 * The lookup as you type, on up to a million households, on either engine. Each kind of term uses an index:
 * - customer number ("HM-01021", "hm0102", "01021"): prefix range on the UNIQUE customer_number index;
 * - postcode ("1234 AB", "1234AB", optionally with a house number): households_postcode;
 * - anything else of 3+ characters (name, "Kievitlaan 78", e-mail, city): the text index — SQLite's FTS5 trigram
 *   table customer_search, PostgreSQL's pg_trgm-indexed customer_search documents (substring match; the whole
 *   term as one phrase, else every word of 3+ characters).
 * Results: exact customer number first, then customer-number order; the count stops at 1,000.
 * Statements prepared once (SqlRunner): this runs on every keystroke.
 */
export class RunnerCustomerSearch implements CustomerSearchIndex {
  private readonly summaries: AccountSummaries;

  constructor(
    private readonly run: SqlRunner,
    private readonly engine: 'sqlite' | 'postgres',
  ) {
    this.summaries = new AccountSummaries(run, engine);
  }

  /**
   * Household ids whose text holds every phrase, in id order: all of them up to `cap`, else (`more`) at least the
   * first `need` — the page can show no more, and the count is capped anyway.
   */
  private async byText(
    phrases: string[],
    cap: number,
    need: number,
    started?: Promise<{ id: number }[]>,
  ): Promise<{ ids: number[]; more: boolean }> {
    if (this.engine === 'sqlite') {
      const rows = await this.run.all<{ id: number }>(
        'SELECT rowid AS id FROM customer_search WHERE customer_search MATCH ? ORDER BY rowid LIMIT ?',
        phrases.map(phrase).join(' AND '),
        cap,
      );
      return { ids: rows.map((r) => r.id), more: false };
    }
    // The trigram index hands out matches unordered and the planner cannot tell a rare name from a common one.
    // First up to `cap` ids from the index: fewer means every match — sort them here. `cap` of them means a
    // common term: walk the documents in id order, which finds the page's first ids after a few thousand (as
    // FTS5 streams rowids), where sorting every match cost a heap visit each (see postgresAccountSearch.ts).
    // Planned per call (SqlRunner.allPlannedPerCall): the planner then sees the folded term.
    const { where, params } = textCondition(phrases);
    const found = await (started ?? this.textCandidates(phrases, cap));
    if (found.length < cap) return { ids: found.map((r) => r.id).sort((a, b) => a - b), more: false };
    const first = await this.run.allPlannedPerCall<{ id: number }>(
      `SELECT household_id AS id FROM (SELECT household_id, doc FROM customer_search ORDER BY household_id OFFSET 0) s WHERE ${where} LIMIT ?`,
      ...params,
      need,
    );
    return { ids: first.map((r) => r.id), more: true };
  }

  /** PostgreSQL: up to `cap` household ids whose document holds every phrase, unordered (from the GIN index). */
  private textCandidates(phrases: string[], cap: number): Promise<{ id: number }[]> {
    const { where, params } = textCondition(phrases);
    return this.run.allPlannedPerCall<{ id: number }>(`SELECT household_id AS id FROM customer_search WHERE ${where} LIMIT ?`, ...params, cap);
  }

  /**
   * The page's households and their account summaries. SQLite: the rows, then the summaries' point lookups (no
   * round trips). PostgreSQL: both in one statement (accountSummary.ts, PG_SUMMARY_COLUMNS).
   */
  private async pageRows(
    ids: number[],
    now: Date,
  ): Promise<{ found: (ResultRow & { id: number })[]; summaries: ReadonlyMap<string, AccountStatusSummary> }> {
    const cols = 'id, customer_number, name, email, corr_street, corr_house_number, corr_house_number_addition, corr_postcode, corr_city';
    if (this.engine === 'sqlite') {
      const found = await this.run.all<ResultRow & { id: number }>(`SELECT ${cols} FROM households WHERE id IN (SELECT value FROM json_each(?))`, JSON.stringify(ids));
      return { found, summaries: await this.summaries.ofMany(found.map((h) => h.customer_number), now) };
    }
    if (ids.length === 0) return { found: [], summaries: new Map() };
    const hCols = cols.split(', ').map((c) => `h.${c}`).join(', ');
    const joined = await this.run.all<ResultRow & { id: number } & SummaryColumns>(
      `SELECT ${hCols}, ${PG_SUMMARY_COLUMNS} FROM households h ${PG_SUMMARY_JOIN} WHERE h.id = ANY(?::int[])`,
      ids,
    );
    const summaries = new Map<string, AccountStatusSummary>();
    const found = joined.map(({ kcc_acc_id, kcc_acc_confirmed_at, kcc_acc_auto_blocked_until, kcc_acc_manually_blocked, kcc_requested, ...h }) => {
      summaries.set(h.customer_number, summaryOfColumns({ kcc_acc_id, kcc_acc_confirmed_at, kcc_acc_auto_blocked_until, kcc_acc_manually_blocked, kcc_requested }, now));
      return h;
    });
    return { found, summaries };
  }

  async search(query: CustomerSearchQuery, now: Date): Promise<CustomerSearchResult> {
    const ids = new Set<number>();
    const add = (rows: { id: number }[]) => {
      for (const r of rows) ids.add(r.id);
    };
    const q = query.q.replaceAll(SEARCH_SEPARATOR, '').trim();
    const cap = COUNT_CAP + 1;

    const number = customerNumberPrefix(q);
    // PostgreSQL, a whole customer number (HM- and 6+ digits: a few households at most, never the cap, no
    // postcode): the text lookup of the term runs in any case, so it starts beside the number range, not after it.
    const started = this.engine === 'postgres' && number !== null && number.length >= 9 && q.length >= 3 ? this.textCandidates([q], cap) : undefined;
    started?.catch(() => undefined); // awaited below; a failure of the number range first must not leave it unhandled
    if (number) {
      add(
        await this.run.all<{ id: number }>(
          'SELECT id FROM households WHERE customer_number >= ? AND customer_number < ? ORDER BY customer_number LIMIT ?',
          number,
          `${number}\uffff`,
          cap,
        ),
      );
    }

    const pc = /^([1-9][0-9]{3}) ?([A-Za-z]{2})(?:\s+(\d+)\s*[A-Za-z0-9-]*)?$/.exec(q);
    if (pc) {
      const postcode = `${pc[1] ?? ''} ${(pc[2] ?? '').toUpperCase()}`;
      add(
        pc[3]
          ? await this.run.all<{ id: number }>(
              'SELECT id FROM households WHERE corr_postcode = ? AND corr_house_number = ? ORDER BY corr_house_number_addition, id LIMIT ?',
              postcode,
              Number(pc[3]),
              cap,
            )
          : await this.run.all<{ id: number }>('SELECT id FROM households WHERE corr_postcode = ? ORDER BY corr_house_number, id LIMIT ?', postcode, cap),
      );
    }

    // More than the cap of text matches: the count is capped whatever else matched.
    let more = false;
    if (ids.size < cap && q.length >= 3) {
      const need = ids.size + query.limit;
      let text = await this.byText([q], cap, need, started);
      const words = q.split(/\s+/).filter((w) => w.length >= 3);
      if (text.ids.length === 0 && words.length > 1) text = await this.byText(words, cap, need);
      for (const id of text.ids) ids.add(id);
      more = text.more;
    }

    const total = more ? COUNT_CAP : Math.min(ids.size, COUNT_CAP);
    const pageIds = [...ids].slice(0, query.limit);
    const { found, summaries } = await this.pageRows(pageIds, now);
    const byId = new Map(found.map((r) => [r.id, r]));
    const rows = pageIds.map((id) => {
      const h = byId.get(id);
      if (!h) throw new Error(`household ${id} vanished during the lookup`);
      return h;
    });
    const items = rows.map((h) => ({
      customerNumber: h.customer_number,
      name: h.name,
      addressLine: `${h.corr_street} ${h.corr_house_number}${h.corr_house_number_addition}`,
      postcode: h.corr_postcode,
      city: h.corr_city,
      email: h.email,
      accountStatus: summaries.get(h.customer_number) ?? 'none',
    }));
    return { items, total, totalCapped: more || ids.size > COUNT_CAP };
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

/** PostgreSQL: "the document holds every phrase" (server/db/trigramPhrase.ts). */
function textCondition(phrases: string[]): { where: string; params: SqlArg[] } {
  const parts = phrases.map((p) => trigramPhrase('doc', p));
  return { where: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params) };
}
