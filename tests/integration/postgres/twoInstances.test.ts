import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresNotifyBus } from '../../../server/events/notifyBus';
import { hashPassword } from '../../../server/security/passwords';
import { createApiClient } from '../../../shared/client';
import { dropDatabase, freshDatabaseUrl, testEngine } from '../support/testDatabase';
import { spawnServe } from '../support/serveProcess';
import { failure, startTestServer, type TestServer } from '../support/testServer';

/**
 * Several portal server instances on one PostgreSQL database behave as one server: sessions, lockouts and the
 * audit chain live in the database. (Only in the integration-pg project: SQLite is one process's file.)
 */
describe('two server instances on one PostgreSQL database', () => {
  let url: string;
  let dataDir: string;
  let a: TestServer;
  let b: TestServer;
  let adminToken: string;

  beforeAll(async () => {
    expect(testEngine).toBe('postgres');
    url = (await freshDatabaseUrl()) as string;
    // Shared data folder: the audit key and the signed checkpoints are the cluster's, not one instance's.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-two-'));
    a = await startTestServer({ databaseUrl: url, dataDir });
    b = await startTestServer({ databaseUrl: url, dataDir });
    await a.addStaff('beheer', 'Geheim!2026x', ['admin', 'kcc-admin']);
    adminToken = await a.signIn('beheer', 'Geheim!2026x');
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropDatabase(url);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('a staff session made on one instance works on the other, and signing out there ends it on both', async () => {
    const token = await b.signIn('beheer', 'Geheim!2026x');
    expect((await a.client(token).call('staff.me', {})).username).toBe('beheer');
    expect((await b.client(adminToken).call('staff.me', {})).username).toBe('beheer');
    await b.client(token).call('staff.signOut', {});
    expect((await failure(a.client(token).call('staff.me', {}))).status).toBe(401);
  });

  it('a tenant locked out through one instance is blocked on the other', async () => {
    await a.store.db.insertInto('accounts').values({
      username: 'twee.test',
      email: 'twee@example.nl',
      password_hash: await hashPassword('Sterk!2026x'),
      confirmed_at: a.clock.now().toISOString(),
      created_at: a.clock.now().toISOString(),
    }).execute();
    const signIn = (s: TestServer, password: string) => s.client().call('portal.signIn', { body: { username: 'twee.test', password } });
    for (let i = 0; i < 4; i++) expect((await failure(signIn(i % 2 ? a : b, 'Fout!2026x'))).status).toBe(401);
    expect((await failure(signIn(a, 'Fout!2026x'))).status).toBe(423);
    const other = await failure(signIn(b, 'Sterk!2026x'));
    expect(other.status).toBe(423);
    expect(other.code).toBe('account_blocked');
  });

  it('audited writes on both instances at once make one chain that verifies', async () => {
    const create = (s: TestServer, i: number) =>
      s.client(adminToken).call('ipRanges.create', { body: { cidr: `10.${i}.0.0/16`, admin: true, kcc: true, description: `net ${i}` } });
    const before = (await a.store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    await Promise.all(Array.from({ length: 40 }, (_, i) => create(i % 2 ? a : b, i)));
    const after = (await a.store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    expect(after - before).toBeGreaterThanOrEqual(40);
    for (const s of [a, b]) {
      const v = await s.client(adminToken).call('audit.verify', {});
      expect(v).toMatchObject({ ok: true, firstBrokenId: null });
      expect(v.checked).toBe(after);
    }
  });

  it('an event published on one instance reaches the listeners of both, at commit, and not after a rollback', async () => {
    const seen: { a: string[]; b: string[] } = { a: [], b: [] };
    a.store.events.subscribe((e) => seen.a.push(`${e.type}:${String(e.data.id)}`));
    b.store.events.subscribe((e) => seen.b.push(`${e.type}:${String(e.data.id)}`));
    for (const s of [a, b]) if (s.store.events instanceof PostgresNotifyBus) await s.store.events.listen();
    await a.store.db
      .transaction()
      .execute(async (trx) => {
        await a.store.events.publish({ type: 'test.rolled_back', data: { id: 0 } }, trx);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    await a.store.events.publish({ type: 'test.changed', data: { id: 1 } });
    await b.store.db.transaction().execute((trx) => b.store.events.publish({ type: 'test.changed', data: { id: 2 } }, trx));
    await expect.poll(() => seen.b.length, { timeout: 5_000 }).toBe(2);
    await expect.poll(() => seen.a.length, { timeout: 5_000 }).toBe(2);
    expect(seen.a.sort()).toEqual(['test.changed:1', 'test.changed:2']);
    expect(seen.b.sort()).toEqual(['test.changed:1', 'test.changed:2']);
  });

  it('kill -9 of one instance mid-write: every answered write is there, the chain verifies, the other keeps serving', async () => {
    const child = await spawnServer(url, dataDir);
    try {
      // The child runs on the real clock (the test servers on a fake one): it signs in itself.
      const { token } = await createApiClient({ baseUrl: () => child.url, token: () => null }).call('staff.signIn', {
        body: { username: 'beheer', password: 'Geheim!2026x' },
      });
      const c = createApiClient({ baseUrl: () => child.url, token: () => token });
      const answered: string[] = [];
      const errors: unknown[] = [];
      let i = 0;
      const writer = async () => {
        for (;;) {
          const cidr = `172.${16 + (i % 16)}.${Math.floor(i / 16) % 256}.0/24`;
          i++;
          try {
            await c.call('ipRanges.create', { body: { cidr, admin: false, kcc: true, description: 'kill test' } });
            answered.push(cidr);
          } catch (error) {
            errors.push(error);
            return;
          }
        }
      };
      const writers = [writer(), writer(), writer()];
      while (answered.length < 15 && errors.length === 0) await new Promise((r) => setTimeout(r, 20));
      expect(errors).toEqual([]);
      child.process.kill('SIGKILL');
      await Promise.all(writers);
      const stored = new Set(
        (await a.store.db.selectFrom('ip_ranges').select('cidr').where('description', '=', 'kill test').execute()).map((r) => r.cidr),
      );
      for (const cidr of answered) expect(stored.has(cidr)).toBe(true);
      // Every stored range has its audit entry (change and entry commit together).
      const entries = await a.store.db.selectFrom('audit_log').select('target').where('action', '=', 'ip_range.create').execute();
      const ranges = await a.store.db.selectFrom('ip_ranges').select('id').execute();
      expect(entries.length).toBe(ranges.length);
      expect(stored.size).toBeGreaterThanOrEqual(answered.length);
      const v = await a.client(adminToken).call('audit.verify', {});
      expect(v).toMatchObject({ ok: true });
      expect((await a.client(adminToken).call('staff.me', {})).username).toBe('beheer');
    } finally {
      child.process.kill('SIGKILL');
    }
  });
});

/** The real CLI in its own process (`serve --db`), so it can be killed with SIGKILL. */
function spawnServer(url: string, dataDir: string): Promise<{ url: string; process: ChildProcess }> {
  return spawnServe(url, dataDir, { args: ['--trust-proxy', '127.0.0.1'] });
}
