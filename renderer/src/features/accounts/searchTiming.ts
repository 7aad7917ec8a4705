/** Typing pauses this long before a lookup goes out (stale lookups are cancelled anyway). */
export const SEARCH_DEBOUNCE_MS = 150;
