import { useEffect } from 'react';

/**
 * A drawer closes on Escape only while focus is inside it. After an action the pressed button can vanish
 * (Blokkeren → De-blokkeren) and focus falls back to <body>; Escape must still close the drawer then.
 */
export function useEscapeWhenFocusLost(active: boolean, onEscape: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && (document.activeElement === document.body || document.activeElement === null)) onEscape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, onEscape]);
}
