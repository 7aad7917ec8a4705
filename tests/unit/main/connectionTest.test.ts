import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyFailure, testConnection, type FetchLike } from '../../../main/server/connectionTest';

const info = { name: 'kcc-portal-server', version: '1.2.3', demo: true, time: '2026-01-01T10:00:00.000Z' };
const nodeFetch: FetchLike = (url, init) => fetch(url, init);

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(String((server.address() as AddressInfo).port))));
}

/** A real HTTP server with one route per path, as a portal server (or something else) would answer. */
function handler(req: IncomingMessage, res: ServerResponse): void {
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.url === '/portal/api/v1/info') return json(200, info);
  if (req.url === '/other/api/v1/info') return json(200, { name: 'nginx', status: 'ok' });
  if (req.url === '/html/api/v1/info') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return void res.end('<html>Welkom</html>');
  }
  if (req.url === '/moved/api/v1/info') {
    res.writeHead(301, { location: 'http://example.org/' });
    return void res.end();
  }
  if (req.url === '/huge/api/v1/info') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return void res.end(`"${'x'.repeat(200_000)}"`);
  }
  if (req.url === '/slow/api/v1/info') return; // never answers
  json(404, { error: { code: 'not_found', message: 'Niet gevonden' } });
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer(handler);
  base = `http://127.0.0.1:${await listen(server)}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('testConnection against a real HTTP server', () => {
  it('reports a KCC portal server with its name, version and demo mode', async () => {
    await expect(testConnection(`${base}/portal/`, nodeFetch)).resolves.toEqual({ ok: true, name: 'kcc-portal-server', version: '1.2.3', demo: true });
  });

  it('says "not a portal server" for a 404, another JSON answer, HTML, a redirect or an oversized answer', async () => {
    await expect(testConnection(`${base}/nothing`, nodeFetch)).resolves.toEqual({ ok: false, problem: 'notPortal', detail: 'HTTP 404' });
    await expect(testConnection(`${base}/other`, nodeFetch)).resolves.toMatchObject({ ok: false, problem: 'notPortal' });
    await expect(testConnection(`${base}/html`, nodeFetch)).resolves.toEqual({ ok: false, problem: 'notPortal', detail: 'no JSON' });
    await expect(testConnection(`${base}/moved`, nodeFetch)).resolves.toEqual({ ok: false, problem: 'notPortal', detail: 'HTTP 301' });
    await expect(testConnection(`${base}/huge`, nodeFetch)).resolves.toEqual({ ok: false, problem: 'notPortal', detail: 'answer too large' });
  });

  it('says "unreachable" when nothing listens, and "timeout" when the server does not answer in time', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((r) => closed.close(r));
    await expect(testConnection(`http://127.0.0.1:${port}`, nodeFetch)).resolves.toMatchObject({ ok: false, problem: 'unreachable', detail: 'ECONNREFUSED' });
    await expect(testConnection(`${base}/slow`, nodeFetch, 300)).resolves.toEqual({ ok: false, problem: 'timeout' });
  });
});

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasOpenssl)('testConnection against a real https server with a self-signed certificate', () => {
  let https: Server;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kcc-cert-'));
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    https = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, handler);
    await listen(https);
  });
  afterAll(() => {
    https?.closeAllConnections();
    https?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says the certificate is not trusted', async () => {
    const port = (https.address() as AddressInfo).port;
    const result = await testConnection(`https://localhost:${port}/portal`, nodeFetch);
    expect(result).toMatchObject({ ok: false, problem: 'certificate' });
  });
});

describe('classifyFailure (the errors of Chromium’s net.fetch and of Node)', () => {
  it('recognises untrusted certificates by either stack’s name', () => {
    for (const message of ['net::ERR_CERT_AUTHORITY_INVALID', 'net::ERR_CERT_DATE_INVALID', 'net::ERR_CERT_COMMON_NAME_INVALID', 'net::ERR_SSL_PROTOCOL_ERROR']) {
      expect(classifyFailure(new Error(message))).toEqual({ ok: false, problem: 'certificate', detail: message });
    }
    const node = new TypeError('fetch failed', { cause: Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' }) });
    expect(classifyFailure(node)).toMatchObject({ problem: 'certificate', detail: 'CERT_HAS_EXPIRED' });
  });

  it('tells a timeout from an unreachable host', () => {
    expect(classifyFailure(new Error('net::ERR_CONNECTION_TIMED_OUT'))).toEqual({ ok: false, problem: 'timeout' });
    expect(classifyFailure(new Error('net::ERR_NAME_NOT_RESOLVED'))).toEqual({ ok: false, problem: 'unreachable', detail: 'net::ERR_NAME_NOT_RESOLVED' });
    expect(classifyFailure(new Error('net::ERR_CONNECTION_REFUSED'))).toMatchObject({ problem: 'unreachable' });
  });

  it('calls a redirect refused by Electron’s net.fetch "not a portal server"', () => {
    expect(classifyFailure(new Error('Redirect was cancelled'))).toEqual({ ok: false, problem: 'notPortal', detail: 'redirect' });
  });

  it('counts a 502 from a reverse proxy as unreachable, not as "not a portal server"', async () => {
    const proxyDown: FetchLike = async () => new Response('Bad Gateway', { status: 502 });
    await expect(testConnection('https://portaal.example.nl', proxyDown)).resolves.toEqual({ ok: false, problem: 'unreachable', detail: 'HTTP 502' });
  });

  it('asks for /api/v1/info below the address, without following redirects', async () => {
    const seen: Array<[string, string]> = [];
    const spy: FetchLike = async (url, init) => {
      seen.push([url, init.redirect]);
      return Response.json(info);
    };
    await testConnection('https://portaal.example.nl/kcc/', spy);
    expect(seen).toEqual([['https://portaal.example.nl/kcc/api/v1/info', 'manual']]);
  });
});
