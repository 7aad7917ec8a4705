import { describe, expect, it } from 'vitest';
import { displayAddress, isAddressAllowed, isValidCidrOrAddress, normalizeRange, rangeContains } from '../../shared/domain/cidr';

describe('CIDR rules', () => {
  it.each([
    ['10.0.0.0/8', true],
    ['192.168.1.5', true],
    ['2001:db8::/32', true],
    ['::1', true],
    ['::ffff:10.0.0.0/104', true],
    ['10.0.0.0/33', false],
    ['2001:db8::/129', false],
    ['10.0.0/8', false],
    ['hello', false],
    ['10.0.0.0/', false],
    ['10.0.0.0/-1', false],
    ['', false],
  ])('validates %s → %s', (text, ok) => {
    expect(isValidCidrOrAddress(text)).toBe(ok);
  });

  it.each([
    ['10.0.0.0/8', '10.255.1.2', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['10.0.0.0/8', '::ffff:10.1.2.3', true],
    ['192.168.1.5', '192.168.1.5', true],
    ['192.168.1.5', '192.168.1.6', false],
    ['2001:db8::/32', '2001:db8:1::5', true],
    ['2001:db8::/32', '2001:db9::5', false],
    ['2001:db8::/32', '10.0.0.1', false],
    ['::ffff:10.0.0.0/104', '10.9.9.9', true],
    ['fe80::/10', 'fe80::1%eth0', true],
  ])('%s contains %s → %s', (range, addr, ok) => {
    expect(rangeContains(range, addr)).toBe(ok);
  });

  it('normalises ranges for storage', () => {
    expect(normalizeRange(' 10.0.0.0/8 ')).toBe('10.0.0.0/8');
    expect(normalizeRange('192.168.1.5/32')).toBe('192.168.1.5');
    expect(normalizeRange('2001:0db8:0000::/32')).toBe('2001:db8::/32');
    expect(() => normalizeRange('nope')).toThrow(/Ongeldig/);
  });

  it('no ranges: anywhere; loopback: always; flags per role group', () => {
    const ranges = [
      { cidr: '10.1.0.0/16', admin: true, kcc: false },
      { cidr: '10.2.0.0/16', admin: false, kcc: true },
    ];
    expect(isAddressAllowed('203.0.113.1', [])).toBe(true);
    expect(isAddressAllowed('127.0.0.1', ranges, ['kcc'])).toBe(true);
    expect(isAddressAllowed('::1', ranges, ['kcc'])).toBe(true);
    expect(isAddressAllowed('::ffff:127.0.0.1', ranges, ['kcc'])).toBe(true);
    expect(isAddressAllowed('10.1.0.9', ranges, ['admin'])).toBe(true);
    expect(isAddressAllowed('10.1.0.9', ranges, ['kcc'])).toBe(false);
    expect(isAddressAllowed('10.2.0.9', ranges, ['helpdesk'])).toBe(true);
    expect(isAddressAllowed('10.2.0.9', ranges, ['admin'])).toBe(false);
    expect(isAddressAllowed('10.3.0.9', ranges)).toBe(false);
    expect(isAddressAllowed('not-an-address', ranges)).toBe(false);
  });

  it('shows mapped addresses as IPv4', () => {
    expect(displayAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(displayAddress('2001:db8::1')).toBe('2001:db8::1');
  });
});
