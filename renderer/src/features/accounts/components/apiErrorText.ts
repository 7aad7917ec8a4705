import { isApiError } from '../../../../../shared/client';
import type { MessageKey, Params } from '../../../i18n';

type T = (key: MessageKey, params?: Params) => string;

/** One line for a failed call: a 403 in our words, anything else with the server's message. */
export function apiErrorText(error: unknown, t: T): string {
  if (isApiError(error) && (error.code === 'forbidden' || error.status === 403)) return t('accounts.error.forbidden');
  const message = error instanceof Error ? error.message : String(error);
  return t('accounts.error.failed', { message });
}

/** A stale `version` (409 with details.currentVersion): the caller keeps the input and offers a reload. */
export function isStaleVersion(error: unknown): boolean {
  return isApiError(error) && error.currentVersion !== undefined;
}

/** Per-field messages of a 400 validation error (empty for anything else). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return isApiError(error) ? error.fieldErrors() : {};
}
