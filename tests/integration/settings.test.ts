import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/testServer';

// A3 / D3: settings with ranges, field-named errors, stale versions.
describe('settings (A3)', () => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    token = await s.signIn('anna', 'Geheim!2026');
  });
  afterAll(async () => s.close());

  const body = (over: Record<string, unknown>) => ({
    gaTrackingId: '',
    sessionTimeoutMinutes: 20,
    keepSignedInDays: 30,
    anonymousRepairRequest: false,
    version: 1,
    ...over,
  });

  it('has the defaults 20 minutes and 30 days', async () => {
    const res = await s.api('GET', '/settings', { token });
    expect(res.body).toMatchObject({ sessionTimeoutMinutes: 20, keepSignedInDays: 30, version: 1 });
  });

  it.each([
    ['sessionTimeoutMinutes', 4],
    ['sessionTimeoutMinutes', 31],
    ['keepSignedInDays', 0],
    ['keepSignedInDays', 31],
  ])('refuses %s = %d with 400 naming the field, and changes nothing', async (field, value) => {
    const res = await s.api('PUT', '/settings', { token, body: body({ [field]: value }) });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('validation');
    expect(Object.keys(res.body.error?.details?.fields as object)).toEqual([field]);
    expect((await s.api('GET', '/settings', { token })).body.version).toBe(1);
  });

  it('saves valid values, bumps the version and audits it', async () => {
    const res = await s.api('PUT', '/settings', { token, body: body({ sessionTimeoutMinutes: 30, keepSignedInDays: 1, gaTrackingId: 'G-ABC123' }) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sessionTimeoutMinutes: 30, keepSignedInDays: 1, gaTrackingId: 'G-ABC123', version: 2 });
    const audit = await s.api('GET', '/audit?action=settings.update', { token });
    expect(audit.body.total).toBe(1);
  });

  it('refuses a stale version with 409 and keeps the newer data', async () => {
    const res = await s.api('PUT', '/settings', { token, body: body({ sessionTimeoutMinutes: 5, version: 1 }) });
    expect(res.status).toBe(409);
    expect(res.body.error?.code).toBe('conflict');
    expect(res.body.error?.details?.currentVersion).toBe(2);
    expect((await s.api('GET', '/settings', { token })).body.sessionTimeoutMinutes).toBe(30);
  });
});
