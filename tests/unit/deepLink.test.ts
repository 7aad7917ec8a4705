import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../shared/domain/deepLink';

describe('parseDeepLink', () => {
  const accepted: Array<[string, string]> = [
    ['kcc://customer/HM-123456', 'HM-123456'],
    ['kcc://customer/HM-12345', 'HM-12345'],
    ['kcc://customer/hm-000001', 'HM-000001'],
    ['kcc://customer/Hm-654321/', 'HM-654321'],
    ['KCC://CUSTOMER/HM-123456', 'HM-123456'],
  ];
  it.each(accepted)('accepts %s', (url, customerNumber) => {
    expect(parseDeepLink(url)).toEqual({ kind: 'customer', customerNumber });
  });

  const refused: string[] = [
    '',
    'kcc://customer/',
    'kcc://customer/HM-1234',
    'kcc://customer/HM-1234567',
    'kcc://customer/HM123456',
    'kcc://customer/XX-123456',
    'kcc://customer/HM-12345a',
    'kcc://klant/HM-123456',
    'kcc://evil.example/HM-123456',
    'kcc://customer.evil/HM-123456',
    'kcc://user@customer/HM-123456',
    'kcc://customer:80/HM-123456',
    'kcc://customer/HM-123456/extra',
    'kcc://customer/HM-123456//',
    'kcc://customer/../customer/HM-123456',
    'kcc://customer/HM-123456?x=<script>alert(1)</script>',
    'kcc://customer/HM-123456?',
    'kcc://customer/HM-123456#frag',
    'kcc://customer%2FHM-123456',
    'kcc://customer/HM%2D123456',
    'kcc://customer/HM-123456%2F',
    'kcc://customer/HM-123456%00',
    ' kcc://customer/HM-123456',
    'kcc://customer/HM-123456 ',
    'kcc://customer/HM-123456\n',
    'kcc:customer/HM-123456',
    'kcc:/customer/HM-123456',
    'kcc:///customer/HM-123456',
    'javascript:alert(1)//kcc://customer/HM-123456',
    'file:///etc/passwd',
    'https://customer/HM-123456',
    'app://kcc/customer/HM-123456',
    `kcc://customer/HM-123456/${'a'.repeat(100)}`,
    'kcc://customer/HM-１２３４５６',
  ];
  it.each(refused)('refuses %j', (url) => {
    expect(parseDeepLink(url)).toBeNull();
  });

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 42, {}, ['kcc://customer/HM-123456']]) {
      expect(parseDeepLink(value)).toBeNull();
    }
  });
});
