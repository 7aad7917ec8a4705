import type { FastifyInstance } from 'fastify';

/** The Electron renderer's origin (custom app:// scheme); the web build is same-origin behind its proxy. */
export const ELECTRON_ORIGIN = 'app://kcc';

/**
 * Minimal CORS for an allow-list of origins: no wildcard, since staff calls carry bearer tokens.
 * Preflights from allowed origins get 204; others get no CORS headers (the browser then refuses).
 */
export function installCors(app: FastifyInstance, allowed: readonly string[]): void {
  const origins = new Set([ELECTRON_ORIGIN, ...allowed]);
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    if (!origin || !origins.has(origin)) return;
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
    if (req.method === 'OPTIONS') {
      reply
        .header('access-control-allow-methods', 'GET,POST,PUT,PATCH,DELETE')
        .header('access-control-allow-headers', 'authorization,content-type,x-look-along-session')
        .header('access-control-max-age', '600')
        .code(204)
        .send();
    }
  });
}
