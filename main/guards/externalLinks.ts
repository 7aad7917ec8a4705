/** Longest URL we hand to the OS; real links are far shorter. */
const MAX_URL_LENGTH = 2048;

/** Only plain https URLs without credentials may leave the app for the system browser. */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

/**
 * THE way to open something in the system browser (shell.openExternal is passed in, so this stays
 * testable). Returns whether it was opened.
 */
export async function openExternalSafe(url: unknown, open: (url: string) => Promise<void>): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  const normalised = new URL(url).toString();
  try {
    await open(normalised);
    return true;
  } catch {
    return false;
  }
}
