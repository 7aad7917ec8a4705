import type { FastifyReply } from 'fastify';
import type { SignInResponse } from '../../shared/api/staff';
import { writeAudit } from '../audit/auditLog';
import type { AppContext } from '../context';
import { ApiError } from '../errors';
import { DUMMY_HASH, upgradedHash, verifyPassword } from '../security/passwords';
import { admitAttempt, forgetAttempts, limits, refundAttempt } from './attemptLimits';
import { assertAddressAllowed, callerAddress } from './ipPolicy';
import { createStaffSession, toStaff } from './staffSessions';

/**
 * Staff sign-in. Each attempt is counted before the password is checked (per address and username, and per
 * address), so parallel guesses cannot pass the limit; a success gives its place back. The IP ranges are
 * checked before (any staff role) and after (this member's roles) the password. A failure for a known
 * username is audited; the password never is.
 */
export async function signInStaff(
  ctx: AppContext,
  reply: Pick<FastifyReply, 'header' | 'request'>,
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
  // `ip` is req.ip; whether it is the socket's own address (loopback exempt) or a forwarded one, the request says.
  const caller = { ...callerAddress(reply.request), address: ip };
  await assertAddressAllowed(store.db, caller);
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
  await assertAddressAllowed(store.db, caller, staff.roles);
  if (userCount) await forgetAttempts(store.db, [userCount.key]);
  if (addressCount) await refundAttempt(store.db, addressCount.key);
  // A hash from before the current scrypt cost is replaced now that the password is known (hashed
  // outside the transaction: it takes ≈0.4 s). Only if nobody changed the hash meanwhile.
  const upgraded = await upgradedHash(password, user.password_hash);
  const session = await store.db.transaction().execute(async (trx) => {
    if (upgraded) {
      await trx.updateTable('staff_users').set({ password_hash: upgraded }).where('id', '=', user.id).where('password_hash', '=', user.password_hash).execute();
    }
    const s = await createStaffSession(trx, user.id, now, ip);
    await writeAudit(trx, { at: now.toISOString(), actorId: user.id, actor: user.username, roles: staff.roles, action: 'staff.sign_in', sourceAddress: ip });
    return s;
  });
  return { token: session.token, expiresAt: session.expiresAt.toISOString(), staff };
}
