import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Settings } from '../../shared/api/settings';

export async function readSettings(db: Kysely<DB>): Promise<Settings> {
  const r = await db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return {
    gaTrackingId: r.ga_tracking_id,
    sessionTimeoutMinutes: r.session_timeout_minutes,
    keepSignedInDays: r.keep_signed_in_days,
    anonymousRepairRequest: r.anonymous_repair_request === 1,
    version: r.version,
  };
}
