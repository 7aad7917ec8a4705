import { describe, expect, it } from 'vitest';
import { allowedHostsFor, apiPathOf } from '../../scripts/web-server.mjs';

// Security item 5b: what the bundled web proxy forwards, and which Host names it answers to.
describe('apiPathOf', () => {
  it('forwards ordinary API paths exactly as received', () => {
    for (const p of ['/api', '/api/v1/info', '/api/v1/customers?q=50%25', '/api/v1/x/50%2525', '/api/v1/a.b/c..d', '/api/v1/x?next=/../y']) {
      expect(apiPathOf(p)).toBe(p);
    }
  });

  it('refuses dot segments, raw or encoded any number of times, and backslashes', () => {
    for (const p of [
      '/api/..',
      '/api/../x',
      '/api/./x',
      '/api/v1/../../x',
      '/api/%2e%2e/x',
      '/api/%2E%2e/x',
      '/api/.%2E/x',
      '/api/..%2Fx',
      '/api/v1%2F..%2F..%2Fx',
      '/api/%252e%252e/x',
      '/api/%25252E%25252E/x',
      '/api/..\\x',
      '/api/..%5Cx',
      '/api/%2e',
    ]) {
      expect([p, apiPathOf(p)]).toEqual([p, null]);
    }
  });

  it('refuses what is not under /api at all', () => {
    for (const p of ['/', '/apix', '/ap%69/v1', '//evil.example/api/x', 'http://evil.example/api/x', undefined]) expect(apiPathOf(p)).toBeNull();
  });
});

describe('allowedHostsFor', () => {
  it('lists the loopback names with the port, case-insensitively, plus configured names', () => {
    const allowed = allowedHostsFor('127.0.0.1', 5173, ['KCC.example.nl', 'intra:8080']);
    for (const h of ['127.0.0.1:5173', 'localhost:5173', '[::1]:5173', 'kcc.example.nl', 'kcc.example.nl:5173', 'intra:8080']) expect(allowed.has(h)).toBe(true);
    for (const h of ['127.0.0.1', 'localhost:80', 'evil.example:5173', 'intra:5173']) expect(allowed.has(h)).toBe(false);
  });
});
