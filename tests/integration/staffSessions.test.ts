import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/testServer';

// A1, A3: staff sign-in, roles on every route, idle time-out, keep-signed-in, rate limit.
describe('staff sessions (A1, A3)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin'], 'Anna Bakker');
    await s.addStaff('pieter', 'Geheim!2026', ['kcc']);
  });
  afterAll(async () => s.close());

  it('signs in with the right password and returns the staff member and an expiry', async () => {
    const res = await s.api('POST', '/staff/sessions', { body: { username: 'anna', password: 'Geheim!2026' } });
    expect(res.status).toBe(201);
    expect(res.body.staff).toEqual({ id: 1, username: 'anna', displayName: 'Anna Bakker', roles: ['admin'] });
    expect(typeof res.body.token).toBe('string');
    // default idle time-out is 20 minutes
    expect(new Date(res.body.expiresAt as unknown as string).getTime() - s.clock.now().getTime()).toBe(20 * 60_000);
    const me = await s.api('GET', '/staff/me', { token: res.body.token as unknown as string });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('anna');
  });

  it('refuses a wrong password and an unknown user alike with invalid_credentials', async () => {
    const wrong = await s.api('POST', '/staff/sessions', { body: { username: 'anna', password: 'nope' }, from: '10.9.0.1' });
    const unknown = await s.api('POST', '/staff/sessions', { body: { username: 'nobody', password: 'x' }, from: '10.9.0.1' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe('invalid_credentials');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error?.message).toBe(wrong.body.error?.message);
  });

  it('stores only a hash of the session token', async () => {
    const token = await s.signIn('anna', 'Geheim!2026');
    const rows = await s.store.db.selectFrom('staff_sessions').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('rejects calls without or with a bad token', async () => {
    expect((await s.api('GET', '/staff/me')).body.error?.code).toBe('unauthenticated');
    const bad = await s.api('GET', '/staff/me', { token: 'not-a-real-token' });
    expect(bad.status).toBe(401);
  });

  it('checks roles on the server: a kcc user may not read settings', async () => {
    const token = await s.signIn('pieter', 'Geheim!2026');
    const res = await s.api('GET', '/settings', { token });
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('forbidden');
    const admin = await s.signIn('anna', 'Geheim!2026');
    expect((await s.api('GET', '/settings', { token: admin })).status).toBe(200);
  });

  it('ends a session after the idle time-out and keeps it alive while used', async () => {
    const token = await s.signIn('anna', 'Geheim!2026');
    s.clock.advanceMinutes(15);
    expect((await s.api('GET', '/staff/me', { token })).status).toBe(200);
    s.clock.advanceMinutes(15); // 15 minutes since the last call: still inside 20
    expect((await s.api('GET', '/staff/me', { token })).status).toBe(200);
    s.clock.advanceMinutes(21);
    const expired = await s.api('GET', '/staff/me', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.error?.details).toEqual({ reason: 'expired' });
    s.clock.advanceMinutes(-21);
    // once expired the session is gone for good, even if the clock were turned back
    expect((await s.api('GET', '/staff/me', { token })).status).toBe(401);
  });

  it('uses the configured time-out: 5 minutes after a settings change', async () => {
    const admin = await s.signIn('anna', 'Geheim!2026');
    const current = await s.api('GET', '/settings', { token: admin });
    const put = await s.api('PUT', '/settings', {
      token: admin,
      body: { gaTrackingId: '', sessionTimeoutMinutes: 5, keepSignedInDays: 1, anonymousRepairRequest: false, version: current.body.version },
    });
    expect(put.status).toBe(200);
    s.clock.advanceMinutes(6);
    expect((await s.api('GET', '/staff/me', { token: admin })).status).toBe(401);
    // keep-signed-in (1 day) caps a session that is used all the time
    const busy = await s.signIn('anna', 'Geheim!2026');
    for (let i = 0; i < 24 * 15; i++) {
      s.clock.advanceMinutes(4);
      if ((await s.api('GET', '/staff/me', { token: busy })).status !== 200) break;
    }
    const after = await s.api('GET', '/staff/me', { token: busy });
    expect(after.status).toBe(401);
    const restore = await s.api('GET', '/settings', { token: await s.signIn('anna', 'Geheim!2026') });
    await s.api('PUT', '/settings', {
      token: await s.signIn('anna', 'Geheim!2026'),
      body: { gaTrackingId: '', sessionTimeoutMinutes: 20, keepSignedInDays: 30, anonymousRepairRequest: false, version: restore.body.version },
    });
  });

  it('signs out: the token stops working', async () => {
    const token = await s.signIn('pieter', 'Geheim!2026');
    expect((await s.api('DELETE', '/staff/sessions/current', { token })).status).toBe(204);
    expect((await s.api('GET', '/staff/me', { token })).status).toBe(401);
  });

  it('rate-limits repeated failures from one address and says when to retry', async () => {
    let last = await s.api('POST', '/staff/sessions', { body: { username: 'x', password: 'y' }, from: '10.20.30.40' });
    for (let i = 0; i < 25 && last.status !== 429; i++) {
      last = await s.api('POST', '/staff/sessions', { body: { username: `x${i}`, password: 'y' }, from: '10.20.30.40' });
    }
    expect(last.status).toBe(429);
    expect(last.body.error?.code).toBe('rate_limited');
    expect(Number(last.body.error?.details?.retryAfterSeconds)).toBeGreaterThan(0);
    // another workstation is not affected
    expect((await s.api('POST', '/staff/sessions', { body: { username: 'anna', password: 'Geheim!2026' }, from: '10.20.30.41' })).status).toBe(201);
    s.clock.advanceMinutes(6);
    expect((await s.api('POST', '/staff/sessions', { body: { username: 'anna', password: 'Geheim!2026' }, from: '10.20.30.40' })).status).toBe(201);
  });

  it('validates the body and names the field', async () => {
    const res = await s.api('POST', '/staff/sessions', { body: { username: 'anna' } });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('validation');
    expect(Object.keys(res.body.error?.details?.fields as object)).toContain('password');
  });

  it('serves the OpenAPI document', async () => {
    const res = await fetch(`${s.url}/api/openapi.json`);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/staff/sessions', '/api/v1/ip-ranges', '/api/v1/audit']));
  });
});
