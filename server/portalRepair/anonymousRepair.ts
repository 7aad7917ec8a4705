import type { Kysely } from 'kysely';
import type { AnonymousRepairRequest } from '../../shared/api/portalRepair';
import type { AttemptRule } from '../auth/attemptLimits';
import type { DB } from '../db/schema';
import { ApiError } from '../errors';
import { logInteraction } from '../customers/interactions';
import { readSettings } from '../settings/settingsStore';

const MINUTE = 60_000;

/**
 * The door without sign-in is limited twice, in the database like the sign-in limits: per caller (a flood from
 * one address) and per postal address (many callers filing for one home). Windows of at most an hour, so the
 * attempt table's purge (the longest window of the sign-in limits) removes them too.
 */
export const repairLimits = {
  caller: { name: 'repair-caller', max: 10, windowMs: 60 * MINUTE },
  home: { name: 'repair-home', max: 5, windowMs: 60 * MINUTE },
} as const satisfies Record<string, AttemptRule>;

export const homeKey = (b: AnonymousRepairRequest) => `${b.postcode}:${b.houseNumber}:${b.houseNumberAddition.toUpperCase()}`;

/** The setting governs the endpoint: off (the default) answers 404, as if the `/repairment` wizard did not exist. */
export async function assertAnonymousRepairOn(db: Kysely<DB>): Promise<void> {
  const s = await readSettings(db);
  if (!s.anonymousRepairRequest) throw new ApiError('not_found', 'Reparatieverzoek zonder inloggen staat uit', { reason: 'anonymous_repair_off' });
}

/**
 * Stores the request. When the address is the home of a current contract, it becomes that household's open
 * repair request (KCC staff see it in the customer's Onderhoud tab) with a timeline entry; otherwise it is kept
 * for the corporation to match by hand.
 */
export async function fileAnonymousRepair(db: Kysely<DB>, b: AnonymousRepairRequest, now: Date): Promise<{ requestNumber: string; receivedAt: string }> {
  const at = now.toISOString();
  const today = at.slice(0, 10);
  return db.transaction().execute(async (trx) => {
    const home = await trx
      .selectFrom('contracts')
      .select('household_id')
      .where('postcode', '=', b.postcode)
      .where('house_number', '=', b.houseNumber)
      .where((eb) => eb(eb.fn('upper', ['house_number_addition']), '=', b.houseNumberAddition.toUpperCase()))
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
      .orderBy('start_date', 'desc')
      .executeTakeFirst();
    const row = await trx
      .insertInto('anonymous_repair_requests')
      .values({
        received_at: at,
        request_number: '',
        postcode: b.postcode,
        house_number: b.houseNumber,
        house_number_addition: b.houseNumberAddition,
        name: b.name,
        phone: b.phone,
        email: b.email,
        location: b.location,
        description: b.description,
        household_id: home?.household_id ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const requestNumber = `RV-A${String(row.id).padStart(7, '0')}`;
    let repairId: number | null = null;
    if (home) {
      const repair = await trx
        .insertInto('repair_requests')
        .values({
          household_id: home.household_id,
          request_number: requestNumber,
          reported_at: at,
          location: b.location,
          description: `${b.description} (zonder inloggen gemeld door ${b.name}, ${b.phone})`,
          status: 'open',
          appointment_at: null,
          closed_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      repairId = repair.id;
      await logInteraction(trx, {
        householdId: home.household_id,
        at: now,
        template: 'CP_REPAIR_REQUEST',
        channel: 'portaal',
        description: `Reparatieverzoek ${requestNumber} ingediend zonder inloggen: ${b.location}`,
        staff: null,
      });
    }
    await trx.updateTable('anonymous_repair_requests').set({ request_number: requestNumber, repair_request_id: repairId }).where('id', '=', row.id).execute();
    return { requestNumber, receivedAt: at };
  });
}
