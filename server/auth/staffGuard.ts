import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors';
import { sqlRunner } from '../db/sqlRunner';
import { hashToken } from '../security/tokens';
import { parseRoles, sessionExpiry } from './staffSessions';
import { assertAddressIn, callerAddress } from './ipPolicy';
import { LOOK_ALONG_HEADER } from '../../shared/api/route';
import { rolesFor } from '../../shared/roles';

// Writing last_seen_at on every call would make every read a write; a few seconds of slack is harmless.
const TOUCH_AFTER_MS = 5_000;

interface GuardRow {
  sessionId: number;
  created_at: string;
  last_seen_at: string;
  absolute_expires_at: string;
  id: number;
  username: string;
  display_name: string;
  roles: string;
  active: number;
  session_timeout_minutes: number;
  keep_signed_in_days: number;
  cidr: string | null;
  range_admin: number | null;
  range_kcc: number | null;
}

export function bearerToken(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h || !h.startsWith('Bearer ')) return null;
  const t = h.slice(7).trim();
  return t.length > 0 && t.length < 200 ? t : null;
}

/**
 * Guards every route whose table entry names a capability: each call needs a live session, a role that gives
 * the capability, and a source address the IP ranges allow for those roles. Public routes (and paths outside
 * the table) pass untouched. The look-along header is read only on routes that take it; their handlers check
 * that the session is the caller's own, live and for that customer before anything is recorded.
 */
export function installStaffGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    const { store, clock } = app.ctx;
    const token = bearerToken(req);
    if (!token) throw new ApiError('unauthenticated', 'Niet ingelogd');
    const now = clock.now();
    // The session, the two session-length settings and the IP ranges in one statement (a row per range, the
    // session's columns on each): on PostgreSQL every staff call paid three round trips for them, now one, and a
    // prepared one (planned once per connection, not per call).
    const found = await sqlRunner(store).all<GuardRow>(
      `SELECT s.id AS "sessionId", s.created_at, s.last_seen_at, s.absolute_expires_at, u.id, u.username, u.display_name, u.roles, u.active,
         st.session_timeout_minutes, st.keep_signed_in_days, r.cidr, r.admin AS range_admin, r.kcc AS range_kcc
       FROM staff_sessions s JOIN staff_users u ON u.id = s.staff_id JOIN settings st ON st.id = 1 LEFT JOIN ip_ranges r ON 1 = 1
       WHERE s.token_hash = ?`,
      hashToken(token),
    );
    const row = found[0];
    const settings = row && { sessionTimeoutMinutes: row.session_timeout_minutes, keepSignedInDays: row.keep_signed_in_days };
    const ranges = found.flatMap((r) => (r.cidr === null ? [] : [{ cidr: r.cidr, admin: r.range_admin === 1, kcc: r.range_kcc === 1 }]));
    if (!row || !settings || row.active !== 1) throw new ApiError('unauthenticated', 'Niet ingelogd');
    const expires = sessionExpiry(
      { createdAt: new Date(row.created_at), lastSeen: new Date(row.last_seen_at), absoluteExpiresAt: new Date(row.absolute_expires_at) },
      settings,
    );
    if (expires <= now) {
      await store.db.deleteFrom('staff_sessions').where('id', '=', row.sessionId).execute();
      throw new ApiError('unauthenticated', 'Uw sessie is verlopen; log opnieuw in', { reason: 'expired' });
    }
    const roles = parseRoles(row.roles);
    const allowed = rolesFor(access);
    const effective = roles.filter((r) => allowed.includes(r));
    assertAddressIn(ranges, callerAddress(req), effective.length > 0 ? effective : roles);
    if (effective.length === 0) {
      throw new ApiError('forbidden', 'U heeft geen rechten voor deze functie', { requiredRoles: [...allowed] });
    }
    if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
      await store.db.updateTable('staff_sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', row.sessionId).execute();
    }
    const lookAlong = req.routeOptions.config.lookAlong ? req.headers[LOOK_ALONG_HEADER] : undefined;
    req.staff = {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles,
      sessionId: row.sessionId,
      lookAlongSessionId: typeof lookAlong === 'string' && /^[0-9a-f-]{36}$/.test(lookAlong) ? lookAlong : null,
    };
  });
}
