import { describe, expect, it } from 'vitest';
import { callerAddress } from '../../server/auth/ipPolicy';
import { isAddressAllowed } from '../../shared/domain/cidr';

// Security item 5a: loopback is exempt from the IP ranges only as the socket address.
describe('callerAddress', () => {
  it('is the socket itself without a proxy (no trustProxy: no ips)', () => {
    expect(callerAddress({ ip: '127.0.0.1', socket: { remoteAddress: '127.0.0.1' } })).toEqual({ address: '127.0.0.1', fromSocket: true });
  });

  it('is the socket itself when a trusted proxy is configured but no header was sent', () => {
    expect(callerAddress({ ip: '::1', ips: ['::1'], socket: { remoteAddress: '::1' } })).toEqual({ address: '::1', fromSocket: true });
  });

  it('is forwarded when the address came from X-Forwarded-For, even when it equals the socket address', () => {
    expect(callerAddress({ ip: '127.0.0.1', ips: ['127.0.0.1', '127.0.0.1'], socket: { remoteAddress: '127.0.0.1' } })).toEqual({
      address: '127.0.0.1',
      fromSocket: false,
    });
    expect(callerAddress({ ip: '10.1.2.3', ips: ['127.0.0.1', '10.1.2.3'], socket: { remoteAddress: '127.0.0.1' } }).fromSocket).toBe(false);
  });
});

describe('isAddressAllowed with loopbackExempt', () => {
  const ranges = [{ cidr: '10.0.0.0/8', admin: true, kcc: true }];
  it('exempts loopback by default (the socket address) and not when forwarded', () => {
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.1.2.3']) {
      expect(isAddressAllowed(a, ranges, ['kcc'])).toBe(true);
      expect(isAddressAllowed(a, ranges, ['kcc'], { loopbackExempt: false })).toBe(false);
    }
  });

  it('still admits a forwarded address inside the ranges, and anyone without ranges', () => {
    expect(isAddressAllowed('10.1.2.3', ranges, ['kcc'], { loopbackExempt: false })).toBe(true);
    expect(isAddressAllowed('127.0.0.1', [], ['kcc'], { loopbackExempt: false })).toBe(true);
    expect(isAddressAllowed('127.0.0.1', [{ cidr: '127.0.0.0/8', admin: true, kcc: true }], ['kcc'], { loopbackExempt: false })).toBe(true);
  });
});
