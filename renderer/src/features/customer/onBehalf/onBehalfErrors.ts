import { isApiError } from '../../../../../shared/client';

/** Thrown locally when no live session is there to send (the banner already says why). */
export const LOCAL_ENDED = 'look_along_local_ended';

/**
 * Whether a change on the customer's behalf failed because the look-along session is over: the server says
 * so with a 409 (ended, expired) or a 403 (missing, someone else's) whose reason starts with look_along.
 */
export function isLookAlongEnded(error: unknown): boolean {
  if (!isApiError(error)) return false;
  const { info } = error;
  const reason = info.code === 'conflict' || info.code === 'forbidden' ? (info.details?.reason ?? '') : '';
  return reason.startsWith('look_along') || error.message === LOCAL_ENDED;
}
