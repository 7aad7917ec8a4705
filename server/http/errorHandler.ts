import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/postgres';
import { ApiError } from '../errors';

/** Seconds a client waits before retrying when the database is away (pg reconnects on the next query). */
export const DB_RETRY_AFTER_SECONDS = 5;
import { maskSecretsInUrl } from './requestLogging';

/** 8192 → "8 KiB", 10485760 → "10 MiB". */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/**
 * Maps every failure to the uniform error body. Validation errors list their messages per field
 * (`details.fields["settings.sessionTimeoutMinutes"]`-style dotted paths) so a form can show them in place.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ApiError, req, reply) => {
    if (err instanceof ApiError) {
      return reply.code(err.status).send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string[]> = {};
      for (const v of err.validation) {
        const issuePath = (v.params as { issue?: { path?: PropertyKey[] } }).issue?.path ?? [];
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || issuePath.map(String).join('.') || '_';
        (fields[path] ??= []).push(v.message ?? 'Ongeldige waarde');
      }
      const names = Object.keys(fields);
      const message = `Ongeldige invoer: ${names.map((n) => `${n} (${fields[n]?.[0] ?? ''})`).join(', ')}`;
      return reply.code(400).send({ error: { code: 'validation', message, details: { fields, part: err.validationContext } } });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ issues: err.cause.issues, url: maskSecretsInUrl(req.url) }, 'response does not match its schema');
      return reply.code(500).send({ error: { code: 'internal', message: 'Interne fout in de server' } });
    }
    const status = err.statusCode ?? 500;
    if (status === 429) {
      return reply.code(429).send({ error: { code: 'rate_limited', message: err.message } });
    }
    if (status === 413) {
      const limit = req.routeOptions.bodyLimit;
      const limitBytes = typeof limit === 'number' ? limit : undefined;
      const shown = limitBytes === undefined ? '' : ` (maximaal ${formatBytes(limitBytes)})`;
      return reply.code(413).send({ error: { code: 'payload_too_large', message: `Het verzoek is te groot${shown}`, details: { limitBytes } } });
    }
    if (status === 400 || status === 415) {
      return reply.code(400).send({ error: { code: 'validation', message: err.message, details: { fields: {} } } });
    }
    if (status === 404) return reply.code(404).send({ error: { code: 'not_found', message: err.message } });
    if (isDatabaseUnavailable(err)) {
      // The transaction was not committed (or rolled back with the connection): nothing half-written. The pool opens
      // a new connection for the next request, so the server recovers by itself once the database is back.
      req.log.warn({ code: (err as { code?: unknown }).code }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', String(DB_RETRY_AFTER_SECONDS))
        .send({ error: { code: 'unavailable', message: 'De database is even niet bereikbaar; probeer het zo opnieuw', details: { retryAfterSeconds: DB_RETRY_AFTER_SECONDS } } });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: { code: 'internal', message: 'Interne fout in de server' } });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ error: { code: 'not_found', message: `Onbekend pad: ${req.method} ${req.url.split('?')[0]}` } });
  });
}
