import fs from 'node:fs';
import path from 'node:path';
import { ownerOnlyDir } from '../db/fileModes';

/** The folder for letter PDFs inside the server's data folder (owner-only, like everything there). */
export const LETTER_FOLDER = 'letters';

const PDF = /^letters-[0-9a-f-]{36}\.pdf$/;

/**
 * Makes the letters folder owner-only (0700; each PDF is created 0600) and removes PDFs a previous process
 * left behind (killed before its clean-up): jobs do not survive a restart, so nobody can fetch them anymore.
 */
export function prepareLetterFolder(dir: string): string {
  ownerOnlyDir(dir);
  for (const name of fs.readdirSync(dir)) if (PDF.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  return dir;
}

export function letterFile(dir: string, jobId: string): string {
  return path.join(dir, `letters-${jobId}.pdf`);
}
