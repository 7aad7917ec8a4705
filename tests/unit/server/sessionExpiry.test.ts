import { describe, expect, it } from 'vitest';
import { sessionExpiry } from '../../../server/auth/staffSessions';

const signedIn = new Date('2026-11-02T09:00:00.000Z');
const day = 24 * 60 * 60_000;

describe('staff session expiry', () => {
  const times = { createdAt: signedIn, lastSeen: new Date(signedIn.getTime() + 3 * day), absoluteExpiresAt: new Date(signedIn.getTime() + 30 * day) };

  it('ends at the idle time-out while that comes first', () => {
    expect(sessionExpiry(times, { sessionTimeoutMinutes: 20, keepSignedInDays: 30 })).toEqual(new Date(times.lastSeen.getTime() + 20 * 60_000));
  });

  it('uses the current keep-signed-in setting when it is shorter than the stored end', () => {
    expect(sessionExpiry(times, { sessionTimeoutMinutes: 20, keepSignedInDays: 1 })).toEqual(new Date(signedIn.getTime() + day));
  });

  it('never extends the stored end when the setting grows', () => {
    const short = { ...times, lastSeen: signedIn, absoluteExpiresAt: new Date(signedIn.getTime() + 60_000) };
    expect(sessionExpiry(short, { sessionTimeoutMinutes: 20, keepSignedInDays: 30 })).toEqual(short.absoluteExpiresAt);
  });
});
