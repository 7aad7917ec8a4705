import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema';
import { conflict, notFound } from '../errors';
import type { LetterAddressee } from './letterLayout';

/**
 * One household's letter data: the correspondence address and its current activation code (a single letter
 * makes no new code; "new code" is its own, confirmed action). No code yet → 409.
 */
export async function householdAddressee(db: Kysely<DB>, customerNumber: string): Promise<LetterAddressee> {
  const h = await db
    .selectFrom('households')
    .select(['customer_number', 'name', 'corr_street', 'corr_house_number', 'corr_house_number_addition', 'corr_postcode', 'corr_city', 'activation_code'])
    .where('customer_number', '=', customerNumber)
    .executeTakeFirst();
  if (!h) throw notFound('Klant');
  if (!h.activation_code) throw conflict('Dit huishouden heeft nog geen activeercode; maak eerst een code.', { reason: 'no_activation_code' });
  return addressee(h, h.activation_code);
}

/** The columns a letter's address block needs. */
export type AddresseeRow = Pick<
  Selectable<DB['households']>,
  'customer_number' | 'name' | 'corr_street' | 'corr_house_number' | 'corr_house_number_addition' | 'corr_postcode' | 'corr_city'
>;

/** A household row and its code as the letter layout takes them. */
export function addressee(h: AddresseeRow, code: string): LetterAddressee {
  return {
    customerNumber: h.customer_number,
    name: h.name,
    street: h.corr_street,
    houseNumber: h.corr_house_number,
    addition: h.corr_house_number_addition,
    postcode: h.corr_postcode,
    city: h.corr_city,
    code,
  };
}

/** The name a downloaded PDF is offered under (Content-Disposition), per mailing. */
export const mailingNames = { 1: 'klantnummer', 2: 'activeercode' } as const;
