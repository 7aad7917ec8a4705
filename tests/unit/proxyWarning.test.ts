import { describe, expect, it } from 'vitest';
import { OneAddressWatch } from '../../server/auth/proxyWarning';

// Security item 5c: the hint that every staff call arrives from one (proxy) address.
describe('OneAddressWatch', () => {
  it('names the address once when the first N calls all come from it', () => {
    const w = new OneAddressWatch(3);
    expect([w.observe('192.0.2.10'), w.observe('192.0.2.10'), w.observe('192.0.2.10'), w.observe('192.0.2.10')]).toEqual([
      null,
      null,
      '192.0.2.10',
      null,
    ]);
  });

  it('stays silent when another address, loopback or no address shows up among them', () => {
    for (const other of ['192.0.2.11', '127.0.0.1', '::1', undefined]) {
      const w = new OneAddressWatch(3);
      const seen = [w.observe('192.0.2.10'), w.observe(other), w.observe('192.0.2.10'), w.observe('192.0.2.10'), w.observe('192.0.2.10')];
      expect(seen.every((x) => x === null)).toBe(true);
    }
  });
});
