import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../appIdentity';
import { contentTypes } from '../../shared/contentTypes.mjs';

/** Hosts of standard schemes are case-insensitive (Chromium lowercases them; Node's parser does not). */
function isOurOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST && !url.username && !url.password;
}

/** True when the URL is a page of our own renderer (app://kcc/…). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return isOurOrigin(parsed);
  } catch {
    return false;
  }
}

/** Characters that have no business in a renderer asset path (encoded separators, NUL, drive letters). */
const SUSPICIOUS = /%2f|%5c|%00|%2e|\\|\0|:/i;

/**
 * Maps an app://kcc/… request to a file under `root` (dist/renderer), or null when it must be refused:
 * another scheme or host, encoded separators or dots, or anything resolving outside root. Paths without
 * an extension fall back to index.html so client-side routes survive a reload.
 */
export function resolveAppFile(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isOurOrigin(parsed)) return null;
  const rawPath = parsed.pathname;
  if (SUSPICIOUS.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) return null;
  const last = segments.at(-1);
  const relative = segments.length === 0 || !last?.includes('.') ? 'index.html' : segments.join('/');
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, relative);
  if (file !== resolvedRoot && !file.startsWith(resolvedRoot + path.sep)) return null;
  return file;
}


export function mimeTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
