import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ErrorBody } from '../../shared/api/errors';
import { uploadTypes, type Input, type Output, type RouteSpec } from '../../shared/api/route';
import type { AppContext, AuthedStaff } from '../context';
import { ApiError } from '../errors';

/** What a handler receives: the parsed input, the caller, and the raw request and reply for headers. */
export interface HandlerArgs<R extends RouteSpec> {
  params: R extends { params: infer P extends z.ZodType } ? Output<P> : Record<string, never>;
  query: R extends { query: infer Q extends z.ZodType } ? Output<Q> : Record<string, never>;
  body: R extends { body: infer B extends z.ZodType } ? Output<B> : R extends { upload: object } ? Buffer : undefined;
  /** The signed-in staff member; present on every staff route (the guard ran). */
  staff: R extends { access: 'public' } ? null : AuthedStaff;
  ctx: AppContext;
  req: FastifyRequest;
  reply: FastifyReply;
}

/**
 * An HTML page a public route answers to a browser (instead of its JSON): its own status and its own
 * Content-Security-Policy; never cached.
 */
export class HtmlPage {
  constructor(
    readonly status: number,
    readonly html: string,
    readonly csp: string,
  ) {}
}

/** A file the caller already has (its If-None-Match names the current ETag): 304 with no body. */
export class NotModified {
  constructor(readonly etag: string) {}
}

/** What a handler returns: the answer before its schema serialises it, the bytes of a file, or nothing. */
export type HandlerResult<R extends RouteSpec> = R extends { file: string }
  ? Uint8Array | NodeJS.ReadableStream | NotModified
  : R extends { response: infer S extends z.ZodType }
    ? Input<S>
    : void;

/** A public route may answer a browser with a page instead. */
export type Handler<R extends RouteSpec> = (
  args: HandlerArgs<R>,
) => Promise<HandlerResult<R> | (R extends { access: 'public' } ? HtmlPage : never)>;

/** Handlers for every route of one table, checked by the compiler: none missing, none extra. */
export type Handlers<T extends Record<string, RouteSpec>> = { [K in keyof T]: Handler<T[K]> };

export function defineHandlers<T extends Record<string, RouteSpec>>(_table: T, handlers: Handlers<T>): Handlers<T> {
  return handlers;
}

interface LooseArgs {
  params: unknown;
  query: unknown;
  body: unknown;
  staff: AuthedStaff | null;
  ctx: AppContext;
  req: FastifyRequest;
  reply: FastifyReply;
}
// Declared as a method so that each typed handler (whose args are narrower) is accepted here: the table and
// the handler map are checked against each other by Handlers<T> where they are written.
type LooseHandler = { handle(args: LooseArgs): Promise<unknown> }['handle'];

const errorStatuses = [400, 401, 403, 404, 409, 413, 423, 429] as const;

/** Body limit of routes open without sign-in (`access: 'public'`). */
export const PUBLIC_BODY_LIMIT = 8 * 1024;

/**
 * Registers every route of the table with its handler. The route's schemas validate input and output, its
 * access names the capability the staff guard checks (read from `config`), and its name is the OpenAPI
 * operationId. Nothing else adds API routes, so the table and the server cannot drift apart.
 */
export function registerRouteTable(
  app: FastifyInstance,
  table: Readonly<Record<string, RouteSpec>>,
  handlers: Readonly<Record<string, LooseHandler>>,
): void {
  installUploadParsers(app, table);
  for (const [name, spec] of Object.entries(table)) {
    // The compiler (server/routes/index.ts) and tests/integration/routeTable.test.ts make sure there is one;
    // without one the route still exists and answers a clear 500 instead of the whole server failing to start.
    const handler: LooseHandler =
      handlers[name] ??
      (async () => {
        throw new Error(`Route ${name} (${spec.method} ${spec.path}) has no handler`);
      });
    const status = spec.status ?? (spec.response === null && !spec.file ? 204 : 200);
    const errors = Object.fromEntries(errorStatuses.map((s) => [s, ErrorBody]));
    const success = spec.file ? {} : { [status]: spec.response ?? z.null() };
    app.route({
      method: spec.method,
      url: spec.path,
      config: { routeName: name, access: spec.access, lookAlong: spec.lookAlong ?? null },
      // Anyone can call a public route: a few KiB hold every such body; an upload route has its own limit (413 names it).
      ...(spec.access === 'public' ? { bodyLimit: PUBLIC_BODY_LIMIT } : spec.upload ? { bodyLimit: spec.upload.limitBytes } : {}),
      schema: {
        operationId: name,
        summary: spec.summary,
        tags: [spec.tag],
        ...(spec.access === 'public' ? { security: [] } : { security: [{ bearer: [] }] }),
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { querystring: spec.query } : {}),
        ...(spec.body ? { body: spec.body } : {}),
        response: { ...success, ...errors },
      },
      handler: async (req, reply) => {
        if (spec.access !== 'public' && !req.staff) throw new ApiError('unauthenticated', 'Niet ingelogd');
        const result = await handler({
          params: req.params ?? {},
          query: req.query ?? {},
          body: req.body,
          staff: req.staff,
          ctx: app.ctx,
          req,
          reply,
        });
        if (result instanceof HtmlPage) {
          reply.code(result.status).type('text/html; charset=utf-8').header('content-security-policy', result.csp).header('cache-control', 'no-store');
          return Buffer.from(result.html, 'utf8');
        }
        if (result instanceof NotModified) {
          reply.code(304).header('etag', result.etag);
          return null;
        }
        reply.code(status);
        if (spec.file) return result;
        return spec.response === null ? null : result;
      },
    });
  }
}

/**
 * Raw-byte bodies (files) for the routes that name an upload type: one parser per type, which hands the handler a
 * Buffer, and refuses the type (415, answered as 400) on any route that does not take it. Other routes keep JSON.
 */
function installUploadParsers(app: FastifyInstance, table: Readonly<Record<string, RouteSpec>>): void {
  const routesByType = new Map<string, Set<string>>();
  for (const [name, spec] of Object.entries(table)) {
    for (const type of uploadTypes(spec)) {
      const set = routesByType.get(type) ?? new Set<string>();
      set.add(name);
      routesByType.set(type, set);
    }
  }
  for (const [type, names] of routesByType) {
    app.addContentTypeParser(type, { parseAs: 'buffer' }, (req, body, done) => {
      const name = req.routeOptions.config.routeName;
      if (name === undefined || !names.has(name)) {
        done(Object.assign(new Error(`Dit formaat (${type}) wordt hier niet aangenomen`), { statusCode: 415 }), undefined);
        return;
      }
      done(null, body);
    });
  }
}
