/** The origin (scheme://host:port) of an http(s) server URL, or null when it is not one. */
export function serverOrigin(serverUrl: string | null | undefined): string | null {
  if (!serverUrl) return null;
  try {
    const url = new URL(serverUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * Content-Security-Policy for every app:// response. connect-src and frame-src allow only the active portal
 * server's origin ('none' while there is none yet, e.g. before the embedded server is up).
 */
export function buildCsp(serverUrl: string | null | undefined): string {
  const origin = serverOrigin(serverUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${origin ?? "'none'"}`,
    // The Flexibele GUI screen frames the server's portal preview (a sandboxed iframe): that origin only.
    `frame-src ${origin ?? "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
