// `npm run web -- [--server http://127.0.0.1:4010] [--port 5173] [--dev] [--build]`
// Serves the renderer in a browser against a running portal server (start one with
// `npm run portal -- serve --data DIR --port 4010`).
//   default: build dist/renderer with Vite when missing or older than its sources, then serve it
//            with a small static server that proxies /api/* to --server.
//   --build: always rebuild first.   --dev: Vite dev server with hot reload and the same /api proxy.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clientForwardingHeaders, ensureRendererBuild, repoRoot, startWeb } from './web-server.mjs';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: 'http://127.0.0.1:4010' },
    port: { type: 'string', default: '5173' },
    dev: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run web -- [--server http://127.0.0.1:4010] [--port 5173] [--dev] [--build]');
  process.exit(0);
}

const serverUrl = values.server;
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}
try {
  new URL(serverUrl);
} catch {
  console.error(`Invalid --server ${serverUrl} (expected e.g. http://127.0.0.1:4010)`);
  process.exit(2);
}

async function checkServer() {
  try {
    const res = await fetch(new URL('/api/v1/info', serverUrl), { signal: AbortSignal.timeout(2000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  } catch (error) {
    console.warn(`Note: portal server ${serverUrl} does not answer yet (${error.message}); the app shows a connection banner until it does.`);
  }
}

/** Dev only: Vite's React refresh needs an inline script and a websocket, which the strict CSP forbids. */
function devCsp() {
  return {
    name: 'kcc-dev-csp',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

if (values.dev) {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    root: path.join(repoRoot, 'renderer'),
    plugins: [devCsp()],
    server: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      proxy: {
        '/api': {
          target: serverUrl,
          changeOrigin: true,
          // As the static proxy does: the caller's own address, never what the caller claims.
          configure: (proxy) =>
            proxy.on('proxyReq', (proxyReq, req) => {
              for (const h of clientForwardingHeaders) proxyReq.removeHeader(h);
              proxyReq.setHeader('x-forwarded-for', req.socket.remoteAddress ?? '');
            }),
        },
      },
    },
  });
  await server.listen();
  console.log(`KCC Desk (dev, hot reload): http://127.0.0.1:${port}/  →  API ${serverUrl}`);
} else {
  await ensureRendererBuild({ force: values.build });
  const web = await startWeb({ serverUrl, port });
  console.log(`KCC Desk: open ${web.url}  (API proxied to ${serverUrl})`);
  const stop = () => void web.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
await checkServer();
