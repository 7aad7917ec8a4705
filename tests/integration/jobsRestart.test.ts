import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../shared/client';
import { hashPassword } from '../../server/security/passwords';
import { pdfPageTexts } from './support/pdfText';
import { dropDatabase, freshDatabaseUrl, openTestStore } from './support/testDatabase';
import { freePort } from '../e2e/ports';

// A durable job survives its server: a real `serve` process is killed (SIGKILL, no clean-up) half-way
// through a bulk-accounts job and started again on the same data folder; the job resumes and finishes with
// every item done exactly once (one account, one code, one audit entry per household). In the integration-pg
// project the process and the test share a fresh PostgreSQL database (`serve --db`), so the lease, the items and the
// takeover are PostgreSQL's.

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const HOUSEHOLDS = 40;
const numbers = Array.from({ length: HOUSEHOLDS }, (_, i) => `HM-0${String(72001 + i)}`);

function serve(dataDir: string, databaseUrl: string | null, port: number, env: Record<string, string>): { child: ChildProcess; log: () => string } {
  const db = databaseUrl ? ['--db', databaseUrl] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'cli.ts'), 'serve', '--data', dataDir, ...db, '--port', String(port)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return { child, log: () => out };
}

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

describe('a durable job and a killed server', () => {
  let dataDir: string;
  let databaseUrl: string | null = null;
  let running: ChildProcess | null = null;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-jobs-'));
    databaseUrl = await freshDatabaseUrl();
    const store = await openTestStore(dataDir, { databaseUrl });
    await store.db
      .insertInto('staff_users')
      .values({ username: 'beheer1', display_name: 'Beheer', password_hash: await hashPassword('Geheim!123'), roles: 'kcc-admin', created_at: new Date().toISOString() })
      .execute();
    await store.db
      .insertInto('households')
      .values(numbers.map((n, i) => ({ customer_number: n, name: `A. Jansen ${i}`, email: `a${i}@example.nl`, corr_street: 'Laan', corr_house_number: i + 1, corr_postcode: '3704 XC', corr_city: 'Zeist' })))
      .execute();
    await store.close();
  });
  afterAll(async () => {
    if (running && running.exitCode === null) {
      running.kill('SIGKILL');
      await exited(running);
    }
    await dropDatabase(databaseUrl);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes after SIGKILL and does each item exactly once', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const start = async (env: Record<string, string>) => {
      const s = serve(dataDir, databaseUrl, port, { KCC_JOB_LEASE_MS: '1000', KCC_JOB_CHUNK: '2', ...env });
      running = s.child;
      await waitUntil('the server', async () => ((await fetch(`${url}/api/v1/info`)).ok ? true : undefined));
      const anon = createApiClient({ baseUrl: () => url, token: () => null });
      const { token } = await anon.call('staff.signIn', { body: { username: 'beheer1', password: 'Geheim!123' } });
      return { s, api: createApiClient({ baseUrl: () => url, token: () => token }), token };
    };

    // 1. Slowed down (a pause after every 2 items), killed once a few chunks are in.
    const first = await start({ KCC_JOB_PACE_MS: '150' });
    const { jobId, total } = await first.api.call('bulk.accounts', { body: { filter: 'no_account' } });
    expect(total).toBe(HOUSEHOLDS);
    await waitUntil('progress', async () => {
      const j = await first.api.call('jobs.get', { params: { jobId } });
      return j.done >= 6 ? j : undefined;
    });
    first.s.child.kill('SIGKILL');
    await exited(first.s.child);

    const store = await openTestStore(dataDir, { databaseUrl });
    const itemsDone = async () => (await store.db.selectFrom('job_items').select('customer_number').where('job_id', '=', jobId).where('state', '=', 'done').execute()).map((r) => r.customer_number);
    const codes = async () =>
      new Map((await store.db.selectFrom('households').select(['customer_number', 'activation_code']).execute()).map((h) => [h.customer_number, h.activation_code]));
    const doneAtKill = await itemsDone();
    const codesAtKill = await codes();
    const job = await store.db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
    // Half-way: the progress counter, the items and their effects agree (each committed together).
    expect(job.state).toBe('running');
    expect(doneAtKill.length).toBeGreaterThanOrEqual(6);
    expect(doneAtKill.length).toBeLessThan(HOUSEHOLDS);
    expect(job.done).toBe(doneAtKill.length);
    expect(await store.db.selectFrom('accounts').select('customer_number').execute()).toHaveLength(doneAtKill.length);

    // 2. Started again on the same folder, at full speed: the lease of the dead process runs out and it resumes.
    const second = await start({});
    const finished = await waitUntil('the job to finish', async () => {
      const j = await second.api.call('jobs.get', { params: { jobId } });
      return j.state === 'done' ? j : undefined;
    });
    expect(finished).toMatchObject({ done: HOUSEHOLDS, total: HOUSEHOLDS, failed: 0 });

    const accounts = await store.db.selectFrom('accounts').select(['customer_number', 'username', 'confirmed_at']).orderBy('customer_number').execute();
    expect(accounts.map((a) => a.customer_number)).toEqual(numbers);
    expect(accounts.every((a) => a.confirmed_at === null && a.username === a.customer_number?.toLowerCase())).toBe(true);
    const perItem = await store.db.selectFrom('audit_log').select(['customer_number']).where('action', '=', 'job.item.account').execute();
    expect(perItem.map((a) => a.customer_number).sort()).toEqual(numbers);
    expect(await store.db.selectFrom('audit_log').select('id').where('action', '=', 'job.start').execute()).toHaveLength(1);
    // The households done before the kill kept the code they got then: nothing was done twice.
    const codesAfter = await codes();
    for (const n of doneAtKill) expect(codesAfter.get(n)).toBe(codesAtKill.get(n));

    // The letters come from the items' stored state: mailing 2 has every household's current code, once.
    const res = await fetch(`${url}/api/v1${finished.results[1]!.url}`, { headers: { authorization: `Bearer ${second.token}` } });
    expect(res.status).toBe(200);
    const pages = pdfPageTexts(Buffer.from(await res.arrayBuffer()));
    expect(pages).toHaveLength(HOUSEHOLDS);
    numbers.forEach((n, i) => expect(pages[i]).toContain(`Uw activeercode: ${codesAfter.get(n)}`));
    expect((await second.api.call('audit.verify')).ok).toBe(true);
    await store.close();

    second.s.child.kill('SIGTERM');
    await exited(second.s.child);
  });
});
