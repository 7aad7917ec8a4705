import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestServer, type TestServer } from '../support/testServer';

describe('keep-signed-in applies to sessions that already exist', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('beheer', 'Geheim!2026', ['admin']);
  });
  afterAll(async () => s.close());

  async function setKeepSignedIn(token: string, keepSignedInDays: number): Promise<void> {
    const admin = s.client(token);
    const current = await admin.call('settings.get');
    await admin.call('settings.update', { body: { ...current, sessionTimeoutMinutes: 30, keepSignedInDays } });
  }

  /** Uses the session every 29 minutes (inside the idle time-out) until `minutes` have passed or it ends. */
  async function keepBusy(token: string, minutes: number): Promise<'alive' | 'ended'> {
    const me = s.client(token);
    for (let passed = 0; passed < minutes; passed += 29) {
      s.clock.advanceMinutes(29);
      const result = await me.call('staff.me').then(
        () => 'ok' as const,
        (error: unknown) => error,
      );
      if (result !== 'ok') return 'ended';
    }
    return 'alive';
  }

  it('shortening the setting ends a session signed in under the longer one', async () => {
    const token = await s.signIn('beheer', 'Geheim!2026'); // signed in while keep-signed-in is 30 days
    await setKeepSignedIn(token, 1);
    expect(await keepBusy(token, 23 * 60)).toBe('alive');
    expect(await keepBusy(token, 2 * 60)).toBe('ended');
    const after = await failure(s.client(token).call('staff.me'));
    expect(after.status).toBe(401);
  });

  it('lengthening the setting does not extend a session signed in under the shorter one', async () => {
    const token = await s.signIn('beheer', 'Geheim!2026'); // keep-signed-in is 1 day now
    await setKeepSignedIn(token, 30);
    expect(await keepBusy(token, 25 * 60)).toBe('ended');
  });
});
