import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuditWhat } from '../audit/audited';
import { writeAudit } from '../audit/auditLog';
import type { Clock } from '../clock';
import type { DB } from '../db/schema';
import type { JobItemRow, JobRow, ResultFiles } from './jobRows';

/** What one item came to; `audit` when the item changed something (one audit entry per item changed). */
export interface ItemOutcome {
  state: 'done' | 'skipped' | 'failed';
  message?: string;
  audit?: AuditWhat;
}

/** The work of one kind of job. */
export interface JobKindHandler {
  /** One item's effect, inside the transaction that also marks the item finished. */
  item(trx: Transaction<DB>, job: JobRow, item: JobItemRow, now: Date): Promise<ItemOutcome>;
  /**
   * After the last item (or a cancel): the result files, made from the items' stored state only, so running it
   * again after a restart gives the same result and repeats no item's effect. Null: no files.
   */
  finish(db: Kysely<DB>, job: JobRow, now: Date): Promise<ResultFiles | null>;
}

export interface RunnerOptions {
  /** How long a claim holds without renewal; another server may take the job over after it. */
  leaseMs: number;
  /** Items per transaction. */
  chunk: number;
  /** A pause after each chunk (0 in production; tests slow a job down to stop it half-way). */
  paceMs: number;
  /** How often idle runners look for jobs (queued elsewhere, or left by a stopped server). */
  pollMs: number;
}

/** From the environment: KCC_JOB_LEASE_MS, KCC_JOB_CHUNK, KCC_JOB_PACE_MS. */
export function runnerOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): RunnerOptions {
  const num = (name: string, fallback: number) => {
    const v = Number(env[name]);
    return Number.isFinite(v) && v >= 0 ? v : fallback;
  };
  const leaseMs = num('KCC_JOB_LEASE_MS', 30_000);
  return { leaseMs, chunk: Math.max(1, num('KCC_JOB_CHUNK', 100)), paceMs: num('KCC_JOB_PACE_MS', 0), pollMs: Math.min(5_000, Math.max(200, leaseMs / 2)) };
}

class LostLease extends Error {}

const BACKOFF_MS = 1_000;
/** Claims lost to another server in a row before this one waits for the next poll. */
const CLAIM_ATTEMPTS = 5;

/**
 * Runs the durable jobs of one server, one job at a time. A job is claimed in the database (lease owner and
 * expiry, renewed with every chunk), so several servers on one database never run the same job, and a job
 * whose server stopped is taken over once its lease has run out. Each chunk of items commits with the items'
 * effects, their finished marks, their audit entries and the job's progress: a restart resumes at the first
 * unfinished item and repeats nothing.
 */
