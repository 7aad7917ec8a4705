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

export interface SessionTimes {
  createdAt: Date;
  lastSeen: Date;
  /** The keep-signed-in end stored at sign-in (from the setting as it was then). */
  absoluteExpiresAt: Date;
}

/**
 * When a session ends if nothing more happens: the idle time-out or the keep-signed-in limit, whichever
 * is first. The limit is the earlier of the stored end and sign-in + the CURRENT keep-signed-in days, so
 * shortening the setting also shortens sessions that already exist (lengthening it never extends them).
 */
export function sessionExpiry(times: SessionTimes, settings: { sessionTimeoutMinutes: number; keepSignedInDays: number }): Date {
  const idle = times.lastSeen.getTime() + settings.sessionTimeoutMinutes * MINUTE;
  const keepSignedIn = times.createdAt.getTime() + settings.keepSignedInDays * DAY;
  return new Date(Math.min(idle, keepSignedIn, times.absoluteExpiresAt.getTime()));
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
  return { token, expiresAt: sessionExpiry({ createdAt: now, lastSeen: now, absoluteExpiresAt: absolute }, settings) };
}
