import { isApiError } from '../../../shared/client';
import type { MessageKey, Params } from '../i18n';

type T = (key: MessageKey, params?: Params) => string;

/** One line for a failed call: a 403 in our words, anything else with the server's message. */
export function apiErrorText(error: unknown, t: T): string {
  if (isApiError(error) && (error.code === 'forbidden' || error.status === 403)) return t('shell.forbidden');
  const message = error instanceof Error ? error.message : String(error);
  return t('common.failed', { message });
}
