import path from 'node:path';

/** Largest file the renderer may read through files.open (exports/imports are far smaller). */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

/**
 * A suggested save name from the renderer reduced to a plain file name: no folders, no control or
 * reserved characters, no leading dots. Empty results become "export".
 */
export function safeFileName(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}<>:"|?*]/gu, '')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 150);
  return cleaned.length > 0 ? cleaned : 'export';
}

/** The save dialog's default path: the safe name inside the user's documents folder. */
export function defaultSavePath(documentsDir: string, suggested: string): string {
  return path.join(documentsDir, safeFileName(suggested));
}

/** Extension filters cleaned for the dialog: alphanumeric extensions only (or '*'). */
export function dialogFilters(filters: ReadonlyArray<{ name: string; extensions: readonly string[] }>) {
  return filters
    .slice(0, 10)
    .map((f) => ({
      name: f.name.slice(0, 80),
      extensions: f.extensions.filter((e) => e === '*' || /^[a-z0-9]{1,10}$/i.test(e)).slice(0, 10),
    }))
    .filter((f) => f.extensions.length > 0);
}
