import type { AxiosInstance } from 'axios';
import { LOOK_ALONG_HEADER, fillPath, type CallInput, type CallOutput, type RouteSpec } from '../api/route';
import { routes, type RouteName, type Routes } from '../api/routes/index';
import { ApiError } from './apiError';
import { createTransport, type ClientOptions, type Transport } from './http';

export { ApiError, isApiError, type ApiErrorCode, type ApiErrorInfo } from './apiError';
export { createTransport, type ClientOptions, type Transport } from './http';
export type { RouteName } from '../api/routes/index';

export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the client's time-out for one slow call (e.g. a large export). */
  timeoutMs?: number;
  /** Bytes of the answer received so far (e.g. a streamed export). */
  onDownloadProgress?: (loadedBytes: number) => void;
}

/** The arguments of a call: the input may be left out when the route needs none. */
export type CallArgs<K extends RouteName> = object extends CallInput<Routes[K]>
  ? [input?: CallInput<Routes[K]>, options?: CallOptions]
  : [input: CallInput<Routes[K]>, options?: CallOptions];
export type CallResult<K extends RouteName> = CallOutput<Routes[K]>;

interface LooseInput {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  upload?: { bytes: unknown; contentType?: string };
  lookAlong?: string | null;
}

/**
 * The typed portal-server client, derived from the route table: `call('accounts.block', {params: {id}, body})`.
 * Answers are validated with the route's response schema; files come back as an ArrayBuffer.
 */
export function createApiClient(options: ClientOptions, instance?: AxiosInstance, extraHeaders?: Record<string, string>) {
  const transport: Transport = createTransport(options, instance);

  async function callRoute(spec: RouteSpec, input: LooseInput, opts: CallOptions): Promise<unknown> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (input.lookAlong) headers[LOOK_ALONG_HEADER] = input.lookAlong;
    if (spec.file) headers.Accept = `${spec.file}, application/json`;
    // An upload route's body is the file's bytes, labelled with their own content type.
    if (spec.upload && input.upload) headers['Content-Type'] = input.upload.contentType ?? spec.upload.types[0] ?? 'application/octet-stream';
    const data = await transport({
      method: spec.method,
      path: fillPath(spec.path, input.params),
      query: input.query,
      // A POST without a body schema still sends {} so proxies and Fastify see JSON.
      body: spec.upload ? input.upload?.bytes : spec.body ? input.body : spec.method === 'POST' || spec.method === 'PUT' || spec.method === 'PATCH' ? {} : undefined,
      headers,
      signal: opts.signal,
      timeoutMs: opts.timeoutMs,
      onDownloadProgress: opts.onDownloadProgress,
      responseType: spec.file ? 'arraybuffer' : 'json',
    });
    if (spec.file) {
      if (data instanceof ArrayBuffer) return data;
      // Under Node (tests, scripts) axios hands over a Buffer: a view on bytes, copied into its own ArrayBuffer.
      if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice().buffer;
      throw new ApiError(200, { code: 'invalid_response', message: 'Onverwacht antwoord van de portaalserver', details: { path: spec.path } });
    }
    if (spec.response === null) return undefined;
    const parsed = spec.response.safeParse(data);
    if (parsed.success) return parsed.data;
    const error = new ApiError(200, {
      code: 'invalid_response',
      message: 'Onverwacht antwoord van de portaalserver',
      details: { path: spec.path, issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) },
    });
    options.onError?.(error);
    throw error;
  }

  // One loose implementation behind the typed signature: CallArgs<K> is what makes each call site safe.
  function call<K extends RouteName>(name: K, ...args: CallArgs<K>): Promise<CallResult<K>>;
  async function call(name: RouteName, ...args: unknown[]): Promise<unknown> {
    const [input, opts] = args;
    return callRoute(routes[name], isRecord(input) ? input : {}, isRecord(opts) ? opts : {});
  }

  return { call };
}

export type ApiClient = ReturnType<typeof createApiClient>;

function isRecord(value: unknown): value is Record<string, never> {
  return typeof value === 'object' && value !== null;
}
