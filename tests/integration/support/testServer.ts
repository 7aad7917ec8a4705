import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeClock } from '../../../server/clock';
import { startServer, type RunningServer } from '../../../server/start';
import { hashPassword } from '../../../server/security/passwords';
import type { StaffRole } from '../../../shared/api/staff';

export interface TestServer extends RunningServer {
  clock: FakeClock;
  dataDir: string;
  /** Calls the API (path relative to /api/v1) like a client would, over real HTTP. */
  api(method: string, apiPath: string, opts?: { token?: string; body?: unknown; from?: string; headers?: Record<string, string> }): Promise<{ status: number; body: Record<string, unknown> & { error?: { code: string; message: string; details?: Record<string, unknown> } } }>;
  addStaff(username: string, password: string, roles: StaffRole[], displayName?: string): Promise<number>;
  signIn(username: string, password: string, from?: string): Promise<string>;
}

/**
 * A real portal server on a temporary data folder, listening on loopback. It trusts X-Forwarded-For from
 * loopback so tests can act as a workstation at any address (`from`), exactly as behind a reverse proxy.
 */
export async function startTestServer(opts: { prepare?: (dataDir: string) => Promise<void> } = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-it-'));
  if (opts.prepare) await opts.prepare(dataDir);
  const clock = new FakeClock();
  const server = await startServer({ dataDir, port: 0, clock, trustProxy: ['127.0.0.1', '::1'], demo: false });
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
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, never>) : {} };
  };
  return {
    ...server,
    clock,
    dataDir,
    api,
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
        .executeTakeFirstOrThrow();
      return Number(res.insertId);
    },
    async signIn(username, password, from) {
      const res = await api('POST', '/staff/sessions', { body: { username, password }, from });
      if (res.status !== 201) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token as unknown as string;
    },
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
