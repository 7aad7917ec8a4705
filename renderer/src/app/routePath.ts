/**
 * A tiny hash router: "#/accounts", "#/customer/HM-000123". Hash URLs work the same under
 * file://, app:// (Electron) and the web server, and need no server-side routes.
 */
export interface Route {
  /** Normalised path, always starting with "/", e.g. "/customer/HM-000123". */
  path: string;
  /** Path segments, decoded: ["customer", "HM-000123"]. */
  segments: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { path: `/${segments.map(encodeURIComponent).join('/')}`, segments, query: new URLSearchParams(queryPart) };
}

export function hrefFor(path: string): string {
  return `#${path.startsWith('/') ? path : `/${path}`}`;
}
