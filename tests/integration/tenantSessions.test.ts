import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/security/passwords';
import { failure, startTestServer, type TestServer } from './support/testServer';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// Tenant sessions follow the portal settings: the session time-out after the last use, and "Houd mij ingelogd"
// for the keep-signed-in days; shortening either setting shortens sessions that already exist.
describe('tenant sessions follow the portal settings', () => {
  let s: TestServer;
  const password = 'Huurder!2026x';

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('beheer', 'Geheim!2026', ['admin']);
    const hash = await hashPassword(password);
    await s.store.db
      .insertInto('households')
      .values({ customer_number: 'HM-880001', name: 'T. Huurder', corr_street: 'Kerkstraat', corr_house_number: 1, corr_postcode: '1234 AB', corr_city: 'Utrecht' })
      .execute();
    await s.store.db
      .insertInto('accounts')
      .values({ username: 'huurder', email: 'huurder@example.nl', customer_number: 'HM-880001', password_hash: hash, confirmed_at: '2026-01-01T00:00:00.000Z', created_at: '2026-01-01T00:00:00.000Z' })
      .execute();
  });
  afterAll(async () => s.close());

  const signIn = (keepSignedIn?: boolean) =>
    s.client().call('portal.signIn', { body: { username: 'huurder', password, ...(keepSignedIn === undefined ? {} : { keepSignedIn }) } });
  const session = (token: string) => s.client(token).call('portal.session');
  const msFromNow = (iso: string) => new Date(iso).getTime() - s.clock.now().getTime();

  /** Changes the settings as an administrator (signed in afresh: the fake clock may have ended an older session). */
  async function settings(change: { sessionTimeoutMinutes?: number; keepSignedInDays?: number }): Promise<void> {
    const admin = s.client(await s.signIn('beheer', 'Geheim!2026'));
    const cur = await admin.call('settings.get');
    await admin.call('settings.update', {
      body: {
        gaTrackingId: cur.gaTrackingId,
        sessionTimeoutMinutes: change.sessionTimeoutMinutes ?? cur.sessionTimeoutMinutes,
        keepSignedInDays: change.keepSignedInDays ?? cur.keepSignedInDays,
        anonymousRepairRequest: cur.anonymousRepairRequest,
        version: cur.version,
      },
    });
  }

  it('answers the idle end (the time-out setting, not a fixed 30 minutes); use extends it; idle ends it', async () => {
    await settings({ sessionTimeoutMinutes: 10, keepSignedInDays: 30 });
    const { token, expiresAt } = await signIn();
    expect(msFromNow(expiresAt)).toBe(10 * MINUTE);
    s.clock.advanceMinutes(9);
    const used = await session(token);
    expect(used.customerNumber).toBe('HM-880001');
    expect(msFromNow(used.expiresAt)).toBe(10 * MINUTE);
    s.clock.advanceMinutes(9);
    await session(token);
    s.clock.advanceMinutes(10);
    const ended = await failure(session(token));
    expect(ended.status).toBe(401);
    expect(ended.info).toMatchObject({ code: 'unauthenticated', details: { reason: 'expired' } });
    // Ended sessions are removed: asking again is just unknown.
    expect((await failure(session(token))).info.details).toBeUndefined();
  });

  it('shortening the time-out applies to a session that already exists', async () => {
    await settings({ sessionTimeoutMinutes: 30 });
    const { token, expiresAt } = await signIn();
    expect(msFromNow(expiresAt)).toBe(30 * MINUTE);
    await settings({ sessionTimeoutMinutes: 5 });
    s.clock.advanceMinutes(6);
    expect((await failure(session(token))).status).toBe(401);
    const fresh = await signIn();
    s.clock.advanceMinutes(4);
    expect(msFromNow((await session(fresh.token)).expiresAt)).toBe(5 * MINUTE);
  });

  it('"keep me signed in" lasts the keep-signed-in days, used or not; shortening that setting shortens it', async () => {
    await settings({ sessionTimeoutMinutes: 20, keepSignedInDays: 30 });
    const kept = await signIn(true);
    expect(msFromNow(kept.expiresAt)).toBe(30 * DAY);
    s.clock.advanceMinutes(3 * 60);
    expect(msFromNow((await session(kept.token)).expiresAt)).toBe(30 * DAY - 3 * 60 * MINUTE);
    await settings({ keepSignedInDays: 1 });
    s.clock.advanceMinutes(20 * 60);
    expect(msFromNow((await session(kept.token)).expiresAt)).toBe(MINUTE * 60);
    s.clock.advanceMinutes(61);
    expect((await failure(session(kept.token))).status).toBe(401);
    // Lengthening it again does not bring back (or extend) what the shorter setting ended.
    await settings({ keepSignedInDays: 30 });
    expect((await failure(session(kept.token))).status).toBe(401);
  });

  it('without the tick a session in use still ends after the keep-signed-in days', async () => {
    await settings({ sessionTimeoutMinutes: 30, keepSignedInDays: 1 });
    const { token } = await signIn(false);
    let last = '';
    for (let minutes = 25; minutes < 24 * 60; minutes += 25) {
      s.clock.advanceMinutes(25);
      last = (await session(token)).expiresAt;
    }
    // The last answer already names the day's end rather than a full time-out ahead.
    expect(msFromNow(last)).toBeLessThan(30 * MINUTE);
    s.clock.advanceMinutes(30);
    expect((await failure(session(token))).status).toBe(401);
    await settings({ keepSignedInDays: 30 });
  });

  it('a block by staff ends an open session at once', async () => {
    const { token } = await signIn();
    expect((await session(token)).customerNumber).toBe('HM-880001');
    const admin = s.client(await s.signIn('beheer', 'Geheim!2026'));
    const account = (await admin.call('accounts.list', { query: { q: 'huurder' } })).items.find((a) => a.username === 'huurder');
    if (!account) throw new Error('fixture account missing');
    await admin.call('accounts.block', { params: { id: account.id }, body: { reason: 'Misbruik gemeld' } });
    expect((await failure(session(token))).status).toBe(401);
    await admin.call('accounts.unblock', { params: { id: account.id } });
  });

  it('refuses a missing or unknown token with 401', async () => {
    expect((await s.api('GET', '/portal/session')).body.error?.code).toBe('unauthenticated');
    expect((await failure(session('x'.repeat(43)))).status).toBe(401);
    // A staff token is not a tenant session.
    expect((await failure(session(await s.signIn('beheer', 'Geheim!2026')))).status).toBe(401);
  });
});
