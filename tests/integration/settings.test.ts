import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpdateSettings } from '../../shared/api/settings';
import type { ApiClient } from '../../shared/client';
import { failure, startTestServer, type TestServer } from './support/testServer';

// Portal settings with ranges, field-named errors, stale versions.
describe('settings', () => {
  let s: TestServer;
  let admin: ApiClient;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    admin = s.client(await s.signIn('anna', 'Geheim!2026'));
  });
  afterAll(async () => s.close());

  const body = (over: Partial<UpdateSettings>): UpdateSettings => ({
    gaTrackingId: '',
    sessionTimeoutMinutes: 20,
    keepSignedInDays: 30,
    anonymousRepairRequest: false,
    version: 1,
    ...over,
  });

  it('has the defaults 20 minutes and 30 days', async () => {
    expect(await admin.call('settings.get')).toMatchObject({ sessionTimeoutMinutes: 20, keepSignedInDays: 30, version: 1 });
  });

  it.each([
    ['sessionTimeoutMinutes', 4],
    ['sessionTimeoutMinutes', 31],
    ['keepSignedInDays', 0],
    ['keepSignedInDays', 31],
  ] as const)('refuses %s = %d with 400 naming the field, and changes nothing', async (field, value) => {
    const err = await failure(admin.call('settings.update', { body: body({ [field]: value }) }));
    expect(err.status).toBe(400);
    expect(err.code).toBe('validation');
    expect(Object.keys(err.fieldErrors())).toEqual([field]);
    expect((await admin.call('settings.get')).version).toBe(1);
  });

  it('saves valid values, bumps the version and audits it', async () => {
    const saved = await admin.call('settings.update', { body: body({ sessionTimeoutMinutes: 30, keepSignedInDays: 1, gaTrackingId: 'G-ABC123' }) });
    expect(saved).toMatchObject({ sessionTimeoutMinutes: 30, keepSignedInDays: 1, gaTrackingId: 'G-ABC123', version: 2 });
    const audit = await admin.call('audit.list', { query: { action: 'settings.update' } });
    expect(audit.total).toBe(1);
  });

  it('refuses a stale version with 409 and keeps the newer data', async () => {
    const err = await failure(admin.call('settings.update', { body: body({ sessionTimeoutMinutes: 5, version: 1 }) }));
    expect(err.status).toBe(409);
    expect(err.code).toBe('conflict');
    expect(err.currentVersion).toBe(2);
    expect((await admin.call('settings.get')).sessionTimeoutMinutes).toBe(30);
  });
});
