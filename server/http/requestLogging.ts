/**
 * What request logging prints about a request, with secrets in the URL masked: the one-time portal
 * link carries its token in the path (/portal/one-time/<token>), and confirmation links carry theirs in
 * the query (?token=…). Anyone who can read the log must not be able to use them.
 */
const MASK = '***';
const SECRET_PATH = /(\/portal\/one-time\/)[^/?#]+/gi;
/** Query keys whose values are secrets (token, continuationToken, password, activationCode, code). */
const SECRET_QUERY_KEY = /token|password|secret|activation|^code$/i;

export function maskSecretsInUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = (queryAt < 0 ? url : url.slice(0, queryAt)).replace(SECRET_PATH, `$1${MASK}`);
  if (queryAt < 0) return path;
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawKey = eq < 0 ? pair : pair.slice(0, eq);
      let key = rawKey;
      try {
        key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      } catch {
        // A malformed escape: judge the key as written.
      }
      return eq >= 0 && SECRET_QUERY_KEY.test(key) ? `${rawKey}=${MASK}` : pair;
    })
    .join('&');
  return `${path}?${query}`;
}

/** The parts of a request the log serializer reads (Fastify passes its request; node's IncomingMessage fits too). */
export interface LoggableRequest {
  method?: string;
  url?: string;
  ip?: unknown;
  host?: unknown;
  socket?: { remotePort?: number } | null;
}

/** Replaces Fastify's default `req` log serializer: the same fields, the URL masked. */
export function serializeRequestForLog(req: LoggableRequest) {
  return {
    method: req.method,
    url: req.url === undefined ? undefined : maskSecretsInUrl(req.url),
    host: typeof req.host === 'string' ? req.host : undefined,
    remoteAddress: typeof req.ip === 'string' ? req.ip : undefined,
    remotePort: req.socket?.remotePort,
  };
}
