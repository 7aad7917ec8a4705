import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { StaffRole, type Staff } from '../../shared/api/staff';
import { hashToken, newToken } from '../security/tokens';
import { readSettings } from '../settings/settingsStore';

export function parseRoles(text: string): StaffRole[] {
  return text
    .split(',')
    .map((r) => r.trim())
    .filter((r): r is StaffRole => StaffRole.safeParse(r).success);
}

export interface StaffRow {
  id: number;
  username: string;
  display_name: string;
  roles: string;
}

export function toStaff(r: StaffRow): Staff {
  return { id: r.id, username: r.username, displayName: r.display_name, roles: parseRoles(r.roles) };
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** When a session ends if nothing more happens: the idle time-out or the keep-signed-in limit, whichever is first. */
export function sessionExpiry(lastSeen: Date, absoluteExpiresAt: Date, timeoutMinutes: number): Date {
  const idle = new Date(lastSeen.getTime() + timeoutMinutes * MINUTE);
  return idle < absoluteExpiresAt ? idle : absoluteExpiresAt;
}

export async function createStaffSession(
  db: Kysely<DB>,
  staffId: number,
  now: Date,
  sourceAddress: string,
): Promise<{ token: string; expiresAt: Date }> {
  const settings = await readSettings(db);
  const token = newToken();
  const absolute = new Date(now.getTime() + settings.keepSignedInDays * DAY);
  await db
    .insertInto('staff_sessions')
    .values({
      token_hash: hashToken(token),
      staff_id: staffId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      absolute_expires_at: absolute.toISOString(),
      source_address: sourceAddress,
    })
    .execute();
  return { token, expiresAt: sessionExpiry(now, absolute, settings.sessionTimeoutMinutes) };
}
