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
    // blob: for a proof (IBAN change) shown inside the app, made from bytes the app fetched itself
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${origin ?? "'none'"}`,
    // Frames: a proof (IBAN change) from bytes the app fetched itself (blob:), and the Flexibele GUI screen's
    // sandboxed portal preview from the server's origin only. One directive: a browser ignores a second one.
    `frame-src blob:${origin ? ` ${origin}` : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
