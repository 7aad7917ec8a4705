import type { Kysely } from 'kysely';
import type { AccountRequest, AccountRequestListQuery } from '../../shared/api/accounts';
import type { DB } from '../db/schema';

/**
 * Account requests (catalogue B5): a few percent of the households, so plain indexed queries suffice.
 * Statuses are "stuck at" steps (seed 001 §4.4.2): not_identified = no identification yet;
 * details_missing = identified but no details; email_not_sent = details filled in but no mail sent.
 * q: customer-number prefix, or prefix/substring of e-mail or username (case-insensitive).
 */
export async function searchAccountRequests(db: Kysely<DB>, query: AccountRequestListQuery) {
  let base = db.selectFrom('account_requests');
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
    case 'email_not_sent':
      base = base.where('details_filled_at', 'is not', null).where('email_sent_at', 'is', null);
      break;
    default:
      break;
  }
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { items: rows.map(toAccountRequest), total: Number(total.n), page: query.page, pageSize: query.pageSize };
}

export function toAccountRequest(r: {
  id: number;
  customer_number: string;
  username: string | null;
  email: string | null;
  customer_number_entered_at: string | null;
  identified_at: string | null;
  details_filled_at: string | null;
  email_sent_at: string | null;
}): AccountRequest {
  return {
    id: r.id,
    customerNumber: r.customer_number,
    username: r.username,
    email: r.email,
    customerNumberEnteredAt: r.customer_number_entered_at,
    identifiedAt: r.identified_at,
    detailsFilledAt: r.details_filled_at,
    emailSentAt: r.email_sent_at,
  };
}
