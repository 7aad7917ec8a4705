import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../../shared/api/route';
import { routes, type RouteName } from '../../shared/api/routes/index';
import { handlers } from '../../server/routes/index';
import { startTestServer, type TestServer } from './support/testServer';

interface OpenApiDoc {
  paths: Record<string, Record<string, { operationId?: string; security?: unknown[] }>>;
}

// The route table is the only source of API routes: server, client and OpenAPI document follow from it.
describe('route table', () => {
  let s: TestServer;
  let doc: OpenApiDoc;
  beforeAll(async () => {
    s = await startTestServer();
    const res = await fetch(`${s.url}/api/openapi.json`);
    doc = (await res.json()) as OpenApiDoc;
  });
  afterAll(async () => s.close());

  const names = Object.keys(routes).sort();

  it('has exactly one handler per route, and no handler without a route', () => {
    expect(Object.keys(handlers).sort()).toEqual(names);
  });

  it('serves every table route and no API route outside the table (OpenAPI lists what the server registered)', () => {
    const served: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(path.startsWith(API_PREFIX), `${method} ${path} is outside ${API_PREFIX}`).toBe(true);
        served.push(`${method.toUpperCase()} ${path} ${op.operationId ?? '(no operationId)'}`);
      }
    }
    const expected = names.map((n) => {
      const r = routes[n as RouteName];
      return `${r.method} ${API_PREFIX}${r.path.replace(/:([A-Za-z]+)/g, '{$1}')} ${n}`;
    });
    expect(served.sort()).toEqual(expected.sort());
  });

  it('marks staff routes as needing the bearer token and public ones as not', () => {
    for (const [name, r] of Object.entries(routes)) {
      const op = doc.paths[`${API_PREFIX}${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`]?.[r.method.toLowerCase()];
      expect(op?.security, name).toEqual(r.access === 'public' ? [] : [{ bearer: [] }]);
    }
  });

  it('names audit actions for every mutating staff route', () => {
    for (const [name, r] of Object.entries(routes)) {
      if (r.access === 'public' || r.method === 'GET' || ('readOnly' in r && r.readOnly)) continue;
      expect('audit' in r && r.audit.length > 0, `${name} must name its audit action`).toBe(true);
    }
  });
});
