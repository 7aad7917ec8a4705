import type { Selectable } from 'kysely';
import type { AccountRequest } from '../../shared/api/accounts';
import type { DB } from '../db/schema';

export type AccountRequestRow = Selectable<DB['account_requests']>;

/** The columns the API shows (never the password hash, the confirm token hash or the continuation secret). */
export const accountRequestColumns = [
  'id', 'customer_number', 'username', 'email', 'customer_number_entered_at', 'identified_at', 'details_filled_at', 'email_sent_at',
] as const;
export type AccountRequestListRow = Pick<AccountRequestRow, (typeof accountRequestColumns)[number]>;

export function toAccountRequest(r: AccountRequestListRow): AccountRequest {
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
