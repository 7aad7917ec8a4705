import type { z } from 'zod';
import type { Capability } from '../roles';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type SuccessStatus = 200 | 201 | 202 | 204;

/** The path prefix of every API route. */
export const API_PREFIX = '/api/v1';

/** The header that carries a look-along session on calls made inside one. */
export const LOOK_ALONG_HEADER = 'x-look-along-session';

/**
 * One endpoint, defined once. The server registers it (adding only the handler), the client calls it by name,
 * the OpenAPI document and the role × route test are generated from it.
 */
export interface RouteSpec {
  method: HttpMethod;
  /** Under /api/v1, Fastify style: '/accounts/:id'. */
  path: string;
  summary: string;
  tag: string;
  /** 'public': no staff session (sign-in, server info, the tenant portal's calls); else the capability needed. */
  access: 'public' | Capability;
  /** The audit actions a successful call writes; every mutating staff route names at least one (tested). */
  audit?: readonly string[];
  /** A POST that changes nothing (a render or preview): it writes no audit entry, and the audit test knows it. */
  readOnly?: true;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The JSON answer; null for none (204) or for a file. */
  response: z.ZodType | null;
  status?: SuccessStatus;
  /** The answer is a file of this content type (bytes, not JSON). */
  file?: string;
  /**
   * The body is a file's bytes (not JSON), of one of `types` (the Content-Type says which), at most
   * `limitBytes` (a larger one is refused with 413 naming the limit). Such a route has no `body` schema.
   */
  upload?: { types: readonly string[]; limitBytes: number };
  /** X-Look-Along-Session: 'required' to act on a customer's behalf; 'optional' where it is recorded when sent. */
  lookAlong?: 'required' | 'optional';
}

/** The content types an upload route accepts (none for other routes). */
export function uploadTypes(spec: RouteSpec): readonly string[] {
  return spec.upload?.types ?? [];
}

/** Keeps each entry's literal types (schemas, method, access) while checking it is a RouteSpec. */
export function defineRoutes<const T extends Record<string, RouteSpec>>(routes: T): T {
  return routes;
}

export type Input<S> = S extends z.ZodType ? z.input<S> : never;
export type Output<S> = S extends z.ZodType ? z.output<S> : never;

/** What a caller passes: params, query, body and the look-along session, each only where the route has it. */
export type CallInput<R extends RouteSpec> = (R extends { params: infer P extends z.ZodType } ? { params: Input<P> } : unknown) &
  (R extends { query: infer Q extends z.ZodType } ? { query?: Partial<Input<Q>> } : unknown) &
  (R extends { body: infer B extends z.ZodType } ? { body: Input<B> } : unknown) &
  (R extends { upload: object } ? { upload: UploadInput } : unknown) &
  (R extends { lookAlong: 'required' } ? { lookAlong: string } : R extends { lookAlong: 'optional' } ? { lookAlong?: string | null } : unknown);

/** A file sent as the request body: its bytes and their content type (one the route accepts). */
export interface UploadInput {
  bytes: ArrayBuffer | Uint8Array | Blob;
  /** One the route accepts; default its first. */
  contentType?: string;
}

/** What a caller gets: the parsed answer, the bytes of a file, or nothing. */
export type CallOutput<R extends RouteSpec> = R extends { file: string }
  ? ArrayBuffer
  : R extends { response: infer S extends z.ZodType }
    ? Output<S>
    : void;

/** Fills `:name` segments from params, each encoded. */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}
