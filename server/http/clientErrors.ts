import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { ErrorBody } from '../../shared/api/errors';
import { ApiError } from '../errors';
import { SECURITY_HEADERS } from './securityHeaders';

/** Longest request line target (path + query) the API accepts; its real URLs stay far below. */
export const MAX_URL_LENGTH = 8 * 1024;

const URL_TOO_LONG = 'Het webadres van het verzoek is te lang';
const HEADERS_TOO_LARGE = 'De headers van het verzoek zijn te groot';

/** 414 in the uniform error body for a URL longer than MAX_URL_LENGTH (up to node's header limit). */
export function installUrlLimit(app: FastifyInstance): void {
  app.addHook('onRequest', async (req) => {
    if (req.url.length > MAX_URL_LENGTH) throw new ApiError('uri_too_long', URL_TOO_LONG);
  });
}

/** What node passes to 'clientError' (Fastify's ConnectionError types rawPacket as its JSON form; it is a Buffer). */
interface ClientError extends Error {
  code?: string;
  rawPacket?: unknown;
}

/** Whether the unparsed bytes start with a request line longer than MAX_URL_LENGTH (or one never ended). */
function startsWithLongRequestLine(raw: unknown): boolean {
  if (!Buffer.isBuffer(raw) || !/^[A-Z]{3,10} /.test(raw.subarray(0, 11).toString('latin1'))) return false;
  const end = raw.indexOf('\r\n');
  return end < 0 || end > MAX_URL_LENGTH;
}

function clientErrorAnswer(err: ClientError): { status: number; reason: string; body: ErrorBody } {
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    return startsWithLongRequestLine(err.rawPacket)
      ? { status: 414, reason: 'URI Too Long', body: { error: { code: 'uri_too_long', message: URL_TOO_LONG } } }
      : { status: 431, reason: 'Request Header Fields Too Large', body: { error: { code: 'headers_too_large', message: HEADERS_TOO_LARGE } } };
  }
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, reason: 'Request Timeout', body: { error: { code: 'validation', message: 'Het verzoek kwam niet op tijd binnen', details: { fields: {} } } } };
  }
  return { status: 400, reason: 'Bad Request', body: { error: { code: 'validation', message: 'Ongeldig HTTP-verzoek', details: { fields: {} } } } };
}

/**
 * Fastify's clientErrorHandler: requests node's HTTP parser refuses before Fastify sees them (headers or
 * request line over node's limit, malformed HTTP) still get the uniform error body, with the security headers.
 */
export function clientErrorHandler(err: ClientError, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, reason, body } = clientErrorAnswer(err);
  const json = JSON.stringify(body);
  const headers = [
    `HTTP/1.1 ${status} ${reason}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(json)}`,
    'cache-control: no-store',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
    'connection: close',
  ];
  if (socket.writable) socket.write(`${headers.join('\r\n')}\r\n\r\n${json}`);
  socket.destroy();
}
