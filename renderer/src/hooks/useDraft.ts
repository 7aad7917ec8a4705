import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'kcc.draft.';

function read<T>(key: string, initial: T): T {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw === null ? initial : (JSON.parse(raw) as T);
  } catch {
    return initial;
  }
}

/**
 * useState for text people type, kept in sessionStorage: survives a lost connection, a session
 * that expired, a screen that remounts or a reload — not the closing of the window.
 * Returns [value, setValue, clear]; call clear() once the input has been saved.
 */
export function useDraft<T>(key: string, initial: T): [T, (value: T | ((prev: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => read(key, initial));

  useEffect(() => {
    try {
      sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the draft then lives in memory only.
    }
  }, [key, value]);

  const clear = useCallback(() => {
    sessionStorage.removeItem(PREFIX + key);
    setValue(initial);
    // `initial` is the caller's starting value; a new identity each render must not matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return [value, setValue, clear];
}

/** The stored draft under `key` as it was saved (unchecked: the caller takes only what it recognises). */
export function readDraft(key: string): unknown {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the draft then lives in memory only.
  }
}

/**
 * Forgets a saved draft without touching component state: for a dialog that closes right after saving,
 * where clear() would store the (possibly stale, e.g. versioned) initial value again before unmounting.
 */
export function discardDraft(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Storage disabled: nothing was kept.
  }
}
