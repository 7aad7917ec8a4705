import type { FastifyReply } from 'fastify';
import type { SignInResponse } from '../../shared/api/staff';
import { writeAudit } from '../audit/auditLog';
import type { AppContext } from '../context';
import { ApiError } from '../errors';
import { DUMMY_HASH, verifyPassword } from '../security/passwords';
import { admitAttempt, forgetAttempts, limits, refundAttempt } from './attemptLimits';
import { assertAddressAllowed } from './ipPolicy';
import { createStaffSession, toStaff } from './staffSessions';

/**
 * Staff sign-in. Each attempt is counted before the password is checked (per address and username, and per
 * address), so parallel guesses cannot pass the limit; a success gives its place back. The IP ranges are
 * checked before (any staff role) and after (this member's roles) the password. A failure for a known
 * username is audited; the password never is.
 */
export async function signInStaff(
  ctx: AppContext,
  reply: Pick<FastifyReply, 'header'>,
  ip: string,
  username: string,
  password: string,
): Promise<SignInResponse> {
  const { store, clock } = ctx;
  const [userCount, addressCount] = await admitAttempt(
    store.db,
    clock.now(),
    [
      [limits.staffUser, `${ip}|${username.toLowerCase()}`],
      [limits.staffAddress, ip],
    ],
    reply,
    (sec) => `Te veel mislukte inlogpogingen; probeer het over ${sec} seconden opnieuw`,
  );
  await assertAddressAllowed(store.db, ip);
  const user = await store.db.selectFrom('staff_users').selectAll().where('username', '=', username).where('active', '=', 1).executeTakeFirst();
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
  const now = clock.now();
  if (!user || !ok) {
    if (user) {
      await store.db.transaction().execute((trx) =>
        writeAudit(trx, {
          at: now.toISOString(),
          actorId: user.id,
          actor: user.username,
          roles: user.roles.split(','),
          action: 'staff.sign_in_failed',
          sourceAddress: ip,
        }),
      );
    }
    throw new ApiError('invalid_credentials', 'Gebruikersnaam of wachtwoord onjuist');
  }
  const staff = toStaff(user);
  await assertAddressAllowed(store.db, ip, staff.roles);
  if (userCount) await forgetAttempts(store.db, [userCount.key]);
  if (addressCount) await refundAttempt(store.db, addressCount.key);
  const session = await store.db.transaction().execute(async (trx) => {
    const s = await createStaffSession(trx, user.id, now, ip);
    await writeAudit(trx, { at: now.toISOString(), actorId: user.id, actor: user.username, roles: staff.roles, action: 'staff.sign_in', sourceAddress: ip });
    return s;
  });
  return { token: session.token, expiresAt: session.expiresAt.toISOString(), staff };
}
