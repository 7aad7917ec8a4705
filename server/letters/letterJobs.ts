import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { letterParts, type LetterJob, type LetterPart } from '../../shared/api/customers';
import type { Clock } from '../clock';
import { ApiError, conflict, notFound } from '../errors';
import { writeMailings, type LetterAddressee, type LetterContext } from './activationLetters';
import { letterFile, prepareLetterFolder } from './letterFolder';

/** How long made PDFs wait for their download, on the server's clock. */
export const LETTER_KEEP_MS = 3_600_000;
const SWEEP_EVERY_MS = 60_000;

/** A mailing's PDF: on disk and free, being sent right now, or sent once and deleted. */
type MailingState = 'ready' | 'sending' | 'fetched';

interface Job {
  state: LetterJob['state'];
  done: number;
  total: number;
  error: string | null;
  staffId: number;
  /** Server-clock milliseconds; null while the PDFs are being made. */
  expiresAt: number | null;
  files: Record<LetterPart, string>;
  mailings: Record<LetterPart, MailingState>;
}

/** A mailing handed out for download: `settle(true)` once all of it was sent (it is then deleted), else `settle(false)`. */
export interface TakenMailing {
  file: string;
  settle(sent: boolean): void;
}

// The letters hold activation codes: whatever is still on disk goes when the process ends.
const liveFiles = new Set<string>();
let exitHook = false;
function track(file: string): void {
  liveFiles.add(file);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const f of liveFiles) fs.rmSync(f, { force: true });
  });
}
function remove(file: string): void {
  liveFiles.delete(file);
  fs.rmSync(file, { force: true });
}

/**
 * Letter jobs live in this process, one set per server (a restart forgets them and the next start deletes
 * their PDFs; the codes are stored, so a new run simply makes new letters). Each job writes two PDFs
 * owner-only into `dir`, a folder in the server's data folder: mailing 1 (customer numbers and the portal
 * address) and mailing 2 (activation codes). Only the staff member who started the job sees it; each PDF is
 * served once and deleted after that download, and whatever is left an hour after it was made (server
 * clock: a sweep every minute and before every use), when the server closes, or when the process ends.
 */
export class LetterJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly dir: string,
    private readonly clock: Clock,
  ) {
    prepareLetterFolder(dir);
    this.timer = setInterval(() => this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  start(letters: readonly LetterAddressee[], ctx: LetterContext, staffId: number): string {
    this.sweep();
    const id = randomUUID();
    const files = { 1: letterFile(this.dir, id, 1), 2: letterFile(this.dir, id, 2) };
    const job: Job = { state: 'running', done: 0, total: letters.length, error: null, staffId, expiresAt: null, files, mailings: { 1: 'ready', 2: 'ready' } };
    this.jobs.set(id, job);
    for (const part of letterParts) track(files[part]);
    void writeMailings(files, letters, ctx, (done) => {
      job.done = done;
    })
      .then(() => {
        job.state = 'done';
      })
      .catch((e: unknown) => {
        job.state = 'failed';
        job.error = e instanceof Error ? e.message : String(e);
        for (const part of letterParts) remove(files[part]);
      })
      .finally(() => {
        job.expiresAt = this.clock.now().getTime() + LETTER_KEEP_MS;
      });
    return id;
  }

  status(id: string, staffId: number): LetterJob {
    const j = this.own(id, staffId);
    return {
      jobId: id,
      state: j.state,
      done: j.done,
      total: j.total,
      error: j.error,
      fetched: letterParts.filter((p) => j.mailings[p] === 'fetched'),
      expiresAt: j.expiresAt === null ? null : new Date(j.expiresAt).toISOString(),
    };
  }

  /** Refuses (throws) unless the caller may download `part` now; changes nothing. */
  check(id: string, staffId: number, part: LetterPart): void {
    this.ready(id, staffId, part);
  }

  /** Hands `part` out for one download; a second one waits for this one to settle (409) and after it is refused. */
  take(id: string, staffId: number, part: LetterPart): TakenMailing {
    const job = this.ready(id, staffId, part);
    job.mailings[part] = 'sending';
    let settled = false;
    return {
      file: job.files[part],
      settle: (sent) => {
        if (settled) return;
        settled = true;
        job.mailings[part] = sent ? 'fetched' : 'ready';
        if (sent) remove(job.files[part]);
      },
    };
  }

  /** Drops every job whose PDFs have waited their hour on the server's clock, with its files. */
  sweep(): void {
    const now = this.clock.now().getTime();
    for (const [id, job] of this.jobs) if (job.expiresAt !== null && job.expiresAt <= now) this.drop(id);
  }

  /** The server closes: no more sweeps, and every PDF goes. */
  close(): void {
    clearInterval(this.timer);
    for (const id of [...this.jobs.keys()]) this.drop(id);
  }

  private drop(id: string): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    for (const part of letterParts) remove(job.files[part]);
  }

  /** The job as its own staff member sees it: unknown or expired → 404, another member's → 403. */
  private own(id: string, staffId: number): Job {
    this.sweep();
    const job = this.jobs.get(id);
    if (!job) throw notFound('Briefopdracht');
    if (job.staffId !== staffId) {
      throw new ApiError('forbidden', 'Alleen de medewerker die deze brieven heeft gemaakt, kan ze ophalen.', { reason: 'not_job_owner' });
    }
    return job;
  }

  private ready(id: string, staffId: number, part: LetterPart): Job {
    const job = this.own(id, staffId);
    if (job.state !== 'done') {
      throw conflict(job.state === 'failed' ? 'Het maken van de brieven is mislukt.' : 'De brieven worden nog gemaakt.', { state: job.state });
    }
    const state = job.mailings[part];
    if (state === 'fetched') {
      throw new ApiError('not_found', `Verzending ${part} is al gedownload en daarna van de server verwijderd.`, { reason: 'already_downloaded' });
    }
    if (state === 'sending') throw conflict(`Verzending ${part} wordt op dit moment gedownload.`, { state: 'sending' });
    return job;
  }
}
