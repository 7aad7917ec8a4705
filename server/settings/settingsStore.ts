import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema';
import type { Settings, UpdateSettings } from '../../shared/api/settings';
import { staleVersion } from '../errors';

const toSettings = (r: Selectable<DB['settings']>): Settings => ({
  gaTrackingId: r.ga_tracking_id,
  sessionTimeoutMinutes: r.session_timeout_minutes,
  keepSignedInDays: r.keep_signed_in_days,
  anonymousRepairRequest: r.anonymous_repair_request === 1,
  version: r.version,
});

export async function readSettings(db: Kysely<DB>): Promise<Settings> {
  return toSettings(await db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow());
}

/** Saves the settings when `version` is the current one (409 with the current version otherwise). */
export async function updateSettings(trx: Kysely<DB>, b: UpdateSettings): Promise<Settings> {
  const row = await trx
    .updateTable('settings')
    .set({
      ga_tracking_id: b.gaTrackingId,
      session_timeout_minutes: b.sessionTimeoutMinutes,
      keep_signed_in_days: b.keepSignedInDays,
      anonymous_repair_request: b.anonymousRepairRequest ? 1 : 0,
      version: b.version + 1,
    })
    .where('id', '=', 1)
    .where('version', '=', b.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw staleVersion((await readSettings(trx)).version);
  return toSettings(row);
}
