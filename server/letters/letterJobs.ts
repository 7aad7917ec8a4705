import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { LetterJob, LetterPart } from '../../shared/api/customers';
import type { Clock } from '../clock';
import { forUpdate } from '../db/engine';
import type { DB } from '../db/schema';
import { ApiError, conflict, notFound } from '../errors';
import { fetchedOf, resultFilesOf, type JobRow } from '../jobs/jobRows';
import { ownJob } from '../jobs/jobStore';
import { letterFile } from './letterFolder';

/** How long made PDFs wait for their download, on the server's clock. */
export { RESULT_KEEP_MS as LETTER_KEEP_MS } from '../jobs/jobRunner';
const SWEEP_EVERY_MS = 60_000;
/**
 * How long a download in progress holds its mailing against a second one. The hold lives in the job's `fetched`
 * list (`sending:<part>@<until>`), so it holds on every instance; one whose server died mid-download ends by itself.
 */
const SEND_HOLD_MS = 15 * 60_000;
const holdOf = (part: LetterPart) => `sending:${part}@`;

/** A mailing handed out for download: `settle(true)` once all of it was sent (it is then deleted), else `settle(false)`. */
export interface TakenMailing {
  file: string;
  settle(sent: boolean): void;
}

/**
 * The letter PDFs of the durable letter jobs (server/jobs/): two per job, owner-only in the letters folder of
 * the data folder: mailing 1 (customer numbers and the portal address) and mailing 2 (activation codes). They
 * outlive a restart. Only the staff member who started the job gets them; each PDF is served once and deleted
 * after that download, and whatever is left an hour after it was made (server clock: a sweep every minute and
 * before every use).
 */
export class LetterJobs {
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {
    this.timer = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async status(id: string, staffId: number): Promise<LetterJob> {
    const j = await this.own(id, staffId);
    const fetched = fetchedOf(j);
    return {
      jobId: id,
      state: j.state === 'queued' || j.state === 'running' ? 'running' : j.state === 'done' || (j.state === 'cancelled' && j.result_files) ? 'done' : 'failed',
      done: j.done,
      total: j.total,
      error: j.error,
      fetched: ([1, 2] as const).filter((p) => fetched.includes(String(p))),
      expiresAt: j.expires_at,
    };
  }

  /** Refuses (throws) unless the caller may download `part` now; changes nothing. */
  async check(id: string, staffId: number, part: LetterPart): Promise<void> {
    await this.ready(id, staffId, part);
  }

  /**
   * Hands `part` out for one download; a second one (through any instance) waits for this one to settle (409) and
   * after it is refused. The hold is taken under the job row's lock, so of two downloads at once only one gets it.
   */
  async take(id: string, staffId: number, part: LetterPart): Promise<TakenMailing> {
    const { file } = await this.ready(id, staffId, part);
    await this.db.transaction().execute(async (trx) => {
      const row = await forUpdate(trx, trx.selectFrom('jobs').select(['fetched']).where('id', '=', id)).executeTakeFirstOrThrow();
      const list = fetchedOf(row);
      refuseTaken(list, part, this.clock.now().toISOString());
      const until = new Date(this.clock.now().getTime() + SEND_HOLD_MS).toISOString();
      const next = [...list.filter((x) => !x.startsWith(holdOf(part))), `${holdOf(part)}${until}`].sort();
      await trx.updateTable('jobs').set({ fetched: JSON.stringify(next) }).where('id', '=', id).execute();
    });
    let settled = false;
    return {
      file,
      settle: (sent) => {
        if (settled) return;
        settled = true;
        if (sent) fs.rmSync(file, { force: true });
        void this.settleHold(id, part, sent).catch(() => undefined);
      },
    };
  }

  /** Deletes the PDFs of every job whose hour has passed on the server's clock. */
  async sweep(): Promise<void> {
    const now = this.clock.now().toISOString();
    const expired = await this.db.selectFrom('jobs').selectAll().where('result_files', 'is not', null).where('expires_at', '<=', now).execute();
    for (const job of expired) await this.dropFiles(job);
  }

  close(): void {
    clearInterval(this.timer);
  }

  /** The download's hold ends: the part counts as fetched when it was all sent, else it can be tried again. */
  private async settleHold(id: string, part: LetterPart, sent: boolean): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await forUpdate(trx, trx.selectFrom('jobs').select(['fetched']).where('id', '=', id)).executeTakeFirst();
      if (!row) return;
      const kept = fetchedOf(row).filter((x) => !x.startsWith(holdOf(part)));
      const fetched = [...new Set([...kept, ...(sent ? [String(part)] : [])])].sort();
      await trx.updateTable('jobs').set({ fetched: JSON.stringify(fetched) }).where('id', '=', id).execute();
    });
  }

  private async dropFiles(job: JobRow): Promise<void> {
    for (const file of Object.values(resultFilesOf(job) ?? {})) fs.rmSync(file, { force: true });
    await this.db.updateTable('jobs').set({ result_files: null }).where('id', '=', job.id).execute();
  }

  /** The job as its own staff member sees it: unknown or expired → 404, another member's → 403. */
  private async own(id: string, staffId: number): Promise<JobRow> {
    await this.sweep();
    const job = await ownJob(this.db, id, staffId, 'Briefopdracht');
    if (job.expires_at !== null && job.result_files === null) throw notFound('Briefopdracht');
    return job;
  }

  private async ready(id: string, staffId: number, part: LetterPart): Promise<{ job: JobRow; file: string }> {
    const job = await this.own(id, staffId);
    const file = resultFilesOf(job)?.[String(part)];
    if (!file) {
      throw conflict(job.state === 'failed' ? 'Het maken van de brieven is mislukt.' : 'De brieven worden nog gemaakt.', {
        state: job.state === 'failed' ? 'failed' : 'running',
      });
    }
    refuseTaken(fetchedOf(job), part, this.clock.now().toISOString());
    return { job, file };
  }
}

/** Refuses a part already downloaded (404), or being downloaded now through any instance (409). */
function refuseTaken(fetched: readonly string[], part: LetterPart, nowIso: string): void {
  if (fetched.includes(String(part))) {
    throw new ApiError('not_found', `Verzending ${part} is al gedownload en daarna van de server verwijderd.`, { reason: 'already_downloaded' });
  }
  const hold = fetched.find((x) => x.startsWith(holdOf(part)));
  if (hold !== undefined && hold.slice(holdOf(part).length) > nowIso) throw conflict(`Verzending ${part} wordt op dit moment gedownload.`, { state: 'sending' });
}

/**
 * Letter PDFs in `dir` that belong to no job with live results (left by a crash, or of an expired job) go, and
 * so do the half-written files of a stopped server. The files of an open job are left alone: another server on the
 * same database and folder may be writing them right now.
 */
export async function removeOrphanLetters(db: Kysely<DB>, dir: string): Promise<void> {
  const live = new Set<string>();
  const rows = await db.selectFrom('jobs').select(['result_files']).where('result_files', 'is not', null).execute();
  for (const r of rows) for (const f of Object.values(resultFilesOf(r) ?? {})) live.add(path.basename(f));
  const open = await db.selectFrom('jobs').select('id').where('state', 'in', ['queued', 'running']).execute();
  const prefixes = open.map((j) => path.basename(letterFile(dir, j.id, 1)).replace(/-1\.pdf$/, '-'));
  for (const name of fs.readdirSync(dir)) {
    if (!/\.pdf(\.[0-9a-f-]+\.part)?$/.test(name) || live.has(name) || prefixes.some((p) => name.startsWith(p))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}
