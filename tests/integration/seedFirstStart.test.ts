import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../server/clock';
import { seedDemo } from '../../server/seed/index';
import type { AccountRequest } from '../../shared/api/accounts';
import { openTestStore } from './support/testDatabase';
import { startTestServer, type TestServer } from './support/testServer';

const MINUTE = 60_000;
/** The test server's clock starts here; the seed runs at the same moment: a first start, right after seeding. */
const SEEDED = new FakeClock().now();

/** Where a request stopped: the first of its steps that has no time. */
function stoppedAt(r: AccountRequest): string {
  if (!r.identifiedAt) return 'identified';
  if (!r.detailsFilledAt) return 'detailsFilled';
  if (!r.emailSentAt) return 'emailSent';
  return 'confirmation';
}

describe('the demo right after seeding (what a first start shows)', () => {
  let s: TestServer;
  let token: string;

  beforeAll(async () => {
    s = await startTestServer({
      prepare: async (dataDir, databaseUrl) => {
        const store = await openTestStore(dataDir, { databaseUrl });
        try {
          await seedDemo(store, { households: 300, seed: 1, now: SEEDED });
        } finally {
          await store.close();
        }
      },
    });
    await s.addStaff('kccbeheer', 'Geheim!2026', ['kcc', 'kcc-admin']);
    token = await s.signIn('kccbeheer', 'Geheim!2026');
  });
  afterAll(async () => {
    await s?.close();
  });

  const accounts = (status: 'auto_blocked' | 'unconfirmed' | 'manually_blocked') =>
    s.client(token).call('accounts.list', { query: { status, pageSize: 100 } });

  it('has automatic blocks running 10–15 more minutes, which Activeren ends, and which run out on their own', async () => {
    const blocked = await accounts('auto_blocked');
    expect(blocked.total).toBeGreaterThanOrEqual(3);
    for (const a of blocked.items) {
      expect(a.autoBlocked).toBe(true);
      const left = new Date(a.autoBlockedUntil ?? 0).getTime() - SEEDED.getTime();
      expect(left).toBeGreaterThanOrEqual(10 * MINUTE);
      expect(left).toBeLessThanOrEqual(15 * MINUTE);
    }
    const first = blocked.items[0];
    if (!first) throw new Error('no automatic block');
    const activated = await s.client(token).call('accounts.activate', { params: { id: first.id } });
    expect(activated).toMatchObject({ autoBlocked: false, failedLoginAttempts: 0 });
    expect((await accounts('auto_blocked')).total).toBe(blocked.total - 1);
    // A desk worker who starts a few minutes later still finds running blocks; after 15 minutes they are over.
    s.clock.advanceMinutes(9);
    expect((await accounts('auto_blocked')).total).toBe(blocked.total - 1);
    s.clock.advanceMinutes(7);
    expect((await accounts('auto_blocked')).total).toBe(0);
  });

  it('has unconfirmed accounts (for the activation mail) and manual blocks with a reason', async () => {
    const unconfirmed = await accounts('unconfirmed');
    expect(unconfirmed.total).toBeGreaterThanOrEqual(3);
    for (const a of unconfirmed.items) expect(a.confirmedAt).toBeNull();
    const manual = await accounts('manually_blocked');
    expect(manual.total).toBeGreaterThanOrEqual(3);
    for (const a of manual.items) {
      expect(a.manuallyBlocked).toBe(true);
      expect(a.blockReason ?? '').not.toBe('');
    }
  });

  it('has account requests stuck at every step', async () => {
    const all = await s.client(token).call('accountRequests.list', { query: { pageSize: 100 } });
    const stops = new Set(all.items.map(stoppedAt));
    expect([...stops].sort()).toEqual(['confirmation', 'detailsFilled', 'emailSent', 'identified']);
    // Also with a details step without an e-mail address (resend then asks for one).
    expect(all.items.some((r) => r.detailsFilledAt && !r.email)).toBe(true);
    for (const status of ['not_identified', 'details_missing', 'email_not_sent'] as const) {
      const list = await s.client(token).call('accountRequests.list', { query: { status } });
      expect(list.total, status).toBeGreaterThanOrEqual(1);
    }
    // Relative to the moment of seeding: every step happened in the last 90 days, none in the future.
    for (const r of all.items) {
      const entered = new Date(r.customerNumberEnteredAt ?? 0).getTime();
      expect(entered).toBeLessThanOrEqual(SEEDED.getTime());
      expect(entered).toBeGreaterThan(SEEDED.getTime() - 92 * 24 * 60 * MINUTE);
    }
  });
});
