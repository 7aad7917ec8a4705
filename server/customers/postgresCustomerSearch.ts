import type { CustomerSearchResult } from '../../shared/api/customers';
import type { SqlArg, SqlRunner } from '../db/sqlRunner';
import { nameWordBound } from '../db/nameWords';
import { docHolds, trigramPhrase } from '../db/trigramPhrase';
import { PG_SUMMARY_COLUMNS, PG_SUMMARY_JOIN, summaryOfColumns, type SummaryColumns } from './accountSummary';
import { COUNT_CAP, CUSTOMER_ROW_COLUMNS, customerItem, type CustomerRow, type CustomerTerm } from './customerTerm';

interface Found extends CustomerRow, SummaryColumns {
  /** Distinct households found (number range, postcode, text), up to the caps. */
  kcc_ids: number;
  /** Text matches taken from the index, up to the cap; the cap means the text was walked in id order instead. */
  kcc_text: number;
}

/**
 * The customer lookup on PostgreSQL in one statement — the number range, the postcode and the text matches, the
 * page of them in the lookup's order, with the households and their account summaries — because every round trip
 * through node-pg costs about as much as the search itself. Same rows and order as SQLite (customerSearch.ts):
 * the customer-number range in number order, then the postcode's households, then text matches in id order.
 *
 * The trigram index hands out text matches unordered and the planner cannot tell a rare name from a common one:
 * the statement takes up to the cap of them from the index (the count); fewer means every match, sorted by id.
 * The cap means a common term: then the documents are walked in id order for the page's first ids, as FTS5
 * streams rowids. Each branch is gated by that count (a condition without columns becomes a one-time filter, so
 * the branch not needed is never executed).
 */
export class PostgresCustomerSearch {
  constructor(private readonly run: SqlRunner) {}

  async search(term: CustomerTerm, limit: number, now: Date): Promise<CustomerSearchResult> {
    const first = await this.lookup(term, [term.q], limit, now);
    // The whole term as one phrase found no text: every word on its own (same as SQLite).
    if (first.text === 0 && term.words.length > 1) return (await this.lookup(term, term.words, limit, now)).result;
    return first.result;
  }

  private async lookup(term: CustomerTerm, phrases: string[], limit: number, now: Date): Promise<{ result: CustomerSearchResult; text: number }> {
    // Prepared once per shape of term (SqlRunner.all): the terms are parameters whose folding runs once per call
    // (trigramPhrase, `prepared`); the limits are integers of ours, written into the text, so the plan knows them.
    const cap = COUNT_CAP + 1;
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit ${limit}`);
    const ctes: string[] = [];
    const branches: string[] = [];
    const args: SqlArg[] = [];
    if (term.number !== null) {
      ctes.push(`num AS MATERIALIZED (SELECT id, row_number() OVER (ORDER BY customer_number) AS o
        FROM (SELECT id, customer_number FROM households WHERE customer_number >= ? AND customer_number < ? ORDER BY customer_number LIMIT ${cap}) x)`);
      args.push(term.number, `${term.number}\uffff`);
      branches.push('SELECT id, 1 AS g, o FROM num');
    }
    if (term.postcode !== null) {
      const order = term.postcode.houseNumber === null ? 'corr_house_number, id' : 'corr_house_number_addition, id';
      const where = term.postcode.houseNumber === null ? 'corr_postcode = ?' : 'corr_postcode = ? AND corr_house_number = ?';
      ctes.push(`pc AS MATERIALIZED (SELECT id, row_number() OVER (ORDER BY ${order}) AS o
        FROM (SELECT id, corr_house_number, corr_house_number_addition FROM households WHERE ${where} ORDER BY ${order} LIMIT ${cap}) x)`);
      args.push(term.postcode.postcode, ...(term.postcode.houseNumber === null ? [] : [term.postcode.houseNumber]));
      branches.push('SELECT id, 2 AS g, o FROM pc');
    }
    const known = branches.length > 0 ? `(SELECT count(*) FROM (${branches.join(' UNION ')}) k)` : '0';
    if (term.q.length >= 3) {
      const parts = phrases.map((p) => trigramPhrase('doc', p, { prepared: true }));
      const where = parts.map((p) => p.sql).join(' AND ');
      const textArgs = parts.flatMap((p) => p.params);
      // The walk in id order checks the documents themselves (exact), not the index key.
      const walk = phrases.map((p) => docHolds('doc', p, { prepared: true }));
      // One phrase: a common name is told by its words (nameWords.ts) and not counted; then `f` never runs.
      const bound = nameWordBound('customer', phrases, cap + 100);
      ctes.push(
        `lb AS MATERIALIZED (${bound.sql})`,
        `f AS MATERIALIZED (SELECT household_id AS id FROM customer_search WHERE ${where} AND (SELECT n FROM lb) < ${cap} LIMIT ${cap})`,
        `fn AS MATERIALIZED (SELECT CASE WHEN (SELECT n FROM lb) >= ${cap} THEN ${cap} ELSE (SELECT count(*)::int FROM f) END AS n)`,
        `txt AS ((SELECT id FROM f WHERE (SELECT n FROM fn) < ${cap})
          UNION ALL
          (SELECT household_id FROM (SELECT household_id, doc FROM customer_search ORDER BY household_id OFFSET 0) s
            WHERE ${walk.map((w) => w.sql).join(' AND ')} AND (SELECT n FROM fn) >= ${cap} LIMIT ${known} + ${limit}))`,
      );
      args.push(...bound.params, ...textArgs, ...walk.flatMap((w) => w.params));
      branches.push('SELECT id, 3 AS g, id AS o FROM txt');
    } else {
      ctes.push('fn AS (SELECT 0 AS n)');
    }
    if (branches.length === 0) return { result: { items: [], total: 0, totalCapped: false }, text: 0 };
    ctes.push(
      `u AS MATERIALIZED (SELECT DISTINCT ON (id) id, g, o FROM (${branches.join(' UNION ALL ')}) b ORDER BY id, g, o)`,
      `page AS (SELECT id, g, o FROM u ORDER BY g, o LIMIT ${limit})`,
    );
    const cols = CUSTOMER_ROW_COLUMNS.map((c) => `h.${c}`).join(', ');
    const found = await this.run.all<Found>(
      `WITH ${ctes.join(',\n')}
       SELECT ${cols}, ${PG_SUMMARY_COLUMNS}, (SELECT count(*)::int FROM u) AS kcc_ids, (SELECT n FROM fn) AS kcc_text
       FROM page JOIN households h ON h.id = page.id ${PG_SUMMARY_JOIN}
       ORDER BY page.g, page.o`,
      ...args,
    );
    const text = found[0]?.kcc_text ?? 0;
    const ids = found[0]?.kcc_ids ?? 0;
    const more = text >= cap;
    const items = found.map((r) => customerItem(r, summaryOfColumns(r, now)));
    return { result: { items, total: more ? COUNT_CAP : Math.min(ids, COUNT_CAP), totalCapped: more || ids > COUNT_CAP }, text };
  }
}