export class JobRunner {
  readonly owner = randomUUID();
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly kinds: Readonly<Record<string, JobKindHandler>>,
    private readonly opts: RunnerOptions,
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.opts.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Looks for work now (after a job was queued); a loop already running looks again when it ends. */
  kick(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop()
      .catch((e: unknown) => this.onError(`jobs: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        this.running = null;
        if (this.again && !this.closed) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Stops after the chunk in hand and gives the lease back, so the next start (or another server) resumes at once. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Resolves when no job is being run (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    this.again = false;
    for (;;) {
      if (this.closed) return;
      const job = await this.claim();
      if (!job) return;
      await this.run(job);
    }
  }

  private leaseUntil(): string {
    return new Date(this.clock.now().getTime() + this.opts.leaseMs).toISOString();
  }

  /**
   * Takes the oldest queued job, or a running one whose lease ran out. The UPDATE repeats the SELECT's condition,
   * so of several servers that picked the same job only one gets it (on PostgreSQL the loser's UPDATE waits for the
   * winner's row lock and then finds the lease taken); the loser looks again for another job.
   */
  private async claim(): Promise<JobRow | undefined> {
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const now = this.clock.now().toISOString();
      const open = await this.db
        .selectFrom('jobs')
        .select('id')
        .where('state', 'in', ['queued', 'running'])
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .orderBy('created_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (!open) return undefined;
      const claimed = await this.db
        .updateTable('jobs')
        .set({ state: 'running', lease_owner: this.owner, lease_until: this.leaseUntil() })
        .where('id', '=', open.id)
        .where('state', 'in', ['queued', 'running'])
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .returningAll()
        .executeTakeFirst();
      if (claimed) return claimed;
    }
    return undefined;
  }

  /** Renews the lease while `work` runs outside a chunk (the result files of a large job take longer than a lease). */
  private async holdingLease<T>(jobId: string, work: () => Promise<T>): Promise<T> {
    const renew = () =>
      void this.db
        .updateTable('jobs')
        .set({ lease_until: this.leaseUntil() })
        .where('id', '=', jobId)
        .where('lease_owner', '=', this.owner)
        .execute()
        .catch(() => undefined);
    const timer = setInterval(renew, Math.max(50, this.opts.leaseMs / 3));
    timer.unref();
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  private async run(claimed: JobRow): Promise<void> {
    const kind = this.kinds[claimed.kind];
    try {
      if (!kind) throw new Error(`Onbekend soort opdracht: ${claimed.kind}`);
      for (;;) {
        if (this.closed) return this.release(claimed.id);
        const job = await this.db.selectFrom('jobs').selectAll().where('id', '=', claimed.id).executeTakeFirstOrThrow();
        if (job.lease_owner !== this.owner) return;
        const items =
          job.cancel_requested === 1
            ? []
            : await this.db
                .selectFrom('job_items')
                .selectAll()
                .where('job_id', '=', job.id)
                .where('state', '=', 'pending')
                .orderBy('seq')
                .limit(this.opts.chunk)
                .execute();
        if (items.length === 0) return await this.finish(job, kind);
        try {
          await this.chunk(job, items, kind);
        } catch (e) {
          // A deadlock or serialisation failure (PostgreSQL) rolled the chunk back: try it again, do not fail the job.
          if (!isRetryable(e)) throw e;
          this.onError(`job ${job.id}: chunk rolled back (${e instanceof Error ? e.message : String(e)}), trying again`);
          await pause(BACKOFF_MS);
          continue;
        }
        await pause(this.opts.paceMs);
      }
    } catch (e) {
      if (e instanceof LostLease) return;
      const message = e instanceof Error ? e.message : String(e);
      this.onError(`job ${claimed.id} failed: ${message}`);
      await this.db
        .updateTable('jobs')
        .set((eb) => ({ state: 'failed', error: message, finished_at: this.clock.now().toISOString(), lease_owner: null, lease_until: null, version: eb('version', '+', 1) }))
        .where('id', '=', claimed.id)
        .where('lease_owner', '=', this.owner)
        .execute();
      await pause(BACKOFF_MS);
    }
  }

  /** One transaction: the lease renewed (or the chunk abandoned), each item's effect, mark and audit entry, the progress. */
  private async chunk(job: JobRow, items: readonly JobItemRow[], kind: JobKindHandler): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const now = this.clock.now();
      const renewed = await trx
        .updateTable('jobs')
        .set({ lease_until: this.leaseUntil() })
        .where('id', '=', job.id)
        .where('lease_owner', '=', this.owner)
        .executeTakeFirst();
      if (Number(renewed.numUpdatedRows) !== 1) throw new LostLease();
      let failed = 0;
      const audits: AuditWhat[] = [];
      for (const item of items) {
        const outcome = await kind.item(trx, job, item, now);
        const marked = await trx
          .updateTable('job_items')
          .set({ state: outcome.state, message: outcome.message ?? null, done_at: now.toISOString() })
          .where('job_id', '=', job.id)
          .where('seq', '=', item.seq)
          .where('state', '=', 'pending')
          .executeTakeFirst();
        // Only a pending item is done: should it already be finished, the whole chunk rolls back.
        if (Number(marked.numUpdatedRows) !== 1) throw new LostLease();
        if (outcome.state === 'failed') failed++;
        if (outcome.audit) audits.push(outcome.audit);
      }
      // The audit entries after all the chunk's effects, in item order: the chain head's row lock is then taken
      // last, as every other audited transaction takes it (after its work). Taken per item, a staff member's edit
      // of a household later in the chunk would wait for the head while the chunk waited for that household: a
      // deadlock on PostgreSQL.
      for (const audit of audits) {
        await writeAudit(trx, {
          at: now.toISOString(),
          actorId: job.staff_id,
          actor: job.staff_username,
          roles: job.staff_roles.split(','),
          action: audit.action,
          target: audit.target ?? null,
          customerNumber: audit.customerNumber ?? null,
          sourceAddress: job.source_address,
          details: { jobId: job.id, ...(audit.details ?? {}) },
        });
      }
      await trx
        .updateTable('jobs')
        .set((eb) => ({ done: eb('done', '+', items.length), failed: eb('failed', '+', failed) }))
        .where('id', '=', job.id)
        .execute();
    });
  }

  private async finish(job: JobRow, kind: JobKindHandler): Promise<void> {
    const files = await this.holdingLease(job.id, () => kind.finish(this.db, job, this.clock.now()));
    const now = this.clock.now();
    await this.db
      .updateTable('jobs')
      .set((eb) => ({
        state: job.cancel_requested === 1 ? 'cancelled' : 'done',
        result_files: files ? JSON.stringify(files) : null,
        finished_at: now.toISOString(),
        expires_at: files ? new Date(now.getTime() + RESULT_KEEP_MS).toISOString() : null,
        lease_owner: null,
        lease_until: null,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', job.id)
      .where('lease_owner', '=', this.owner)
      .execute();
  }

  private async release(jobId: string): Promise<void> {
    await this.db.updateTable('jobs').set({ lease_owner: null, lease_until: null }).where('id', '=', jobId).where('lease_owner', '=', this.owner).execute();
  }
}

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction did nothing and may simply run again. */
function isRetryable(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : null;
  return code === '40P01' || code === '40001';
}

/** How long result files wait for their download, on the server's clock. */
export const RESULT_KEEP_MS = 3_600_000;

const pause = (ms: number) => new Promise<void>((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));
