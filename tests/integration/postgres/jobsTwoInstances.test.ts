import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobEngine } from '../../../server/jobs/jobEngine';
import { createApiClient } from '../../../shared/client';
import { importFields } from '../../../shared/domain/importColumns';
import { pdfPageTexts } from '../support/pdfText';
import { dropDatabase, freshDatabaseUrl, testEngine } from '../support/testDatabase';
import { spawnServe } from '../support/serveProcess';
import { failure, startTestServer, type TestServer } from '../support/testServer';

/**
 * Durable jobs on two (three) server instances sharing one PostgreSQL database and data folder: each job is run by
 * one instance at a time (its lease), every item is done exactly once, and the job of an instance killed with
 * SIGKILL is finished by another once its lease has run out. (Only in the integration-pg project.)
 */
describe('durable jobs on several instances of one PostgreSQL database', () => {
  let url: string;
  let dataDir: string;
  let a: TestServer;
  let b: TestServer;
  let token: string;

  const households = async (prefix: number, n: number): Promise<string[]> => {
    const numbers = Array.from({ length: n }, (_, i) => `HM-0${String(prefix + i)}`);
    await a.store.db
      .insertInto('households')
      .values(numbers.map((c, i) => ({ customer_number: c, name: `B. de Vries ${i}`, corr_street: 'Laan', corr_house_number: i + 1, corr_postcode: '3704 XC', corr_city: 'Zeist' })))
      .execute();
    return numbers;
  };
  /** The customer numbers of the per-item audit entries of these households (one per item done). */
  const itemAudits = async (numbers: readonly string[]) =>
    (await a.store.db.selectFrom('audit_log').select('customer_number').where('action', '=', 'job.item.activation_code').where('customer_number', 'in', numbers).execute())
      .map((r) => r.customer_number ?? '')
      .sort();
  const codes = async (numbers: readonly string[]) =>
    new Map((await a.store.db.selectFrom('households').select(['customer_number', 'activation_code']).where('customer_number', 'in', numbers).execute()).map((h) => [h.customer_number, h.activation_code]));

  beforeAll(async () => {
    expect(testEngine).toBe('postgres');
    url = (await freshDatabaseUrl()) as string;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-jobs2-'));
    // Small chunks with a pause after each, so jobs overlap and stop half-way; read by each runner at its start.
    Object.assign(process.env, { KCC_JOB_CHUNK: '2', KCC_JOB_PACE_MS: '30', KCC_JOB_LEASE_MS: '1000' });
    a = await startTestServer({ databaseUrl: url, dataDir });
    b = await startTestServer({ databaseUrl: url, dataDir });
    for (const k of ['KCC_JOB_CHUNK', 'KCC_JOB_PACE_MS', 'KCC_JOB_LEASE_MS']) delete process.env[k];
    await a.addStaff('beheer1', 'Geheim!123', ['kcc-admin']);
    token = await a.signIn('beheer1', 'Geheim!123');
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropDatabase(url);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('letter jobs started on both instances: both run jobs, each item is done exactly once, one download in all', async () => {
    const numbers = await households(91001, 64);
    const lists = [0, 1, 2, 3].map((k) => numbers.slice(k * 16, k * 16 + 16));
    const owners = new Set<string>();
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        for (const j of await a.store.db.selectFrom('jobs').select('lease_owner').where('state', '=', 'running').execute()) if (j.lease_owner) owners.add(j.lease_owner);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const started = await Promise.all(lists.map((list, k) => (k % 2 ? b : a).client(token).call('bulk.letters', { body: { customerNumbers: list } })));
    for (const { jobId } of started) {
      await expect.poll(async () => (await b.client(token).call('jobs.get', { params: { jobId } })).state, { timeout: 30_000, interval: 100 }).toBe('done');
    }
    watching = false;
    await watcher;

    for (const { jobId } of started) expect(await a.client(token).call('jobs.get', { params: { jobId } })).toMatchObject({ state: 'done', done: 16, total: 16, failed: 0 });
    const items = await a.store.db.selectFrom('job_items').select(['customer_number', 'state']).where('customer_number', 'in', numbers).execute();
    expect(items.filter((i) => i.state === 'done').map((i) => i.customer_number).sort()).toEqual([...numbers].sort());
    // One audit entry per household: no item was done by both instances.
    expect(await itemAudits(numbers)).toEqual([...numbers].sort());
    // Both instances' runners held a job; nobody else did.
    expect([...owners].sort()).toEqual([jobEngine(a.app).runner.owner, jobEngine(b.app).runner.owner].sort());

    // The letters of a job run anywhere are served by either instance (shared folder), each mailing once in all.
    const { jobId } = started[0]!;
    const current = await codes(lists[0]!);
    const pdf = Buffer.from(await b.client(token).call('letters.pdf', { params: { jobId, part: 2 } }));
    const pages = pdfPageTexts(pdf);
    expect(pages).toHaveLength(16);
    lists[0]!.forEach((n, i) => expect(pages[i]).toContain(`Uw activeercode: ${current.get(n)}`));
    await expect.poll(async () => (await failure(a.client(token).call('letters.pdf', { params: { jobId, part: 2 } }))).code, { timeout: 5_000 }).toBe('not_found');
    // Mailing 1 asked through both instances at once: one download gets it, the other is refused (409 while the
    // first is sending, 404 after it); every job's mailing 1 the same way.
    for (const { jobId: id } of started) {
      const both = await Promise.allSettled([a, b].map((s) => s.client(token).call('letters.pdf', { params: { jobId: id, part: 1 } })));
      expect(both.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = (both.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason as { status: number };
      expect([404, 409]).toContain(refused.status);
    }
    expect((await a.client(token).call('audit.verify', {})).ok).toBe(true);
  });

  it('one import file committed through both instances at once: its customers are made once, the other commit finds them', async () => {
    const numbers = Array.from({ length: 300 }, (_, i) => `HM-0${String(93001 + i)}`);
    const cells = (n: string, i: number): Record<string, string> => ({
      customerNumber: n,
      name: `C. Smit ${i}`,
      street: 'Kerkweg',
      houseNumber: String(i + 1),
      postcode: '1234 AB',
      city: 'Utrecht',
      email: `c${i}@example.nl`,
    });
    const file = Buffer.from(
      [importFields.map((f) => f.header).join(';'), ...numbers.map((n, i) => importFields.map((f) => cells(n, i)[f.key] ?? '').join(';'))].join('\r\n'),
      'utf8',
    );
    const run = (s: TestServer) => s.client(token).call('imports.run', { query: { dryRun: false }, upload: { bytes: file, contentType: 'text/csv' } });
    const results = await Promise.all([run(a), run(b)]);
    expect(results.every((r) => r.committed && r.errors.length === 0)).toBe(true);
    expect(results.map((r) => r.create).sort((x, y) => x - y)).toEqual([0, 300]);
    expect(results.map((r) => r.unchanged).sort((x, y) => x - y)).toEqual([0, 300]);
    const made = await a.store.db.selectFrom('households').select('customer_number').where('customer_number', 'in', numbers).execute();
    expect(made).toHaveLength(300);
    // The lookup index of the other instance's database finds them (one database, triggers).
    expect((await b.client(token).call('customers.search', { query: { q: 'Smit 299' } })).items.map((r) => r.customerNumber)).toContain('HM-093300');
  });

  it('a customer group edited through both instances at once: one edit wins, the other is stale (409)', async () => {
    let g = await a.client(token).call('groups.create', { body: { name: 'Twee servers', description: '', rights: ['household'] } });
    // Several rounds: the two edits overlap in most of them (both read the version before either writes).
    for (let round = 0; round < 10; round++) {
      const version = g.version;
      const edit = (s: TestServer) => s.client(token).call('groups.update', { params: { id: g.id }, body: { description: `ronde ${round} via ${s === a ? 'A' : 'B'}`, version } });
      const outcomes = await Promise.allSettled([edit(a), edit(b)]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect((await failure(Promise.reject(lost.reason))).status).toBe(409);
      const now = (await b.client(token).call('groups.list', {})).items.find((x) => x.id === g.id);
      expect(now?.version).toBe(version + 1);
      g = now!;
    }
  });

  it('staff editing households of a running job through the other instance: no deadlock, the job and every edit go through', async () => {
    const numbers = await households(94001, 40);
    const { jobId } = await a.client(token).call('bulk.letters', { body: { customerNumbers: numbers } });
    // New codes for the same households through B while A's runner gives them theirs (each an audited change).
    const edits: Promise<unknown>[] = [];
    for (let round = 0; round < 3; round++) {
      for (const n of [...numbers].reverse()) edits.push(b.client(token).call('activation.regenerate', { params: { customerNumber: n } }));
      await new Promise((r) => setTimeout(r, 40));
    }
    const outcomes = await Promise.allSettled(edits);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
    await expect.poll(async () => (await a.client(token).call('jobs.get', { params: { jobId } })).state, { timeout: 30_000, interval: 100 }).toBe('done');
    expect(await a.client(token).call('jobs.get', { params: { jobId } })).toMatchObject({ done: 40, failed: 0 });
    expect(await itemAudits(numbers)).toEqual([...numbers].sort());
    expect((await a.client(token).call('audit.verify', {})).ok).toBe(true);
  });

  it('kill -9 of the instance running a job: another takes it over once the lease ran out, and does each item once', { timeout: 90_000 }, async () => {
    const numbers = await households(92001, 40);
    const child = await spawnServer(url, dataDir, { KCC_JOB_CHUNK: '2', KCC_JOB_PACE_MS: '150', KCC_JOB_LEASE_MS: '1000' });
    try {
      // The child runs on the real clock (the test servers on fake ones, still at 2026-11-02): it signs in itself.
      const { token: own } = await createApiClient({ baseUrl: () => child.url, token: () => null }).call('staff.signIn', {
        body: { username: 'beheer1', password: 'Geheim!123' },
      });
      const c = createApiClient({ baseUrl: () => child.url, token: () => own });
      const { jobId, total } = await c.call('bulk.letters', { body: { customerNumbers: numbers } });
      expect(total).toBe(40);
      await expect.poll(async () => (await c.call('jobs.get', { params: { jobId } })).done, { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(6);
      child.process.kill('SIGKILL');
      await exited(child.process);

      const row = async () => a.store.db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
      const atKill = await row();
      const doneAtKill = (await a.store.db.selectFrom('job_items').select('customer_number').where('job_id', '=', jobId).where('state', '=', 'done').execute()).map((r) => r.customer_number);
      const codesAtKill = await codes(numbers);
      expect(atKill.state).toBe('running');
      expect(atKill.done).toBe(doneAtKill.length);
      expect(doneAtKill.length).toBeLessThan(40);
      const deadOwner = atKill.lease_owner;
      expect(deadOwner).not.toBeNull();
      expect([jobEngine(a.app).runner.owner, jobEngine(b.app).runner.owner]).not.toContain(deadOwner);

      // B's clock just before the dead instance's lease ends: B polls (every 500 ms) and leaves the job alone.
      const until = new Date(atKill.lease_until as string).getTime();
      b.clock.advance(until - 1 - b.clock.now().getTime());
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await row()).toMatchObject({ lease_owner: deadOwner, done: atKill.done });

      // Past the lease: B takes the job over and finishes it.
      b.clock.advance(2);
      await expect.poll(async () => (await row()).state, { timeout: 30_000, interval: 100 }).toBe('done');
      const finished = await a.client(token).call('jobs.get', { params: { jobId } });
      expect(finished).toMatchObject({ done: 40, total: 40, failed: 0 });
      expect(await itemAudits(numbers)).toEqual([...numbers].sort());
      const after = await codes(numbers);
      // The households done before the kill kept their code: nothing was done twice.
      for (const n of doneAtKill) expect(after.get(n)).toBe(codesAtKill.get(n));
      const pages = pdfPageTexts(Buffer.from(await a.client(token).call('letters.pdf', { params: { jobId, part: 2 } })));
      expect(pages).toHaveLength(40);
      numbers.forEach((n, i) => expect(pages[i]).toContain(`Uw activeercode: ${after.get(n)}`));
      expect((await a.client(token).call('audit.verify', {})).ok).toBe(true);
    } finally {
      child.process.kill('SIGKILL');
    }
  });
});

const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

/** The real CLI in its own process (`serve --db`), so it can be killed with SIGKILL. */
function spawnServer(url: string, dataDir: string, env: Record<string, string>): Promise<{ url: string; process: ChildProcess }> {
  return spawnServe(url, dataDir, { env });
}
