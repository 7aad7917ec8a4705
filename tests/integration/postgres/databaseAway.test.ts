import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnreachableError, openDatabase } from '../../../server/db/connection';
import { freePort, startPgCluster, type PgCluster } from '../../support/pgCluster';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * The database away: at start a clear error; mid-way 503 `unavailable` with Retry-After and nothing half-written;
 * back again, the same server serves without a restart. Its own cluster, since it is stopped on purpose.
 */
describe('PostgreSQL unreachable', () => {
  let cluster: PgCluster;
  let s: TestServer;
  let token: string;

  beforeAll(async () => {
    cluster = await startPgCluster({ logPrefix: 'kcc-pg-away-' });
    const url = await cluster.createDatabase('away');
    s = await startTestServer({ databaseUrl: url });
    await s.addStaff('beheer', 'Geheim!2026x', ['admin']);
    token = await s.signIn('beheer', 'Geheim!2026x');
  });
  afterAll(async () => {
    await s?.close().catch(() => undefined);
    cluster?.stop();
  });

  it('at start: a clear error naming the database (without its password)', async () => {
    const port = await freePort();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-away-'));
    try {
      const opening = openDatabase({ dataDir: dir, databaseUrl: `postgres://kcc:geheim@127.0.0.1:${port}/kcc` });
      await expect(opening).rejects.toBeInstanceOf(DatabaseUnreachableError);
      await expect(opening).rejects.toThrow(`PostgreSQL op postgres://kcc:***@127.0.0.1:${port}/kcc is niet bereikbaar`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('mid-way: 503 with Retry-After, nothing half-written; then it recovers by itself', async () => {
    const create = (cidr: string) => s.api('POST', '/ip-ranges', { token, body: { cidr, admin: true, kcc: true, description: '' } });
    expect((await create('10.1.0.0/16')).status).toBe(201);
    cluster.pause();
    const away = await fetch(`${s.url}/api/v1/ip-ranges`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cidr: '10.2.0.0/16', admin: true, kcc: true, description: '' }),
    });
    expect(away.status).toBe(503);
    expect(away.headers.get('retry-after')).toBe('5');
    expect(((await away.json()) as { error: { code: string } }).error.code).toBe('unavailable');
    cluster.resume();
    // The pool opens new connections: the same server answers again, without a restart.
    const list = await s.api('GET', '/ip-ranges', { token });
    expect(list.status).toBe(200);
    expect((list.body.items as { cidr: string }[]).map((r) => r.cidr)).toEqual(['10.1.0.0/16']);
    expect((await create('10.3.0.0/16')).status).toBe(201);
    const verify = await s.api('GET', '/audit/verify', { token });
    expect(verify.body).toMatchObject({ ok: true });
  });
});
