import fs from 'node:fs';
import path from 'node:path';
import type { LetterPart } from '../../shared/api/customers';
import { ownerOnlyDir } from '../db/fileModes';

/** The folder for letter PDFs inside the server's data folder (owner-only, like everything there). */
export const LETTER_FOLDER = 'letters';

// Also the single-PDF name of earlier versions.
const PDF = /^letters-[0-9a-f-]{36}(-[12])?\.pdf$/;

/**
 * Makes the letters folder owner-only (0700; each PDF is created 0600) and removes PDFs a previous process
 * left behind (killed before its clean-up): jobs do not survive a restart, so nobody can fetch them anymore.
 */
export function prepareLetterFolder(dir: string): string {
  ownerOnlyDir(dir);
  for (const name of fs.readdirSync(dir)) if (PDF.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  return dir;
}

/** Start of the server: the letters folder of `dataDir`, owner-only and without PDFs of an earlier process. */
export function clearLetterFolder(dataDir: string): void {
  prepareLetterFolder(path.join(dataDir, LETTER_FOLDER));
}

/** The PDF of one mailing of a bulk job. */
export function letterFile(dir: string, jobId: string, part: LetterPart): string {
  return path.join(dir, `letters-${jobId}-${part}.pdf`);
}
