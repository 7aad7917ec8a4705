import type { Kysely } from 'kysely';
import type { AccountRequestList, AccountRequestListQuery } from '../../shared/api/accounts';
import type { DB } from '../db/schema';
import type { AccountRequestSearchIndex } from './accountRequestSearch';
import { accountRequestColumns, toAccountRequest } from './accountRequestRow';
import { stuckCutoff } from './stuckRequests';

/**
 * The SQLite implementation of the account-request lookup. Requests are a few percent of the households, so
 * plain indexed queries suffice: the customer-number range relies on SQLite's binary text order.
 */
export class SqliteAccountRequestSearch implements AccountRequestSearchIndex {
  constructor(private readonly db: Kysely<DB>) {}

  async search(query: AccountRequestListQuery, now: Date): Promise<AccountRequestList> {
    let base = this.db.selectFrom('account_requests');
    const q = (query.q ?? '').trim();
    if (q !== '') {
      const like = `%${q.toLowerCase().replace(/[%_]/g, '')}%`;
      const cn = q.toUpperCase();
      base = base.where((eb) =>
        eb.or([
          eb('customer_number', '=', cn),
          eb.and([eb('customer_number', '>=', cn), eb('customer_number', '<', `${cn}\uffff`)]),
          eb(eb.fn('lower', ['email']), 'like', eb.val(like)),
          eb(eb.fn('lower', ['username']), 'like', eb.val(like)),
        ]),
      );
    }
    switch (query.status) {
      case 'not_identified':
        base = base.where('identified_at', 'is', null);
        break;
      case 'details_missing':
        base = base.where('identified_at', 'is not', null).where('details_filled_at', 'is', null);
        break;
      case 'stuck':
        base = base.where('account_id', 'is', null).where('created_at', '<', stuckCutoff(now));
        break;
      case 'email_not_sent':
        base = base.where('details_filled_at', 'is not', null).where('email_sent_at', 'is', null);
        break;
      default:
        break;
    }
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base
      .select(accountRequestColumns)
      .orderBy('id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute();
    return { items: rows.map(toAccountRequest), total: Number(total.n), page: query.page, pageSize: query.pageSize };
  }
}
