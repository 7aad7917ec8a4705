import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';
import type { ApiError } from '../errors';

/**
 * A check that may refuse a new weborder for a partner, run inside the transaction that creates it (POST
 * /weborders and POST /weborder-requests/{id}/propose), before anything is written. Returning an ApiError refuses
 * the creation with that error (e.g. 409 `conflict` while the partner's IBAN change is pending, issue 13);
 * null lets it through.
 */
export type WeborderCreationGuard = (trx: Transaction<DB>, partnerId: number) => Promise<ApiError | null>;

// Module-wide on purpose: guards are pure database checks, the same for every server in the process.
const guards: WeborderCreationGuard[] = [];

/** Adds a guard once (adding the same function again is a no-op, so module re-imports are harmless). */
export function addWeborderCreationGuard(guard: WeborderCreationGuard): void {
  if (!guards.includes(guard)) guards.push(guard);
}

/** Runs every guard in the order added; throws the first refusal. */
export async function runWeborderCreationGuards(trx: Transaction<DB>, partnerId: number): Promise<void> {
  for (const guard of guards) {
    const refusal = await guard(trx, partnerId);
    if (refusal) throw refusal;
  }
}
