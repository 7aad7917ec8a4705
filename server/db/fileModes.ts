import fs from 'node:fs';

/**
 * Owner-only permissions for the data folder and what it holds: the database has personal data, the audit
 * key signs the audit trail. Modes are set with chmod after creating, so the process umask cannot widen
 * them. On Windows chmod only toggles read-only; the folder's ACL (the user's profile) protects it there.
 */
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** Creates the folder if needed (parents too) and makes it owner-only. */
export function ownerOnlyDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  fs.chmodSync(dir, DIR_MODE);
}

/** Makes an existing file owner-only; a missing file is fine (e.g. no WAL yet). */
export function ownerOnlyFile(file: string): void {
  try {
    fs.chmodSync(file, FILE_MODE);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

/** Creates the file empty and owner-only if it does not exist yet, without truncating an existing one. */
export function ensureOwnerOnlyFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', FILE_MODE));
  fs.chmodSync(file, FILE_MODE);
}

export function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
