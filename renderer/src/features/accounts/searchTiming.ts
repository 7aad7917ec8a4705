/**
 * Typing pauses this long before a lookup goes out. Short on purpose: the server answers in a few
 * milliseconds and stale lookups are cancelled, so the pause only has to join keys typed in one burst;
 * the target is rows on screen within 150 ms of the last keystroke (npm run bench).
 */
export const SEARCH_DEBOUNCE_MS = 40;
