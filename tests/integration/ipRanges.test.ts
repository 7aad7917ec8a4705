import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient, ApiError } from '../../shared/client';
import { clientWithStatus } from './clientWithStatus';
import { failure, startTestServer, type TestServer } from './support/testServer';

/** The address an `ip_not_allowed` refusal names (undefined for any other error). */
function refusedAddress(err: ApiError): string | undefined {
  return err.info.code === 'ip_not_allowed' ? err.info.details?.address : undefined;
}

// IP ranges enforced at sign-in and on every staff call; v4, v6, single address, IPv4-mapped IPv6.
describe('IP ranges', () => {
  let s: TestServer;
  let admin: { client: ApiClient; lastStatus: () => number };
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    await s.addStaff('pieter', 'Geheim!2026', ['kcc']);
  });
  afterAll(async () => s.close());
  beforeEach(async () => {
    await s.store.db.deleteFrom('ip_ranges').execute();
    admin = clientWithStatus(s.url, await s.signIn('anna', 'Geheim!2026')); // over loopback: always allowed
  });

  const add = (cidr: string, flags: { admin: boolean; kcc: boolean }) => admin.client.call('ipRanges.create', { body: { cidr, ...flags } });

  /** Signs in from `from` (loopback when left out); resolves to the HTTP status of a sign-in that succeeds. */
  async function signIn(username: string, from?: string): Promise<number> {
    const c = clientWithStatus(s.url, null, from);
    await c.client.call('staff.signIn', { body: { username, password: 'Geheim!2026' } });
    return c.lastStatus();
  }

  it('with no ranges staff may connect from anywhere', async () => {
    expect(await signIn('pieter', '203.0.113.7')).toBe(201);
  });

  it('refuses sign-in from outside the ranges with 403 ip_not_allowed naming the address', async () => {
    await add('10.0.0.0/8', { admin: true, kcc: true });
    expect(admin.lastStatus()).toBe(201);
    const err = await failure(signIn('pieter', '192.168.1.20'));
    expect(err.status).toBe(403);
    expect(err.code).toBe('ip_not_allowed');
    expect(refusedAddress(err)).toBe('192.168.1.20');
    expect(err.message).toContain('192.168.1.20');
    expect(await signIn('pieter', '10.1.2.3')).toBe(201);
  });

  it('enforces on every staff call, not only at sign-in', async () => {
    const token = await s.signIn('pieter', 'Geheim!2026', '172.16.5.5');
    const there = s.client(token, '172.16.5.5');
    expect((await there.call('staff.me')).username).toBe('pieter');
    await add('172.16.0.0/12', { admin: false, kcc: true });
    expect((await there.call('staff.me')).username).toBe('pieter');
    const moved = await failure(s.client(token, '198.51.100.9').call('staff.me'));
    expect(moved.status).toBe(403);
    expect(refusedAddress(moved)).toBe('198.51.100.9');
  });

  it('matches IPv6 ranges and single addresses', async () => {
    await add('2001:db8:abcd::/48', { admin: true, kcc: true });
    await add('198.51.100.10', { admin: true, kcc: true });
    expect(await signIn('pieter', '2001:db8:abcd:12::1')).toBe(201);
    expect((await failure(signIn('pieter', '2001:db8:abce::1'))).status).toBe(403);
    expect(await signIn('pieter', '198.51.100.10')).toBe(201);
    expect((await failure(signIn('pieter', '198.51.100.11'))).status).toBe(403);
  });

  it('handles IPv4-mapped IPv6 addresses as their IPv4 form', async () => {
    await add('10.0.0.0/8', { admin: true, kcc: true });
    expect(await signIn('pieter', '::ffff:10.4.5.6')).toBe(201);
    const refused = await failure(signIn('pieter', '::ffff:192.0.2.1'));
    expect(refused.status).toBe(403);
    expect(refusedAddress(refused)).toBe('192.0.2.1');
  });

  it('applies the admin and kcc flags per role', async () => {
    await add('10.10.0.0/16', { admin: false, kcc: true });
    await add('10.20.0.0/16', { admin: true, kcc: false });
    expect(await signIn('pieter', '10.10.1.1')).toBe(201);
    expect((await failure(signIn('pieter', '10.20.1.1'))).status).toBe(403);
    expect(await signIn('anna', '10.20.1.1')).toBe(201);
    expect((await failure(signIn('anna', '10.10.1.1'))).status).toBe(403);
  });

  it('always allows loopback (the server host), but only as the connection itself', async () => {
    await add('10.0.0.0/8', { admin: true, kcc: true });
    expect(await signIn('pieter')).toBe(201);
    // A proxy's "X-Forwarded-For: ::1" is not the server host (tests/integration/forwardedLoopback.test.ts).
    const forwarded = clientWithStatus(s.url, null, '::1').client;
    const refused = await failure(forwarded.call('staff.signIn', { body: { username: 'pieter', password: 'Geheim!2026' } }));
    expect(refusedAddress(refused)).toBe('::1');
  });

  it('validates ranges, normalises them, edits with versions and deletes', async () => {
    const bad = await failure(add('10.0.0.0/33', { admin: true, kcc: true }));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.fieldErrors())).toContain('cidr');
    const none = await failure(add('10.0.0.0/8', { admin: false, kcc: false }));
    expect(none.status).toBe(400);
    const created = await add(' ::ffff:10.0.0.0/104 ', { admin: true, kcc: false });
    expect(created).toMatchObject({ cidr: '10.0.0.0/8', admin: true, kcc: false, version: 1 });
    const { id } = created;
    const patched = await admin.client.call('ipRanges.update', { params: { id }, body: { kcc: true, version: 1 } });
    expect(patched).toMatchObject({ kcc: true, version: 2 });
    const stale = await failure(admin.client.call('ipRanges.update', { params: { id }, body: { admin: false, version: 1 } }));
    expect(stale.status).toBe(409);
    expect((await admin.client.call('ipRanges.list')).items).toHaveLength(1);
    await admin.client.call('ipRanges.remove', { params: { id } });
    expect(admin.lastStatus()).toBe(204);
    expect((await failure(admin.client.call('ipRanges.remove', { params: { id } }))).status).toBe(404);
  });

  it('is admin-only', async () => {
    const kcc = s.client(await s.signIn('pieter', 'Geheim!2026'));
    expect((await failure(kcc.call('ipRanges.list'))).status).toBe(403);
    expect((await failure(kcc.call('ipRanges.create', { body: { cidr: '10.0.0.0/8', admin: true, kcc: true } }))).status).toBe(403);
  });
});
