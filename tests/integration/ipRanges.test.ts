import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/testServer';

// A2: IP ranges enforced at sign-in and on every staff call; v4, v6, single address, IPv4-mapped IPv6.
describe('IP ranges (A2)', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', 'Geheim!2026', ['admin']);
    await s.addStaff('pieter', 'Geheim!2026', ['kcc']);
  });
  afterAll(async () => s.close());
  beforeEach(async () => {
    await s.store.db.deleteFrom('ip_ranges').execute();
    admin = await s.signIn('anna', 'Geheim!2026'); // over loopback: always allowed
  });

  const add = (cidr: string, flags: { admin: boolean; kcc: boolean }) =>
    s.api('POST', '/ip-ranges', { token: admin, body: { cidr, ...flags } });

  it('with no ranges staff may connect from anywhere', async () => {
    expect((await s.api('POST', '/staff/sessions', { body: { username: 'pieter', password: 'Geheim!2026' }, from: '203.0.113.7' })).status).toBe(201);
  });

  it('refuses sign-in from outside the ranges with 403 ip_not_allowed naming the address', async () => {
    expect((await add('10.0.0.0/8', { admin: true, kcc: true })).status).toBe(201);
    const res = await s.api('POST', '/staff/sessions', { body: { username: 'pieter', password: 'Geheim!2026' }, from: '192.168.1.20' });
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('ip_not_allowed');
    expect(res.body.error?.details?.address).toBe('192.168.1.20');
    expect(res.body.error?.message).toContain('192.168.1.20');
    expect((await s.api('POST', '/staff/sessions', { body: { username: 'pieter', password: 'Geheim!2026' }, from: '10.1.2.3' })).status).toBe(201);
  });

  it('enforces on every staff call, not only at sign-in', async () => {
    const token = await s.signIn('pieter', 'Geheim!2026', '172.16.5.5');
    expect((await s.api('GET', '/staff/me', { token, from: '172.16.5.5' })).status).toBe(200);
    await add('172.16.0.0/12', { admin: false, kcc: true });
    expect((await s.api('GET', '/staff/me', { token, from: '172.16.5.5' })).status).toBe(200);
    const moved = await s.api('GET', '/staff/me', { token, from: '198.51.100.9' });
    expect(moved.status).toBe(403);
    expect(moved.body.error?.details?.address).toBe('198.51.100.9');
  });

  it('matches IPv6 ranges and single addresses', async () => {
    await add('2001:db8:abcd::/48', { admin: true, kcc: true });
    await add('198.51.100.10', { admin: true, kcc: true });
    const sign = (from: string) => s.api('POST', '/staff/sessions', { body: { username: 'pieter', password: 'Geheim!2026' }, from });
    expect((await sign('2001:db8:abcd:12::1')).status).toBe(201);
    expect((await sign('2001:db8:abce::1')).status).toBe(403);
    expect((await sign('198.51.100.10')).status).toBe(201);
    expect((await sign('198.51.100.11')).status).toBe(403);
  });

  it('handles IPv4-mapped IPv6 addresses as their IPv4 form', async () => {
    await add('10.0.0.0/8', { admin: true, kcc: true });
    const ok = await s.api('POST', '/staff/sessions', { body: { username: 'pieter', password: 'Geheim!2026' }, from: '::ffff:10.4.5.6' });
    expect(ok.status).toBe(201);
    const refused = await s.api('POST', '/staff/sessions', { body: { username: 'pieter', password: 'Geheim!2026' }, from: '::ffff:192.0.2.1' });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.details?.address).toBe('192.0.2.1');
  });

  it('applies the admin and kcc flags per role', async () => {
    await add('10.10.0.0/16', { admin: false, kcc: true });
    await add('10.20.0.0/16', { admin: true, kcc: false });
    const sign = (u: string, from: string) => s.api('POST', '/staff/sessions', { body: { username: u, password: 'Geheim!2026' }, from });
    expect((await sign('pieter', '10.10.1.1')).status).toBe(201);
    expect((await sign('pieter', '10.20.1.1')).status).toBe(403);
    expect((await sign('anna', '10.20.1.1')).status).toBe(201);
    expect((await sign('anna', '10.10.1.1')).status).toBe(403);
  });

  it('always allows loopback (the server host)', async () => {
    await add('10.0.0.0/8', { admin: true, kcc: true });
    expect((await s.api('POST', '/staff/sessions', { body: { username: 'pieter', password: 'Geheim!2026' } })).status).toBe(201);
    expect((await s.api('POST', '/staff/sessions', { body: { username: 'pieter', password: 'Geheim!2026' }, from: '::1' })).status).toBe(201);
  });

  it('validates ranges, normalises them, edits with versions and deletes', async () => {
    const bad = await add('10.0.0.0/33', { admin: true, kcc: true });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error?.details?.fields as object)).toContain('cidr');
    const none = await add('10.0.0.0/8', { admin: false, kcc: false });
    expect(none.status).toBe(400);
    const created = await add(' ::ffff:10.0.0.0/104 ', { admin: true, kcc: false });
    expect(created.body).toMatchObject({ cidr: '10.0.0.0/8', admin: true, kcc: false, version: 1 });
    const id = created.body.id as unknown as number;
    const patched = await s.api('PATCH', `/ip-ranges/${id}`, { token: admin, body: { kcc: true, version: 1 } });
    expect(patched.body).toMatchObject({ kcc: true, version: 2 });
    const stale = await s.api('PATCH', `/ip-ranges/${id}`, { token: admin, body: { admin: false, version: 1 } });
    expect(stale.status).toBe(409);
    expect((await s.api('GET', '/ip-ranges', { token: admin })).body.items).toHaveLength(1);
    expect((await s.api('DELETE', `/ip-ranges/${id}`, { token: admin })).status).toBe(204);
    expect((await s.api('DELETE', `/ip-ranges/${id}`, { token: admin })).status).toBe(404);
  });

  it('is admin-only', async () => {
    const kcc = await s.signIn('pieter', 'Geheim!2026');
    expect((await s.api('GET', '/ip-ranges', { token: kcc })).status).toBe(403);
    expect((await s.api('POST', '/ip-ranges', { token: kcc, body: { cidr: '10.0.0.0/8', admin: true, kcc: true } })).status).toBe(403);
  });
});
