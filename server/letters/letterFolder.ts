import path from 'node:path';
import type { LetterPart } from '../../shared/api/customers';

/** The folder for letter PDFs inside the server's data folder (owner-only, like everything there). */
export const LETTER_FOLDER = 'letters';

/** The PDF of one mailing of a bulk job. */
export function letterFile(dir: string, jobId: string, part: LetterPart): string {
  return path.join(dir, `letters-${jobId}-${part}.pdf`);
}
