// Static server for the built renderer (dist/renderer) that proxies /api/* to the portal server.
// Plain Node: used by `npm run web`, the E2E harness and `npm start`'s browser fallback.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypes } from '../shared/contentTypes.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultRoot = path.join(repoRoot, 'dist', 'renderer');


// frame-ancestors cannot live in the page's <meta> CSP, so it is sent here. The meta policy allows any
// http(s) server because in Electron main's header narrows it to the active profile's origin; the web build
// talks only to its own origin (the /api proxy), so this header narrows it to 'self'.
const securityHeaders = {
  'content-security-policy': "frame-ancestors 'none'; connect-src 'self'",
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

function sendError(res, status, code, message) {
  if (res.headersSent) return res.destroy();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...securityHeaders });
  res.end(JSON.stringify({ error: { code, message } }));
}

function proxy(req, res, target) {
  const url = new URL(req.url ?? '/', target);
  const headers = forwardHeaders(req.headers);
  headers.host = url.host;
  // The browser's Origin is this web server; to the portal server it is a same-origin call.
  delete headers.origin;
  const upstream = http.request(
    { protocol: url.protocol, hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: req.method, headers },
    (up) => {
      res.writeHead(up.statusCode ?? 502, forwardHeaders(up.headers));
      up.pipe(res);
    },
  );
  upstream.on('error', () => {
    // 502 with our error shape; the client reports it as a network problem.
    sendError(res, 502, 'internal', 'De portaalserver is niet bereikbaar');
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
 * Starts the web server. `port: 0` picks a free port. Binds to 127.0.0.1 only: the portal server
 * decides who may sign in by address, and behind this proxy every caller would look local.
 * @param {{ serverUrl: string, port?: number, root?: string, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startWeb({ serverUrl, port = 5173, root = defaultRoot, host = '127.0.0.1' }) {
  const target = new URL(serverUrl);
  const absRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    if ((req.url ?? '').startsWith('/api/') || req.url === '/api') return proxy(req, res, target);
    serveStatic(req, res, absRoot).catch(() => sendError(res, 500, 'internal', 'Internal error'));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
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
