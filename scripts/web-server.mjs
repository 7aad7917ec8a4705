// Static server for the built renderer (dist/renderer) that proxies /api/* to the portal server.
// Plain Node: used by `npm run web`, the E2E harness and `npm start`'s browser fallback.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypes } from '../shared/contentTypes.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultRoot = path.join(repoRoot, 'dist', 'renderer');


// frame-ancestors cannot live in the page's <meta> CSP, so it is sent here. The meta policy allows any
// http(s) server because in Electron main's header narrows it to the active profile's origin; the web build
// talks only to its own origin (the /api proxy), so this header narrows it to 'self'.
const securityHeaders = {
  'content-security-policy': "frame-ancestors 'none'; connect-src 'self'; frame-src 'self' blob:",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

// Hop-by-hop headers must not be forwarded by a proxy (RFC 9110 §7.6.1).
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

function forwardHeaders(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined && !hopByHop.has(k.toLowerCase())) out[k] = v;
  return out;
}

// What a client says about its own address or the proxy chain is never passed on: the portal server's IP
// ranges (with --trust-proxy) must see the address this proxy saw, not one the caller made up.
export const clientForwardingHeaders = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'];

/**
 * The path to forward to the portal server, or null when it would leave /api/: a `.` or `..` segment, raw or
 * percent-encoded (once or more; `%2f` decoded is a slash too), or a backslash. The portal server, the URL
 * parser of this proxy and anything between would each resolve those differently, so they are refused.
 * @param {string | undefined} rawUrl the request target as received
 * @returns {string | null}
 */
export function apiPathOf(rawUrl) {
  if (typeof rawUrl !== 'string') return null;
  const cut = rawUrl.search(/[?#]/);
  const pathname = cut === -1 ? rawUrl : rawUrl.slice(0, cut);
  if (pathname !== '/api' && !pathname.startsWith('/api/')) return null;
  let text = pathname;
  for (let round = 0; round < 4; round++) {
    if (text.includes('\\') || text.split('/').some((segment) => segment === '.' || segment === '..')) return null;
    // Byte-wise: enough to reveal '.', '/' and '\\', and never throws on a stray '%'.
    const decoded = text.replace(/%([0-9a-fA-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    if (decoded === text) return rawUrl;
    text = decoded;
  }
  return null;
}

/**
 * The Host header values this server answers to. A page from another site can point its own name at
 * 127.0.0.1 (DNS rebinding) and then read this proxy as same-origin; refusing unknown names stops that.
 * @param {string} host the address listened on
 * @param {number} port
 * @param {string[]} extra further names (host or host:port), e.g. a name in the office DNS
 */
export function allowedHostsFor(host, port, extra = []) {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (host === '0.0.0.0' || host === '::') {
    for (const list of Object.values(os.networkInterfaces())) {
      for (const a of list ?? []) names.add(a.family === 'IPv6' ? `[${a.address}]` : a.address);
    }
  } else {
    names.add(host.includes(':') ? `[${host}]` : host);
  }
  const allowed = new Set([...names].map((n) => `${n}:${port}`.toLowerCase()));
  for (const e of extra) {
    const name = e.toLowerCase();
    allowed.add(name);
    if (!/:\d+$/.test(name)) allowed.add(`${name}:${port}`);
  }
  return allowed;
}

function sendError(res, status, code, message) {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...securityHeaders });
  res.end(JSON.stringify({ error: { code, message } }));
}

function proxy(req, res, target) {
  const forwardPath = apiPathOf(req.url);
  if (forwardPath === null) return sendError(res, 400, 'validation', 'Bad path');
  const headers = forwardHeaders(req.headers);
  headers.host = target.host;
  // The browser's Origin is this web server; to the portal server it is a same-origin call.
  delete headers.origin;
  for (const h of clientForwardingHeaders) delete headers[h];
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  const upstream = http.request(
    { protocol: target.protocol, hostname: target.hostname, port: target.port, path: forwardPath, method: req.method, headers },
    (up) => {
      res.writeHead(up.statusCode ?? 502, forwardHeaders(up.headers));
      up.pipe(res);
    },
  );
  upstream.on('error', () => {
    // 502 with our error shape; the client reports it as a network problem.
    sendError(res, 502, 'internal', 'De portaalserver is niet bereikbaar');
  });
  // The browser went away before the answer ended (a live event stream, a cancelled download): end the call
  // upstream too, or the portal server keeps streaming to nobody.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

async function serveStatic(req, res, root) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'validation', 'Method not allowed');
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return sendError(res, 400, 'validation', 'Bad path');
  }
  // Resolve inside root only: no ../ escapes.
  let file = path.resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + path.sep)) return sendError(res, 403, 'forbidden', 'Forbidden');
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info) {
    // SPA fallback: unknown paths without an extension get the app; missing assets get a 404.
    if (path.extname(pathname)) return sendError(res, 404, 'not_found', 'Not found');
    file = path.join(root, 'index.html');
    info = await stat(file).catch(() => null);
    if (!info) return sendError(res, 500, 'internal', 'dist/renderer/index.html missing: run `npm run build:renderer`');
  }
  const ext = path.extname(file).toLowerCase();
  res.writeHead(200, {
    'content-type': contentTypes[ext] ?? 'application/octet-stream',
    'content-length': info.size,
    // Vite's hashed assets never change; index.html must always be fresh.
    'cache-control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...securityHeaders,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

/**
 * Starts the web server. `port: 0` picks a free port. Binds to 127.0.0.1 by default. It sets X-Forwarded-For
 * to the caller's address itself, so a portal server started with `--trust-proxy 127.0.0.1` sees each
 * caller's real address (without it, every caller looks like this proxy). Requests whose Host header is not
 * one of this server's own names (plus `allowedHosts`) are refused with 421.
 * @param {{ serverUrl: string, port?: number, root?: string, host?: string, allowedHosts?: string[] }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startWeb({ serverUrl, port = 5173, root = defaultRoot, host = '127.0.0.1', allowedHosts = [] }) {
  const target = new URL(serverUrl);
  const absRoot = path.resolve(root);
  let allowed = new Set();
  const server = http.createServer((req, res) => {
    if (!allowed.has((req.headers.host ?? '').toLowerCase())) return sendError(res, 421, 'forbidden', 'Unknown host');
    if ((req.url ?? '').startsWith('/api/') || req.url === '/api') return proxy(req, res, target);
    serveStatic(req, res, absRoot).catch(() => sendError(res, 500, 'internal', 'Internal error'));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  allowed = allowedHostsFor(host, actualPort, allowedHosts);
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/renderer is missing or older than any source it is built from. */
export function rendererBuildIsStale(root = defaultRoot) {
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = [path.join(repoRoot, 'renderer'), path.join(repoRoot, 'shared')];
  const configs = ['vite.config.ts', 'package.json'].map((f) => path.join(repoRoot, f)).filter(existsSync);
  return Math.max(...sources.map(newestMtime), ...configs.map((f) => statSync(f).mtimeMs)) > built;
}

/** Builds the renderer with Vite when it is missing or out of date (or always, with force). */
export async function ensureRendererBuild({ force = false, log = console.log } = {}) {
  if (!force && !rendererBuildIsStale()) return false;
  log(force ? 'Building the renderer…' : 'Renderer build missing or out of date: building…');
  const { build } = await import('vite');
  await build({ configFile: path.join(repoRoot, 'vite.config.ts'), root: path.join(repoRoot, 'renderer'), logLevel: 'warn' });
  return true;
}
