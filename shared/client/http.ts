import axios, { type AxiosInstance } from 'axios';
import type { z } from 'zod';
import { ErrorBody } from '../api/common';
import { ApiError } from './apiError';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined | null>;
  body?: unknown;
  /** Extra headers, e.g. the look-along session id. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** 'arraybuffer' for binary downloads (e.g. a PDF); validate with a schema such as z.instanceof(ArrayBuffer). */
  responseType?: 'json' | 'arraybuffer';
  /** Overrides the client's time-out for one slow call (e.g. a large export). */
  timeoutMs?: number;
}

/** One typed call: the response is validated with `schema` (null = no body expected, e.g. 204). */
export type Requester = <S extends z.ZodType | null>(
  method: HttpMethod,
  path: string,
  schema: S,
  options?: RequestOptions,
) => Promise<S extends z.ZodType ? z.output<S> : void>;

export interface ClientOptions {
  /**
   * Origin of the portal server, e.g. "http://127.0.0.1:4010"; '' means same origin (the web build
   * behind its /api proxy). A function, because in Electron it is known only once the server runs.
   */
  baseUrl: () => string | Promise<string>;
  /** The staff session token, if signed in. */
  token: () => string | null;
  /** Told about every failure and success, so the shell can show the connection banner or sign-in. */
  onError?: (error: ApiError) => void;
  onSuccess?: () => void;
  timeoutMs?: number;
}

export const API_PREFIX = '/api/v1';

export function createRequester(options: ClientOptions, instance: AxiosInstance = axios.create()): Requester {
  const request = async (
    method: HttpMethod,
    path: string,
    schema: z.ZodType | null,
    opts: RequestOptions = {},
  ): Promise<unknown> => {
    try {
      const base = (await options.baseUrl()).replace(/\/+$/, '');
      const token = options.token();
      const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await instance.request({
        method,
        url: `${base}${API_PREFIX}${path}`,
        params: cleanQuery(opts.query),
        data: opts.body,
        headers,
        timeout: opts.timeoutMs ?? options.timeoutMs ?? 20_000,
        signal: opts.signal,
        responseType: opts.responseType ?? 'json',
        // Status handling is ours: every non-2xx becomes an ApiError below.
        validateStatus: () => true,
      });
      if (response.status < 200 || response.status >= 300) throw toApiError(response.status, response.data);
      options.onSuccess?.();
      if (schema === null) return undefined;
      const parsed = schema.safeParse(response.data);
      if (!parsed.success) {
        throw new ApiError(response.status, 'invalid_response', 'Onverwacht antwoord van de portaalserver', {
          path,
          issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
        });
      }
      return parsed.data;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : fromTransportError(error);
      // A cancelled request (react-query unmounting, a newer search) is nobody's problem.
      if (apiError.details.aborted !== true) options.onError?.(apiError);
      throw apiError;
    }
  };
  return request as Requester;
}

function cleanQuery(query: RequestOptions['query']): Record<string, string | number | boolean> | undefined {
  if (!query) return undefined;
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') out[key] = value;
  }
  return out;
}

function toApiError(status: number, data: unknown): ApiError {
  // The portal server never answers 502/503/504 itself: a proxy in between (the web build's, a
  // corporate one) says it cannot reach the server, which to the user is a network problem.
  if (status === 502 || status === 503 || status === 504) {
    return new ApiError(status, 'network', 'De portaalserver is niet bereikbaar');
  }
  const body = ErrorBody.safeParse(data instanceof ArrayBuffer ? decodeJson(data) : data);
  if (body.success) {
    const { code, message, details } = body.data.error;
    return new ApiError(status, code, message, details ?? {});
  }
  return new ApiError(status, status >= 500 ? 'internal' : 'invalid_response', `HTTP ${status}`);
}

function decodeJson(bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

function fromTransportError(error: unknown): ApiError {
  if (axios.isCancel(error)) return new ApiError(0, 'network', 'Verzoek afgebroken', { aborted: true });
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'network', message);
}
