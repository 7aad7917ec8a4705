import type { Transaction } from 'kysely';
import type { AuthedStaff } from '../context';
import type { DB } from '../db/schema';

/**
 * A change made by a KCC employee on the customer's behalf becomes an interaction in the customer's
 * timeline, on the employee's name (staff_id + staff_name), shown in the portal. Returns its id.
 */
export async function logInteraction(
  trx: Transaction<DB>,
  i: { householdId: number; at: Date; template: string; description: string; staff: AuthedStaff | null; channel?: string },
): Promise<number> {
  const res = await trx
    .insertInto('interactions')
    .values({
      household_id: i.householdId,
      at: i.at.toISOString(),
      template: i.template,
      channel: i.channel ?? 'telefoon',
      description: i.description,
      staff_id: i.staff?.id ?? null,
      staff_name: i.staff?.displayName ?? null,
      show_in_portal: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return res.id;
}
