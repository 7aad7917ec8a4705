import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/client';
import { failure, startTestServer, type TestServer } from './support/testServer';

/** The address an `ip_not_allowed` refusal names (undefined for any other error). */
function refusedAddress(err: ApiError): string | undefined {
  return err.info.code === 'ip_not_allowed' ? err.info.details?.address : undefined;
}

// Security item 5a: the server host (loopback) is exempt from the IP ranges only as the connection's own
// address. The test server trusts X-Forwarded-For from loopback, like a server behind a local reverse proxy.
describe('loopback exemption only for the socket address', () => {
  let s: TestServer;
  let pieter: string;
  const password = 'Geheim!2026';
  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('anna', password, ['admin']);
    await s.addStaff('pieter', password, ['kcc']);
    pieter = await s.signIn('pieter', password, '10.1.2.3');
  });
  afterAll(async () => s.close());
  beforeEach(async () => {
    await s.store.db.deleteFrom('ip_ranges').execute();
    await s.store.db.insertInto('ip_ranges').values({ cidr: '10.0.0.0/8', admin: 1, kcc: 1, description: '' }).execute();
  });

  const signIn = (from?: string) => s.client(null, from).call('staff.signIn', { body: { username: 'pieter', password } });

  it('lets the server host itself in (no forwarded address)', async () => {
    expect((await signIn()).staff.username).toBe('pieter');
  });

  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.8.9.10'])('refuses sign-in forwarded as %s from a trusted proxy', async (from) => {
    const err = await failure(signIn(from));
    expect(err.status).toBe(403);
    expect(refusedAddress(err)).toBeDefined();
  });

  it('refuses a staff call forwarded as loopback, and admits one forwarded from inside the ranges', async () => {
    const err = await failure(s.client(pieter, '127.0.0.1').call('staff.me'));
    expect(refusedAddress(err)).toBe('127.0.0.1');
    expect((await s.client(pieter, '10.1.2.3').call('staff.me')).username).toBe('pieter');
  });

  it('does not treat a chain of forwarded loopback addresses as the server either', async () => {
    const res = await s.api('POST', '/staff/sessions', { body: { username: 'pieter', password }, headers: { 'x-forwarded-for': '127.0.0.1, 127.0.0.1' } });
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('ip_not_allowed');
  });

  it('still admits anyone when no ranges are configured', async () => {
    await s.store.db.deleteFrom('ip_ranges').execute();
    expect((await signIn('127.0.0.1')).staff.username).toBe('pieter');
  });
});
