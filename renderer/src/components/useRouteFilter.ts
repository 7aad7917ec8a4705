import { useEffect } from 'react';
import { navigate, useRoute } from '../app/router';

/**
 * A filter handed over in the link (e.g. "#/accounts?status=blocked" from the Aandacht overview): applied once on
 * arrival, then taken out of the address (replace, no new history entry), so whatever the user changes afterwards
 * stays theirs, also after a reload. Unknown values are dropped without applying anything. `apply` must be stable
 * (useCallback or a stable setter).
 */
export function useRouteFilter<T extends string>(param: string, allowed: readonly T[], apply: (value: T) => void): void {
  const route = useRoute();
  const raw = route.query.get(param);
  useEffect(() => {
    if (raw === null) return;
    const value = allowed.find((a) => a === raw);
    if (value !== undefined) apply(value);
    const rest = new URLSearchParams(route.query);
    rest.delete(param);
    const qs = rest.toString();
    navigate(`${route.path}${qs ? `?${qs}` : ''}`, { replace: true });
  }, [raw, param, allowed, apply, route]);
}
