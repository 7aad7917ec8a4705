import type { FastifyInstance } from 'fastify';

/**
 * Headers on every response of the portal server. It serves the API (JSON and file downloads) and one
 * script-free page, so nothing may be sniffed, framed, cached on the way or given a referrer, and a
 * response opened as a document may run nothing.
 */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

/** Answers carry personal data and session tokens: no cache keeps them. A route may set its own. */
export const DEFAULT_CACHE_CONTROL = 'no-store';

export function installSecurityHeaders(app: FastifyInstance): void {
  const { 'content-security-policy': csp, ...others } = SECURITY_HEADERS;
  app.addHook('onSend', async (_req, reply, payload) => {
    const { 'x-frame-options': frameOptions, ...rest } = others;
    reply.headers(rest);
    // A page whose own policy names who may frame it (the portal preview, framed by the desk app) drops the
    // blanket DENY; CSP frame-ancestors decides for it. Every other answer may not be framed at all.
    const own = reply.getHeader('content-security-policy');
    if (!(typeof own === 'string' && /frame-ancestors (?!'none')/.test(own))) reply.header('x-frame-options', frameOptions);
    // The one page the server serves (the one-time link's landing page) sets its own policy: its style, its form.
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', csp);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', DEFAULT_CACHE_CONTROL);
    return payload;
  });
}
