import axios, { AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { createApiClient } from '../../../shared/client';

/** One request as the fake portal server saw it (path below /api/v1, body parsed). */
export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body: unknown;
}

/** An answer: a status with a JSON body, or no answer at all (the server is unreachable). */
export type Answer = { status: number; body?: unknown } | 'unreachable';
/** A handler may answer later (a promise): answers can then arrive late and in any order. */
type Handler = (request: SeenRequest) => Answer | Promise<Answer>;

const handlers = new Map<string, Handler>();
export const seen: SeenRequest[] = [];

/**
 * The HTTP layer of the component tests: the renderer's real typed client runs (route table, response
 * schemas, ApiError), only the network exchange is answered here.
 */
export const fakeServer = {
  on(method: string, path: string, answer: Answer | Handler): void {
    handlers.set(`${method} ${path}`, typeof answer === 'function' ? answer : () => answer);
  },
  reset(): void {
    handlers.clear();
    seen.length = 0;
  },
  /** The requests sent to one method + path. */
  requests(method: string, path: string): SeenRequest[] {
    return seen.filter((r) => r.method === method && r.path === path);
  },
};

/** The standard error body of the portal server. */
export function errorBody(code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

async function adapter(config: InternalAxiosRequestConfig): Promise<AxiosResponse> {
  const url = new URL(config.url ?? '', 'http://portal.test');
  const request: SeenRequest = {
    method: (config.method ?? 'get').toUpperCase(),
    path: url.pathname.replace(/^\/api\/v1/, ''),
    query: { ...config.params },
    body: typeof config.data === 'string' && config.data !== '' ? JSON.parse(config.data) : config.data,
  };
  seen.push(request);
  const handler = handlers.get(`${request.method} ${request.path}`);
  const answer: Answer = handler ? await handler(request) : { status: 404, body: errorBody('not_found', `No fake for ${request.method} ${request.path}`) };
  if (answer === 'unreachable') throw new Error('connect ECONNREFUSED 127.0.0.1:4010');
  return { data: answer.body ?? null, status: answer.status, statusText: String(answer.status), headers: new AxiosHeaders(), config };
}

export const fakeApi = createApiClient({ baseUrl: () => 'http://portal.test', token: () => 'test-token' }, axios.create({ adapter }));
