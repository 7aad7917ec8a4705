import axios, { type AxiosInstance } from 'axios';
import { ErrorBody } from '../api/errors';
import { API_PREFIX, type HttpMethod } from '../api/route';
import { ApiError } from './apiError';

export interface TransportRequest {
  method: HttpMethod;
  /** Below /api/v1, parameters filled in. */
  path: string;
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** 'arraybuffer' for a file answer. */
  responseType?: 'json' | 'arraybuffer';
  timeoutMs?: number;
  /** Bytes of the answer received so far (a large file: progress in the app). */
  onDownloadProgress?: (loadedBytes: number) => void;
}

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

/** One HTTP exchange: status handling, the error body, transport failures; answers the raw data. */
export type Transport = (request: TransportRequest) => Promise<unknown>;

export function createTransport(options: ClientOptions, instance: AxiosInstance = axios.create()): Transport {
  return async (r) => {
    try {
      const base = (await options.baseUrl()).replace(/\/+$/, '');
      const token = options.token();
      const headers: Record<string, string> = { Accept: 'application/json', ...r.headers };
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await instance.request({
        method: r.method,
        url: `${base}${API_PREFIX}${r.path}`,
        params: cleanQuery(r.query),
        data: r.body,
        headers,
        timeout: r.timeoutMs ?? options.timeoutMs ?? 20_000,
        signal: r.signal,
        responseType: r.responseType ?? 'json',
        ...(r.onDownloadProgress ? { onDownloadProgress: (e: { loaded: number }) => r.onDownloadProgress?.(e.loaded) } : {}),
        // Status handling is ours: every non-2xx becomes an ApiError below.
        validateStatus: () => true,
      });
      if (response.status < 200 || response.status >= 300) throw toApiError(response.status, response.data);
      options.onSuccess?.();
      return response.data;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : fromTransportError(error);
      if (!apiError.isAborted) options.onError?.(apiError);
      throw apiError;
    }
  };
}

function cleanQuery(query: Record<string, unknown> | undefined): Record<string, string | number | boolean> | undefined {
  if (!query) return undefined;
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && value !== '')) out[key] = value;
  }
  return out;
}

function toApiError(status: number, data: unknown): ApiError {
  const body = ErrorBody.safeParse(data instanceof ArrayBuffer || ArrayBuffer.isView(data) ? decodeJson(data) : data);
  // The portal server's own 503 (`unavailable`): it answers, but its database is away for a moment.
  if (status === 503 && body.success && body.data.error.code === 'unavailable') return new ApiError(status, body.data.error);
  // Any other 502/503/504 comes from a proxy in between (the web build's, a corporate one) that cannot
  // reach the server, which to the user is a network problem.
  if (status === 502 || status === 503 || status === 504) {
    return new ApiError(status, { code: 'network', message: 'De portaalserver is niet bereikbaar' });
  }
  if (body.success) return new ApiError(status, body.data.error);
  return new ApiError(status, status >= 500 ? { code: 'internal', message: `HTTP ${status}` } : { code: 'invalid_response', message: `HTTP ${status}` });
}

function decodeJson(bytes: ArrayBuffer | ArrayBufferView): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

function fromTransportError(error: unknown): ApiError {
  if (axios.isCancel(error)) return new ApiError(0, { code: 'network', message: 'Verzoek afgebroken', details: { aborted: true } });
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, { code: 'network', message });
}
