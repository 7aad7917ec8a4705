import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../../shared/api/errors';
import { startServer, type RunningServer } from '../../../server/start';

/** One raw HTTP/1.1 exchange over a socket, for requests fetch cannot or will not send. */
function rawRequest(url: string, request: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(request));
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

describe('HTTP hardening of the portal server', () => {
  let server: RunningServer;
  let dataDir: string;
  const logLines: string[] = [];
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-http-'));
    server = await startServer({ dataDir, port: 0, logger: true, logStream: { write: (line) => void logLines.push(line) } });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const api = (p: string) => `${server.url}/api/v1${p}`;

  describe('security headers', () => {
    const expectHardened = (res: Response) => {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    };

    it('are on a successful JSON answer', async () => {
      const res = await fetch(api('/info'));
      expect(res.status).toBe(200);
      expectHardened(res);
    });

    it('are on errors: 401, 404 and a validation failure', async () => {
      expectHardened(await fetch(api('/staff/me')));
      expectHardened(await fetch(api('/bestaat-niet')));
      expectHardened(await fetch(api('/staff/sessions'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
    });
  });

  describe('body limit without sign-in', () => {
    it('answers a 20 KiB sign-in body with 413 in the uniform error body', async () => {
      const res = await fetch(api('/staff/sessions'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'beheerder', password: 'x'.repeat(20 * 1024) }),
      });
      expect(res.status).toBe(413);
      const body = ErrorBody.parse(await res.json());
      expect(body.error).toEqual({ code: 'payload_too_large', message: 'Het verzoek is te groot (maximaal 8 KiB)', details: { limitBytes: 8192 } });
    });

    it('still accepts an ordinary sign-in body (it reaches the password check)', async () => {
      const res = await fetch(api('/staff/sessions'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'niemand', password: 'Fout!2026' }),
      });
      expect(res.status).toBe(401);
    });
  });

  describe('oversized requests get the uniform error body', () => {
    it('414 for a URL over 8 KiB', async () => {
      const res = await fetch(api(`/customers?q=${'a'.repeat(10 * 1024)}`));
      expect(res.status).toBe(414);
      expect(ErrorBody.parse(await res.json()).error.code).toBe('uri_too_long');
    });

    it("414 for a URL over node's header limit, refused by the HTTP parser", async () => {
      const res = await rawRequest(server.url, `GET /api/v1/info?x=${'a'.repeat(20 * 1024)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
      expect(res.status).toBe(414);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(ErrorBody.parse(JSON.parse(res.body)).error).toEqual({ code: 'uri_too_long', message: 'Het webadres van het verzoek is te lang' });
    });

    it('431 for oversized headers', async () => {
      const res = await rawRequest(server.url, `GET /api/v1/info HTTP/1.1\r\nHost: localhost\r\nX-Opgeblazen: ${'b'.repeat(20 * 1024)}\r\n\r\n`);
      expect(res.status).toBe(431);
      expect(ErrorBody.parse(JSON.parse(res.body)).error).toEqual({ code: 'headers_too_large', message: 'De headers van het verzoek zijn te groot' });
    });

    it('400 in the uniform body for a request that is not HTTP', async () => {
      const res = await rawRequest(server.url, 'HELLO?? \r\n\r\n');
      expect(res.status).toBe(400);
      expect(ErrorBody.parse(JSON.parse(res.body)).error.code).toBe('validation');
    });
  });

  describe('request log', () => {
    it('never contains the one-time link token or a ?token= value', async () => {
      const linkToken = 'EenmaligGeheimTokenVoorDeLogtest0123456789AB';
      await fetch(api(`/portal/one-time/${linkToken}`));
      await fetch(api('/info?token=QueryGeheim987'));
      const log = logLines.join('');
      expect(log).toContain('/api/v1/portal/one-time/***');
      expect(log).toContain('/api/v1/info?token=***');
      expect(log).not.toContain(linkToken);
      expect(log).not.toContain('QueryGeheim987');
    });
  });
});
