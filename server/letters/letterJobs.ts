import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { LetterJob } from '../../shared/api/customers';
import { writeActivationLetters, type LetterAddressee } from './activationLetters';
import { letterFile, prepareLetterFolder } from './letterFolder';

interface Job {
  state: LetterJob['state'];
  done: number;
  total: number;
  error: string | null;
  file: string;
  staffId: number;
}

const KEEP_MS = 3600_000;

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

/**
 * Letter jobs live in this process, one set per server (a restart forgets them; the codes are already
 * stored, so a new run simply makes new letters). The PDF (it holds activation codes) is written owner-only
 * into `dir`, a folder in the server's data folder, and removed after an hour, when the server closes, or at
 * the latest when the process ends (or the next one starts).
 */
export class LetterJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly dir: string) {
    prepareLetterFolder(dir);
  }

  start(letters: LetterAddressee[], portalUrl: string, staffId: number): string {
    const id = randomUUID();
    const file = letterFile(this.dir, id);
    const job: Job = { state: 'running', done: 0, total: letters.length, error: null, file, staffId };
    this.jobs.set(id, job);
    track(file);
    void writeActivationLetters(file, letters, portalUrl, (done) => {
      job.done = done;
    })
      .then(() => {
        job.state = 'done';
      })
      .catch((e: unknown) => {
        job.state = 'failed';
        job.error = e instanceof Error ? e.message : String(e);
      })
      .finally(() => {
        setTimeout(() => this.drop(id), KEEP_MS).unref();
      });
    return id;
  }

  get(id: string): (LetterJob & { file: string; staffId: number }) | null {
    const j = this.jobs.get(id);
    return j ? { jobId: id, state: j.state, done: j.done, total: j.total, error: j.error, file: j.file, staffId: j.staffId } : null;
  }

  drop(id: string): void {
    const j = this.jobs.get(id);
    if (!j) return;
    this.jobs.delete(id);
    liveFiles.delete(j.file);
    fs.rm(j.file, { force: true }, () => undefined);
  }

  dropAll(): void {
    for (const id of [...this.jobs.keys()]) this.drop(id);
  }
}
