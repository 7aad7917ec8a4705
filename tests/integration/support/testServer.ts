import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeClock } from '../../../server/clock';
import { startServer, type RunningServer } from '../../../server/start';
import { hashPassword } from '../../../server/security/passwords';
import type { StaffRole } from '../../../shared/api/staff';
import type { ErrorInfo } from '../../../shared/api/errors';
import { ApiError, createApiClient, type ApiClient } from '../../../shared/client';
import { dropDatabase, freshDatabaseUrl } from './testDatabase';

export interface RawResponse {
  status: number;
  /** The parsed JSON (fields read as unknown; narrow or compare them), with the error typed when there is one. */
  body: Record<string, unknown> & { error?: ErrorInfo };
}

/** Awaits a call that must fail and returns its ApiError (fails the test when the call succeeds). */
export async function failure(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export interface TestServer extends RunningServer {
  clock: FakeClock;
  dataDir: string;
  /** The PostgreSQL database of this server (project integration-pg); null on SQLite. */
  databaseUrl: string | null;
  /**
   * Raw HTTP (path relative to /api/v1), for what the typed client cannot send: malformed bodies, foreign
   * headers, a forwarded address. Prefer `client()` for everything else.
   */
  api(method: string, apiPath: string, opts?: { token?: string; body?: unknown; from?: string; headers?: Record<string, string> }): Promise<RawResponse>;
  /** The app's own typed client (shared/client), signed in with `token`, optionally from a forwarded address. */
  client(token?: string | null, from?: string): ApiClient;
  addStaff(username: string, password: string, roles: StaffRole[], displayName?: string): Promise<number>;
  signIn(username: string, password: string, from?: string): Promise<string>;
}

/**
 * A real portal server on a temporary data folder, listening on loopback. It trusts X-Forwarded-For from
 * loopback so tests can act as a workstation at any address (`from`), exactly as behind a reverse proxy.
 */
export async function startTestServer(
  opts: { prepare?: (dataDir: string, databaseUrl: string | null) => Promise<void>; dataDir?: string; databaseUrl?: string | null } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-it-'));
  // On the PostgreSQL run (vitest project integration-pg) every server gets a fresh database, unless one is shared.
  const ownDatabase = opts.databaseUrl === undefined;
  const databaseUrl = ownDatabase ? await freshDatabaseUrl() : (opts.databaseUrl ?? null);
  if (opts.prepare) await opts.prepare(dataDir, databaseUrl);
  const clock = new FakeClock();
  const server = await startServer({ dataDir, databaseUrl, port: 0, clock, trustProxy: ['127.0.0.1', '::1'], demo: false });
  const api: TestServer['api'] = async (method, apiPath, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    if (o.from) headers['x-forwarded-for'] = o.from;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${server.url}/api/v1${apiPath}`, {
      method,
      headers,
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
    const text = await res.text();
    // Files (an .xlsx, a PDF) are not JSON: their body reads as {}; check headers instead.
    const json = (res.headers.get('content-type') ?? '').includes('json');
    return { status: res.status, body: text && json ? (JSON.parse(text) as RawResponse['body']) : {} };
  };
  const client: TestServer['client'] = (token = null, from) =>
    createApiClient(
      { baseUrl: () => server.url, token: () => token },
      undefined,
      from ? { 'x-forwarded-for': from } : undefined,
    );
  return {
    ...server,
    clock,
    dataDir,
    databaseUrl,
    api,
    client,
    async addStaff(username, password, roles, displayName) {
      const res = await server.store.db
        .insertInto('staff_users')
        .values({
          username,
          display_name: displayName ?? username,
          password_hash: await hashPassword(password),
          roles: roles.join(','),
          created_at: clock.now().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return res.id;
    },
    async signIn(username, password, from) {
      const res = await client(null, from).call('staff.signIn', { body: { username, password } });
      return res.token;
    },
    async close() {
      await server.close();
      if (ownDatabase) await dropDatabase(databaseUrl);
      if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
