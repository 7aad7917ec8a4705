import { isApiError } from '../../../../shared/client';

/**
 * What stands between a form and a save, besides its fields: every kind keeps what was typed.
 * - stale: a 409 on the `version` the form started from; offer to load the server's current data;
 * - gone: 404/410, the thing was deleted meanwhile;
 * - network: no answer from the server (the connection banner shows too);
 * - unavailable: the server answered 503, its database is away for a moment and nothing was saved (the banner shows too);
 * - failed: anything else, with the server's message.
 */
export type FormProblem =
  | { kind: 'stale'; currentVersion: number }
  | { kind: 'gone' }
  | { kind: 'network' }
  | { kind: 'unavailable' }
  | { kind: 'failed'; error: unknown; message: string };

/** The problem of a failed save, or null when there is none to show (a cancelled request). */
export function formProblemOf(error: unknown): FormProblem | null {
  if (!isApiError(error)) return { kind: 'failed', error, message: error instanceof Error ? error.message : String(error) };
  if (error.isAborted) return null;
  if (error.isNetwork) return { kind: 'network' };
  if (error.isUnavailable) return { kind: 'unavailable' };
  if (error.currentVersion !== undefined) return { kind: 'stale', currentVersion: error.currentVersion };
  if (error.status === 404 || error.status === 410) return { kind: 'gone' };
  return { kind: 'failed', error, message: error.message };
}

/** Per-field messages of a refused save (`validation`, or a conflict about one field), keyed by dotted path. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  return isApiError(error) ? error.fieldErrors() : {};
}
