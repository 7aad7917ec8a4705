import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors';
import { hashToken } from '../security/tokens';
import { readSettings } from '../settings/settingsStore';
import { parseRoles, sessionExpiry } from './staffSessions';
import { assertAddressIn, callerAddress, loadRanges } from './ipPolicy';
import { LOOK_ALONG_HEADER } from '../../shared/api/route';
import { rolesFor } from '../../shared/roles';

// Writing last_seen_at on every call would make every read a write; a few seconds of slack is harmless.
const TOUCH_AFTER_MS = 5_000;

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
    // The three reads at once: on PostgreSQL each is a round trip, and every staff call pays them.
    const [row, settings, ranges] = await Promise.all([
      store.db
        .selectFrom('staff_sessions as s')
        .innerJoin('staff_users as u', 'u.id', 's.staff_id')
        .select(['s.id as sessionId', 's.created_at', 's.last_seen_at', 's.absolute_expires_at', 'u.id', 'u.username', 'u.display_name', 'u.roles', 'u.active'])
        .where('s.token_hash', '=', hashToken(token))
        .executeTakeFirst(),
      readSettings(store.db),
      loadRanges(store.db),
    ]);
    if (!row || row.active !== 1) throw new ApiError('unauthenticated', 'Niet ingelogd');
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
