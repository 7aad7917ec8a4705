import type { PaymentMethod } from '../../shared/api/iban';
import { mandateReference } from '../../shared/domain/iban';
import { useTenantSession } from '../accounts/tenantSessions';
import { writeAudit } from '../audit/auditLog';
import type { AppContext } from '../context';
import { ApiError, fieldError } from '../errors';
import { eventBus } from '../events/eventBus';
import { hashToken } from '../security/tokens';
import { createIbanChange } from './ibanChangeStore';

/** Seed 001 §2.7.5: a tenant may only move "upwards": self-pay → giro slip or direct debit, giro slip → direct debit. */
const rank: Record<string, number> = { overboeking: 0, acceptgiro: 1, automatische_incasso: 2 };

export function mayMoveTo(current: string, next: PaymentMethod): boolean {
  return (rank[next] ?? 0) >= (rank[current] ?? 0);
}

/**
 * The tenant's own IBAN change from the portal (tenant bearer token): on the contract named (or the household's
 * current one), pending until a helpdesk member approves it. A move to direct debit gets its mandate reference now.
 */
export async function tenantIbanChange(
  ctx: AppContext,
  token: string,
  ip: string,
  body: { contractNumber?: string | undefined; accountHolder: string; iban: string; paymentMethod?: PaymentMethod | undefined },
): Promise<{ id: number; status: 'pending'; mandateReference: string | null }> {
  const now = ctx.clock.now();
  const { db } = ctx.store;
  const session = await useTenantSession(db, token, now);
  const account = await db
    .selectFrom('tenant_sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select(['a.id', 'a.username'])
    .where('s.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!account || !session.customerNumber) throw new ApiError('forbidden', 'Dit account hoort niet bij een huishouden', { reason: 'no_household' });
  const today = now.toISOString().slice(0, 10);
  let contracts = db
    .selectFrom('contracts as c')
    .innerJoin('households as h', 'h.id', 'c.household_id')
    .select(['c.id', 'c.contract_number', 'c.payment_method'])
    .where('h.customer_number', '=', session.customerNumber)
    .where((eb) => eb.or([eb('c.end_date', 'is', null), eb('c.end_date', '>=', today)]))
    .orderBy('c.start_date', 'desc');
  if (body.contractNumber) contracts = contracts.where('c.contract_number', '=', body.contractNumber);
  const contract = await contracts.executeTakeFirst();
  if (!contract) throw fieldError('contractNumber', 'Geen lopend contract gevonden');
  const method = body.paymentMethod ?? null;
  if (method !== null && !mayMoveTo(contract.payment_method, method)) {
    throw fieldError('paymentMethod', 'De betaalwijze kan in het portaal alleen naar acceptgiro of automatische incasso; neem voor iets anders contact op');
  }
  const toDirectDebit = method === 'automatische_incasso' && contract.payment_method !== 'automatische_incasso';
  const mandate = toDirectDebit ? mandateReference(contract.contract_number, now) : null;
  const change = await db.transaction().execute(async (trx) => {
    const created = await createIbanChange(
      trx,
      {
        party: 'tenant',
        partyId: contract.id,
        oldIban: null,
        newIban: body.iban,
        accountName: body.accountHolder,
        directorCc: '',
        paymentMethod: method === contract.payment_method ? null : method,
        mandateReference: mandate,
        proof: null,
        enteredBy: { staffId: null, accountId: account.id, name: `${account.username} (huurder)` },
      },
      now,
    );
    // The event before the audit entry: the order every publisher takes its locks in (eventBus.ts).
    await eventBus(ctx.store).publish(trx, 'iban_change.created', { id: created.id, party: 'tenant', status: 'pending', byStaffId: null }, now.toISOString());
    await writeAudit(trx, {
      at: now.toISOString(),
      actorId: null,
      actor: `tenant:${account.username}`,
      roles: [],
      action: 'iban_change.create',
      target: `iban-change:${created.id}`,
      customerNumber: session.customerNumber,
      sourceAddress: ip,
      lookAlongSessionId: null,
      details: { party: 'tenant', contractNumber: contract.contract_number, newIban: created.newIban, paymentMethod: method, mandateReference: mandate },
    });
    return created;
  });
  return { id: change.id, status: 'pending', mandateReference: mandate };
}
