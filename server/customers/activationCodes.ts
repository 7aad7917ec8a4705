import { randomInt } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ActivationCode } from '../../shared/api/customers';
import type { AuthedStaff } from '../context';
import type { DB } from '../db/schema';
import { notFound } from '../errors';
import { householdFor } from './contactChanges';
import { logInteraction } from './interactions';

/*
 * A household's activation code lets the tenant create a portal account; it reaches the tenant by letter.
 * It is a secret: it never appears in logs or audit details.
 */

/** No 0/O, 1/I/L, so a code can be typed over from a letter. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newActivationCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length));
  return s;
}

type CodeRow = Pick<Selectable<DB['households']>, 'customer_number' | 'activation_code' | 'activation_code_generated_at'>;
const toCode = (h: CodeRow): ActivationCode => ({
  customerNumber: h.customer_number,
  code: h.activation_code,
  generatedAt: h.activation_code_generated_at,
});

/** Inside a transaction pass its trx: the single connection would otherwise wait for itself. */
export async function readActivationCode(db: Kysely<DB>, customerNumber: string): Promise<ActivationCode> {
  const h = await db
    .selectFrom('households')
    .select(['customer_number', 'activation_code', 'activation_code_generated_at'])
    .where('customer_number', '=', customerNumber)
    .executeTakeFirst();
  if (!h) throw notFound('Klant');
  return toCode(h);
}

interface Actor {
  staff: AuthedStaff | null;
  now: Date;
}

/** A new code for the household (the old one stops working), logged in the customer's timeline. */
export async function regenerateActivationCode(trx: Transaction<DB>, customerNumber: string, a: Actor): Promise<ActivationCode> {
  const h = await householdFor(trx, customerNumber);
  const row = await trx
    .updateTable('households')
    .set({ activation_code: newActivationCode(), activation_code_generated_at: a.now.toISOString() })
    .where('id', '=', h.id)
    .returning(['customer_number', 'activation_code', 'activation_code_generated_at'])
    .executeTakeFirstOrThrow();
  await logInteraction(trx, { householdId: h.id, at: a.now, template: 'CP_VERIFICATION_CODE', description: 'Nieuwe verificatiecode aangemaakt', staff: a.staff });
  return toCode(row);
}

/** "The customer asked for a new letter", logged in the customer's timeline; returns the interaction's id. */
export async function requestActivationLetter(trx: Transaction<DB>, customerNumber: string, a: Actor): Promise<number> {
  const h = await householdFor(trx, customerNumber);
  return logInteraction(trx, { householdId: h.id, at: a.now, template: 'CP_VERIFICATION_CODE', description: 'Nieuwe brief met verificatiecode aangevraagd', staff: a.staff });
}
