import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './appIdentity';
import { mimeTypeFor, resolveAppFile } from './guards/appUrl';
import { buildCsp } from './guards/csp';

/** Must run before app 'ready': app:// behaves like https (standard, secure, fetch, code cache). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves dist/renderer on app://kcc/ with the CSP for the current server. `onDocument` learns which
 * server URL the served HTML page's CSP allowed, so main can reload when that changes.
 */
export function handleAppScheme(rendererRoot: string, connectUrl: () => string | null, onDocument: (url: string | null) => void): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? resolveAppFile(request.url, rendererRoot) : null;
    if (!file) return new Response('Niet gevonden', { status: 404 });
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return new Response('Niet gevonden', { status: 404 });
    }
    const url = connectUrl();
    const type = mimeTypeFor(file);
    if (type.startsWith('text/html')) onDocument(url);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': type,
        'content-security-policy': buildCsp(url),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  });
}
