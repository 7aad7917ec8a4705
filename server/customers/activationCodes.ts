import { randomInt, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { LetterJob } from '../../shared/api/customers';
import { writeActivationLetters, type LetterAddressee } from '../letters/activationLetters';

/** The alphabet the seed uses: no 0/O, 1/I/L, so a code can be typed over from a letter. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newActivationCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length));
  return s;
}

/**
 * B8 bulk: a new code for every household without a portal account (no accounts row names it), in the
 * caller's transaction (raw statements on the same connection). Each letter carries the code it made,
 * so a letter is always valid; an older letter's code stops working. Returns the letters to print.
 */
export function assignCodesToHouseholdsWithoutAccount(db: Database.Database, now: Date): LetterAddressee[] {
  const rows = db
    .prepare(
      `SELECT h.id, h.customer_number, h.name, h.corr_street, h.corr_house_number, h.corr_house_number_addition, h.corr_postcode, h.corr_city
       FROM households h WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.customer_number = h.customer_number) ORDER BY h.id`,
    )
    .all() as {
    id: number;
    customer_number: string;
    name: string;
    corr_street: string;
    corr_house_number: number;
    corr_house_number_addition: string;
    corr_postcode: string;
    corr_city: string;
  }[];
  const set = db.prepare('UPDATE households SET activation_code = ?, activation_code_generated_at = ? WHERE id = ?');
  const at = now.toISOString();
  return rows.map((h) => {
    const code = newActivationCode();
    set.run(code, at, h.id);
    return {
      customerNumber: h.customer_number,
      name: h.name,
      street: h.corr_street,
      houseNumber: h.corr_house_number,
      addition: h.corr_house_number_addition,
      postcode: h.corr_postcode,
      city: h.corr_city,
      code,
    };
  });
}

interface Job {
  state: LetterJob['state'];
  done: number;
  total: number;
  error: string | null;
  file: string;
  staffId: number;
}

/**
 * Letter jobs live in this process (a restart forgets them; the codes are already stored, so a new run
 * simply makes new letters). The PDF is written to a temp file, removed after an hour.
 */
export class LetterJobs {
  private readonly jobs = new Map<string, Job>();

  start(letters: LetterAddressee[], portalUrl: string, staffId: number): string {
    const id = randomUUID();
    const file = path.join(os.tmpdir(), `kcc-letters-${id}.pdf`);
    const job: Job = { state: 'running', done: 0, total: letters.length, error: null, file, staffId };
    this.jobs.set(id, job);
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
        setTimeout(() => this.drop(id), 3600_000).unref();
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
    fs.rm(j.file, { force: true }, () => undefined);
  }

  dropAll(): void {
    for (const id of [...this.jobs.keys()]) this.drop(id);
  }
}
