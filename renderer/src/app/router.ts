import { useMemo, useSyncExternalStore } from 'react';
import { hrefFor, parseHash, type Route } from './routePath';

export { hrefFor, parseHash, type Route } from './routePath';

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
