import { useEffect, useRef, type RefObject } from 'react';

/** How long to wait for a lazily loaded area to render its heading. */
const WAIT_MS = 3000;

/**
 * After moving to another area, moves focus to the new page's h1 so screen-reader and keyboard users
 * start at the top of what changed instead of on the navigation link. An area that focused a field of
 * its own on opening (a search box) keeps that: focus already inside main is left alone.
 */
export function useFocusHeadingOnNavigate(areaKey: string | undefined, main: RefObject<HTMLElement | null>): void {
  const previous = useRef(areaKey);
  useEffect(() => {
    if (previous.current === areaKey) return;
    const first = previous.current === undefined;
    previous.current = areaKey;
    if (first || areaKey === undefined) return;
    const started = Date.now();
    let frame = 0;
    const tryFocus = () => {
      const root = main.current;
      const active = document.activeElement;
      if (!root) return;
      // The new area focused a field of its own (a search box): leave it there.
      if (active && root.contains(active) && active.getClientRects().length > 0) return;
      // While a lazily loaded area is fetched, Suspense keeps the previous area in the DOM, hidden
      // (display: none): its h1 cannot take focus, so wait for a heading that is shown and really got it.
      const heading = Array.from(root.querySelectorAll('h1')).find((h) => h.getClientRects().length > 0);
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        if (document.activeElement === heading) return;
      }
      if (Date.now() - started < WAIT_MS) frame = requestAnimationFrame(tryFocus);
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [areaKey, main]);
}
