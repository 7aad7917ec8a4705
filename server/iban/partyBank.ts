import type { Kysely } from 'kysely';
import type { IbanParty, PaymentMethod } from '../../shared/api/iban';
import type { DB } from '../db/schema';
import { notFound } from '../errors';

/** The bank details an IBAN change replaces: a partner's, or a tenant contract's. */
export interface CurrentBank {
  party: IbanParty;
  partyId: number;
  partyName: string;
  customerNumber: string | null;
  iban: string;
  accountName: string;
  paymentMethod: string | null;
  contractNumber: string | null;
}

export async function currentBank(db: Kysely<DB>, party: IbanParty, partyId: number): Promise<CurrentBank> {
  if (party === 'partner') {
    const p = await db.selectFrom('partners').select(['id', 'name', 'iban', 'iban_account_name']).where('id', '=', partyId).executeTakeFirst();
    if (!p) throw notFound('Partner');
    return { party, partyId, partyName: p.name, customerNumber: null, iban: p.iban, accountName: p.iban_account_name, paymentMethod: null, contractNumber: null };
  }
  const c = await db
    .selectFrom('contracts as c')
    .innerJoin('households as h', 'h.id', 'c.household_id')
    .select(['c.id', 'c.contract_number', 'c.iban', 'c.account_holder', 'c.payment_method', 'h.name', 'h.customer_number'])
    .where('c.id', '=', partyId)
    .executeTakeFirst();
  if (!c) throw notFound('Contract');
  return {
    party,
    partyId,
    partyName: `${c.name} (contract ${c.contract_number})`,
    customerNumber: c.customer_number,
    iban: c.iban,
    accountName: c.account_holder,
    paymentMethod: c.payment_method,
    contractNumber: c.contract_number,
  };
}

/** Writes the new bank details (the approval's transaction). */
export async function applyBank(
  trx: Kysely<DB>,
  party: IbanParty,
  partyId: number,
  next: { iban: string; accountName: string; paymentMethod: PaymentMethod | null; mandateReference: string | null },
  nowIso: string,
): Promise<void> {
  if (party === 'partner') {
    await trx
      .updateTable('partners')
      .set((eb) => ({ iban: next.iban, iban_account_name: next.accountName, updated_at: nowIso, version: eb('version', '+', 1) }))
      .where('id', '=', partyId)
      .executeTakeFirstOrThrow();
    return;
  }
  await trx
    .updateTable('contracts')
    .set({
      iban: next.iban,
      account_holder: next.accountName,
      ...(next.paymentMethod ? { payment_method: next.paymentMethod } : {}),
      ...(next.mandateReference ? { mandate_reference: next.mandateReference } : {}),
    })
    .where('id', '=', partyId)
    .executeTakeFirstOrThrow();
}
