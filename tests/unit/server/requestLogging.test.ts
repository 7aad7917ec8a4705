import { describe, expect, it } from 'vitest';
import { maskSecretsInUrl, serializeRequestForLog } from '../../../server/http/requestLogging';

describe('request log serializer', () => {
  it('masks the one-time portal link token in the path', () => {
    expect(maskSecretsInUrl('/api/v1/portal/one-time/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA')).toBe('/api/v1/portal/one-time/***');
    expect(maskSecretsInUrl('/api/v1/PORTAL/one-time/abc?x=1')).toBe('/api/v1/PORTAL/one-time/***?x=1');
  });

  it('masks secret query values and keeps the rest', () => {
    expect(maskSecretsInUrl('/account/bevestigen?token=geheim123&lang=nl')).toBe('/account/bevestigen?token=***&lang=nl');
    expect(maskSecretsInUrl('/x?continuationToken=abc&password=p&activationCode=ABCD2345&code=1&postcode=1234AB')).toBe(
      '/x?continuationToken=***&password=***&activationCode=***&code=***&postcode=1234AB',
    );
    expect(maskSecretsInUrl('/x?%74oken=abc')).toBe('/x?%74oken=***');
    expect(maskSecretsInUrl('/api/v1/customers?q=Jansen')).toBe('/api/v1/customers?q=Jansen');
  });

  it('serializes the same fields as Fastify, with the URL masked', () => {
    expect(
      serializeRequestForLog({ method: 'GET', url: '/api/v1/portal/one-time/secret', ip: '127.0.0.1', host: 'localhost:4010', socket: { remotePort: 5000 } }),
    ).toEqual({ method: 'GET', url: '/api/v1/portal/one-time/***', host: 'localhost:4010', remoteAddress: '127.0.0.1', remotePort: 5000 });
  });
});
