import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/client';
import { clientWithStatus } from './clientWithStatus';
import { failure, startTestServer, type TestServer } from './support/testServer';

/** Whether a staff session still answers (any refusal counts as gone). */
const alive = (c: ApiClient): Promise<boolean> => c.call('staff.me').then(() => true, () => false);

// Staff sign-in, roles on every route, idle time-out, keep-signed-in, rate limit.
describe('staff sessions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin'], 'Anna Bakker');
    await s.addStaff('pieter', 'Geheim!2026', ['kcc']);
  });
  afterAll(async () => s.close());

  it('signs in with the right password and returns the staff member and an expiry', async () => {
    const anon = clientWithStatus(s.url, null);
    const res = await anon.client.call('staff.signIn', { body: { username: 'anna', password: 'Geheim!2026' } });
    expect(anon.lastStatus()).toBe(201);
    expect(res.staff).toEqual({ id: 1, username: 'anna', displayName: 'Anna Bakker', roles: ['admin'] });
    expect(typeof res.token).toBe('string');
    // default idle time-out is 20 minutes
    expect(new Date(res.expiresAt).getTime() - s.clock.now().getTime()).toBe(20 * 60_000);
    const me = clientWithStatus(s.url, res.token);
    expect((await me.client.call('staff.me')).username).toBe('anna');
    expect(me.lastStatus()).toBe(200);
  });

  it('refuses a wrong password and an unknown user alike with invalid_credentials', async () => {
    const workstation = s.client(null, '10.9.0.1');
    const wrong = await failure(workstation.call('staff.signIn', { body: { username: 'anna', password: 'nope' } }));
    const unknown = await failure(workstation.call('staff.signIn', { body: { username: 'nobody', password: 'x' } }));
    expect(wrong.status).toBe(401);
    expect(wrong.code).toBe('invalid_credentials');
    expect(unknown.status).toBe(401);
    expect(unknown.message).toBe(wrong.message);
  });

  it('stores only a hash of the session token', async () => {
    const token = await s.signIn('anna', 'Geheim!2026');
    const rows = await s.store.db.selectFrom('staff_sessions').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('rejects calls without or with a bad token', async () => {
    expect((await failure(s.client().call('staff.me'))).code).toBe('unauthenticated');
    const bad = await failure(s.client('not-a-real-token').call('staff.me'));
    expect(bad.status).toBe(401);
  });

  it('checks roles on the server: a kcc user may not read settings', async () => {
    const kcc = s.client(await s.signIn('pieter', 'Geheim!2026'));
    const res = await failure(kcc.call('settings.get'));
    expect(res.status).toBe(403);
    expect(res.code).toBe('forbidden');
    const admin = s.client(await s.signIn('anna', 'Geheim!2026'));
    expect((await admin.call('settings.get')).version).toBeGreaterThanOrEqual(1);
  });

  it('ends a session after the idle time-out and keeps it alive while used', async () => {
    const anna = s.client(await s.signIn('anna', 'Geheim!2026'));
    s.clock.advanceMinutes(15);
    expect((await anna.call('staff.me')).username).toBe('anna');
    s.clock.advanceMinutes(15); // 15 minutes since the last call: still inside 20
    expect((await anna.call('staff.me')).username).toBe('anna');
    s.clock.advanceMinutes(21);
    const expired = await failure(anna.call('staff.me'));
    expect(expired.status).toBe(401);
    expect(expired.info.details).toEqual({ reason: 'expired' });
    s.clock.advanceMinutes(-21);
    // once expired the session is gone for good, even if the clock were turned back
    expect((await failure(anna.call('staff.me'))).status).toBe(401);
  });

  it('uses the configured time-out: 5 minutes after a settings change', async () => {
    const admin = s.client(await s.signIn('anna', 'Geheim!2026'));
    const current = await admin.call('settings.get');
    const put = await admin.call('settings.update', {
      body: { gaTrackingId: '', sessionTimeoutMinutes: 5, keepSignedInDays: 1, anonymousRepairRequest: false, version: current.version },
    });
    expect(put).toMatchObject({ sessionTimeoutMinutes: 5, keepSignedInDays: 1 });
    s.clock.advanceMinutes(6);
    expect((await failure(admin.call('staff.me'))).status).toBe(401);
    // keep-signed-in (1 day) caps a session that is used all the time
    const busy = s.client(await s.signIn('anna', 'Geheim!2026'));
    for (let i = 0; i < 24 * 15; i++) {
      s.clock.advanceMinutes(4);
      if (!(await alive(busy))) break;
    }
    const after = await failure(busy.call('staff.me'));
    expect(after.status).toBe(401);
    const restore = await s.client(await s.signIn('anna', 'Geheim!2026')).call('settings.get');
    await s.client(await s.signIn('anna', 'Geheim!2026')).call('settings.update', {
      body: { gaTrackingId: '', sessionTimeoutMinutes: 20, keepSignedInDays: 30, anonymousRepairRequest: false, version: restore.version },
    });
  });

  it('signs out: the token stops working', async () => {
    const pieter = clientWithStatus(s.url, await s.signIn('pieter', 'Geheim!2026'));
    await pieter.client.call('staff.signOut');
    expect(pieter.lastStatus()).toBe(204);
    expect((await failure(pieter.client.call('staff.me'))).status).toBe(401);
  });

  it('rate-limits repeated failures from one address and says when to retry', async () => {
    const guess = (username: string) => failure(s.client(null, '10.20.30.40').call('staff.signIn', { body: { username, password: 'y' } }));
    let last = await guess('x');
    for (let i = 0; i < 25 && last.status !== 429; i++) {
      last = await guess(`x${i}`);
    }
    expect(last.status).toBe(429);
    expect(last.code).toBe('rate_limited');
    expect(last.retryAfterSeconds).toBeGreaterThan(0);
    /** The HTTP status of a successful sign-in as anna from `from`. */
    const annaFrom = async (from: string) => {
      const c = clientWithStatus(s.url, null, from);
      await c.client.call('staff.signIn', { body: { username: 'anna', password: 'Geheim!2026' } });
      return c.lastStatus();
    };
    // another workstation is not affected
    expect(await annaFrom('10.20.30.41')).toBe(201);
    s.clock.advanceMinutes(6);
    expect(await annaFrom('10.20.30.40')).toBe(201);
  });

  it('validates the body and names the field', async () => {
    // A body without a password: raw, since the typed client cannot leave a required field out.
    const res = await s.api('POST', '/staff/sessions', { body: { username: 'anna' } });
    expect(res.status).toBe(400);
    const error = res.body.error;
    expect(error?.code).toBe('validation');
    expect(Object.keys(error?.code === 'validation' ? (error.details?.fields ?? {}) : {})).toContain('password');
  });

  it('serves the OpenAPI document', async () => {
    const res = await fetch(`${s.url}/api/openapi.json`);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/staff/sessions', '/api/v1/ip-ranges', '/api/v1/audit']));
  });
});
