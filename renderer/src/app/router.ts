import { useMemo, useSyncExternalStore } from 'react';

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

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const href = hrefFor(path);
  if (options.replace) {
    history.replaceState(history.state, '', href);
    // replaceState fires no hashchange: tell subscribers ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, getHash);
  return useMemo(() => parseHash(hash), [hash]);
}

/** True when `route` is `areaPath` or below it ("/customer" matches "/customer/HM-1"). */
export function routeMatches(route: Route, areaPath: string): boolean {
  return route.path === areaPath || route.path.startsWith(`${areaPath}/`);
}
