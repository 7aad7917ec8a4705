import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWeb, type WebServer } from '../../scripts/web-server.mjs';
import { hashPassword } from '../../server/security/passwords';
import { startServer, type RunningServer } from '../../server/start';

interface Seen {
  url: string;
  headers: http.IncomingHttpHeaders;
}

/** One request to the web server exactly as written: path and Host untouched (fetch would normalise both). */
function raw(port: number, requestPath: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: requestPath, method: body ? 'POST' : 'GET', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Security item 5b: the bundled web proxy (`npm run web`) in front of a recording upstream.
describe('web proxy', () => {
  const seen: Seen[] = [];
  let upstream: http.Server;
  let web: WebServer;
  let root: string;
  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const address = upstream.address();
    const upstreamPort = typeof address === 'object' && address ? address.port : 0;
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-web-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>KCC</title>');
    web = await startWeb({ serverUrl: `http://127.0.0.1:${upstreamPort}`, port: 0, root });
  });
  afterAll(async () => {
    await web.close();
    await new Promise((resolve) => upstream.close(resolve));
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('sets X-Forwarded-For to the caller itself and drops what the caller claimed', async () => {
    seen.length = 0;
    const res = await raw(web.port, '/api/v1/info?x=1', {
      'x-forwarded-for': '10.1.2.3',
      forwarded: 'for=10.1.2.3',
      'x-real-ip': '10.1.2.3',
      'x-forwarded-host': 'evil.example',
    });
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('/api/v1/info?x=1');
    expect(seen[0]?.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen[0]?.headers.forwarded).toBeUndefined();
    expect(seen[0]?.headers['x-real-ip']).toBeUndefined();
    expect(seen[0]?.headers['x-forwarded-host']).toBeUndefined();
  });

  it.each(['evil.example', 'evil.example:PORT', 'attacker.test:80'])('refuses Host "%s" with 421 (DNS rebinding), for the API and the app', async (host) => {
    seen.length = 0;
    const h = host.replace('PORT', String(web.port));
    expect((await raw(web.port, '/api/v1/info', { host: h })).status).toBe(421);
    expect((await raw(web.port, '/', { host: h })).status).toBe(421);
    expect(seen).toHaveLength(0);
  });

  it('answers to its own names', async () => {
    for (const host of [`127.0.0.1:${web.port}`, `localhost:${web.port}`, `LOCALHOST:${web.port}`]) {
      expect((await raw(web.port, '/api/v1/info', { host })).status).toBe(200);
      expect((await raw(web.port, '/', { host })).status).toBe(200);
    }
  });

  it.each([
    '/api/../secret',
    '/api/./../secret',
    '/api/v1/../../secret',
    '/api/%2e%2e/secret',
    '/api/%2E%2E/secret',
    '/api/.%2e/secret',
    '/api/%2e./secret',
    '/api/..%2fsecret',
    '/api/v1%2f..%2f..%2fsecret',
    '/api/..%5csecret',
    '/api/..\\secret',
    '/api/%252e%252e/secret',
    '/api/%25252e%25252e/secret',
  ])('never lets %s leave /api/', async (requestPath) => {
    seen.length = 0;
    const res = await raw(web.port, requestPath);
    expect(res.status).toBe(400);
    expect(seen).toHaveLength(0);
  });

  it('passes ordinary API paths through unchanged, percent signs included', async () => {
    seen.length = 0;
    await raw(web.port, '/api/v1/customers?q=50%25%20korting');
    await raw(web.port, '/api/v1/customers/HM-001021');
    expect(seen.map((s) => s.url)).toEqual(['/api/v1/customers?q=50%25%20korting', '/api/v1/customers/HM-001021']);
  });
});

// The two rules together: a caller cannot claim an address through the web proxy, and the address the proxy
// does forward (its own caller's, loopback here) is not the server host itself.
describe('web proxy in front of the portal server (--trust-proxy 127.0.0.1, ranges set)', () => {
  let server: RunningServer;
  let web: WebServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-webproxy-'));
    server = await startServer({ dataDir, port: 0, trustProxy: ['127.0.0.1', '::1'] });
    await server.store.db
      .insertInto('staff_users')
      .values({ username: 'pieter', display_name: 'Pieter', password_hash: await hashPassword('Geheim!2026'), roles: 'kcc', created_at: new Date().toISOString() })
      .execute();
    await server.store.db.insertInto('ip_ranges').values({ cidr: '10.0.0.0/8', admin: 1, kcc: 1, description: '' }).execute();
    web = await startWeb({ serverUrl: server.url, port: 0, root: dataDir });
  });
  afterAll(async () => {
    await web.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const body = JSON.stringify({ username: 'pieter', password: 'Geheim!2026' });

  it('refuses a caller that claims an address inside the ranges', async () => {
    const res = await raw(web.port, '/api/v1/staff/sessions', { 'content-type': 'application/json', 'x-forwarded-for': '10.1.2.3' }, body);
    expect(res.status).toBe(403);
    expect(res.body).toContain('ip_not_allowed');
  });

  it('admits the same caller directly on the server host (loopback socket)', async () => {
    const res = await fetch(`${server.url}/api/v1/staff/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(201);
  });
});
