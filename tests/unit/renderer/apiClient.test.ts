import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '../../../shared/client';

/** A real HTTP server answering like the portal server (and like a broken one). */
let server: http.Server;
let base: string;
const seen: { method?: string; url?: string; auth?: string; body?: string; lookAlong?: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const lookAlong = req.headers['x-look-along-session'];
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body, lookAlong: typeof lookAlong === 'string' ? lookAlong : undefined });
      const json = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      if (req.url === '/api/v1/info') return json(200, { name: 'kcc-portal-server', version: '1', demo: true, time: '2026-01-01T00:00:00.000Z' });
      if (req.url === '/api/v1/staff/sessions') {
        return json(403, { error: { code: 'ip_not_allowed', message: 'nope', details: { address: '10.1.2.3' } } });
      }
      if (req.url === '/api/v1/staff/me') return json(200, { id: 1, username: 'x' }); // breaks the contract
      if (req.url === '/api/v1/staff/sessions/current') return res.writeHead(204).end();
      if (req.url?.startsWith('/api/v1/audit')) return json(200, { items: [], total: 0, page: 2, pageSize: 10 });
      if (req.url === '/api/v1/settings') return json(502, 'Bad Gateway');
      // The portal server's own 503 (its database away) and a proxy's bare one.
      if (req.url === '/api/v1/theme') {
        res.setHeader('retry-after', '5');
        return json(503, { error: { code: 'unavailable', message: 'De database is even niet bereikbaar', details: { retryAfterSeconds: 5 } } });
      }
      if (req.url === '/api/v1/labels') return json(503, 'Service Unavailable');
      json(500, { oops: true });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function client(token: string | null = null, errors: ApiError[] = []) {
  return createApiClient({ baseUrl: () => base, token: () => token, onError: (e) => errors.push(e) });
}

describe('typed API client', () => {
  it('validates a good response and sends the bearer token', async () => {
    const info = await client('tok123').call('info.get');
    expect(info.name).toBe('kcc-portal-server');
    expect(seen.at(-1)?.auth).toBe('Bearer tok123');
  });

  it('maps the error body to ApiError with status, code and details', async () => {
    const errors: ApiError[] = [];
    const err = await client(null, errors).call('staff.signIn', { body: { username: 'a', password: 'b' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 403, code: 'ip_not_allowed', info: { details: { address: '10.1.2.3' } } });
    expect(JSON.parse(seen.at(-1)?.body ?? '{}')).toEqual({ username: 'a', password: 'b' });
    expect(errors).toHaveLength(1);
  });

  it('rejects a response that breaks the schema', async () => {
    await expect(client().call('staff.me')).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('accepts 204 without a body and drops empty query values', async () => {
    await expect(client().call('staff.signOut')).resolves.toBeUndefined();
    const list = await client().call('audit.list', { query: { page: 2, pageSize: 10, actor: '', action: 'staff.' } });
    expect(list.page).toBe(2);
    expect(seen.at(-1)?.url).toBe('/api/v1/audit?page=2&pageSize=10&action=staff.');
  });

  it('treats a proxy 502 and a refused connection as network errors', async () => {
    await expect(client().call('settings.get')).rejects.toMatchObject({ code: 'network', status: 502 });
    const dead = createApiClient({ baseUrl: () => 'http://127.0.0.1:1', token: () => null });
    await expect(dead.call('info.get')).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('keeps the server’s own 503 (database away) apart from a proxy’s 503', async () => {
    const away = await client().call('theme.get').catch((e: unknown) => e);
    expect(away).toMatchObject({ status: 503, code: 'unavailable', isUnavailable: true, isNetwork: false, retryAfterSeconds: 5 });
    const proxy = await client().call('labels.list').catch((e: unknown) => e);
    expect(proxy).toMatchObject({ status: 503, code: 'network', isUnavailable: false, isNetwork: true });
  });

  it('reads per-field messages from a validation error', () => {
    const e = new ApiError(400, { code: 'validation', message: 'bad', details: { fields: { sessionTimeoutMinutes: ['tussen 5 en 30'] } } });
    expect(e.fieldErrors()).toEqual({ sessionTimeoutMinutes: 'tussen 5 en 30' });
  });

  it('types details per code: a stale version, a wait, a field conflict', () => {
    const stale = new ApiError(409, { code: 'conflict', message: 'stale', details: { currentVersion: 7 } });
    expect(stale.currentVersion).toBe(7);
    expect(new ApiError(429, { code: 'rate_limited', message: 'wait', details: { retryAfterSeconds: 30 } }).retryAfterSeconds).toBe(30);
    const taken = new ApiError(409, { code: 'conflict', message: 'taken', details: { fields: { username: ['in gebruik'] } } });
    expect(taken.fieldErrors()).toEqual({ username: 'in gebruik' });
    expect(new ApiError(404, { code: 'not_found', message: 'x' }).currentVersion).toBeUndefined();
  });

  it('fills path parameters, encoded, and sends the look-along header only when asked', async () => {
    await client().call('activation.get', { params: { customerNumber: 'HM-000001' }, lookAlong: 'abc' }).catch(() => undefined);
    expect(seen.at(-1)?.url).toBe('/api/v1/customers/HM-000001/activation-code');
    expect(seen.at(-1)?.lookAlong).toBe('abc');
    await client().call('customers.overview', { params: { customerNumber: 'HM 1/2' } }).catch(() => undefined);
    expect(seen.at(-1)?.url).toBe('/api/v1/customers/HM%201%2F2/overview');
    expect(seen.at(-1)?.lookAlong).toBeUndefined();
  });
});
