import type { Selectable } from 'kysely';
import type { DB } from '../db/schema';
import type { AccountStatusSummary, CustomerSearchResult } from '../../shared/api/customers';
import { SEARCH_SEPARATOR } from '../db/migrations/postgres/002_account_search';

/** The count stops here (as you type, "1.000+" says enough). */
export const COUNT_CAP = 1000;

/** What a customer lookup term asks for, the same on both engines. */
export interface CustomerTerm {
  /** The term as searched: trimmed, without the search documents' column separator. */
  q: string;
  /** A customer-number prefix ("HM-0102"), or null. */
  number: string | null;
  /** A postcode ("1234 AB") with an optional house number, or null. */
  postcode: { postcode: string; houseNumber: number | null } | null;
  /** The words of 3+ characters: searched each on its own when the whole term finds no text. */
  words: string[];
}

export function customerTerm(raw: string): CustomerTerm {
  const q = raw.replaceAll(SEARCH_SEPARATOR, '').trim();
  const pc = /^([1-9][0-9]{3}) ?([A-Za-z]{2})(?:\s+(\d+)\s*[A-Za-z0-9-]*)?$/.exec(q);
  return {
    q,
    number: customerNumberPrefix(q),
    postcode: pc ? { postcode: `${pc[1] ?? ''} ${(pc[2] ?? '').toUpperCase()}`, houseNumber: pc[3] ? Number(pc[3]) : null } : null,
    words: q.split(/\s+/).filter((w) => w.length >= 3),
  };
}

/** "hm-0102", "HM0102", "0102" (3+ digits) → "HM-0102"; anything else → null. */
export function customerNumberPrefix(q: string): string | null {
  const m = /^(?:hm-?)?(\d{3,7})$/i.exec(q) ?? /^(hm-?)$/i.exec(q);
  if (!m) return null;
  return `HM-${/^\d+$/.test(m[1] ?? '') ? (m[1] ?? '') : ''}`;
}

export const CUSTOMER_ROW_COLUMNS = ['customer_number', 'name', 'email', 'corr_street', 'corr_house_number', 'corr_house_number_addition', 'corr_postcode', 'corr_city'] as const;

/** A household row as the lookup reads it. */
export type CustomerRow = Pick<Selectable<DB['households']>, (typeof CUSTOMER_ROW_COLUMNS)[number]>;

export function customerItem(h: CustomerRow, accountStatus: AccountStatusSummary): CustomerSearchResult['items'][number] {
  return {
    customerNumber: h.customer_number,
    name: h.name,
    addressLine: `${h.corr_street} ${h.corr_house_number}${h.corr_house_number_addition}`,
    postcode: h.corr_postcode,
    city: h.corr_city,
    email: h.email,
    accountStatus,
  };
}
