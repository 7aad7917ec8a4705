import { isApiError } from '../../../../../shared/client';

export type OnBehalfErrorKind = 'lookAlong' | 'conflict' | 'validation' | 'other';

/**
 * What went wrong with a change on the customer's behalf (server/customers/lookAlongSessions.ts):
 * 409 with reason look_along_ended/expired or 403 look_along_* → the session is over;
 * any other 409 → a stale version; 400 → per-field messages (every message of a field, joined).
 */
export function classifyOnBehalfError(error: unknown): { kind: OnBehalfErrorKind; message: string; fields: Record<string, string> } {
  const message = error instanceof Error ? error.message : String(error);
  if (!isApiError(error)) return { kind: 'other', message, fields: {} };
  const { info } = error;
  const sent = info.code === 'conflict' || info.code === 'forbidden' ? info.details?.reason : undefined;
  const reason = typeof sent === 'string' ? sent : '';
  if (reason.startsWith('look_along') || error.message === LOCAL_ENDED) return { kind: 'lookAlong', message, fields: {} };
  if (info.code === 'conflict') return { kind: 'conflict', message, fields: {} };
  if (info.code === 'validation') {
    const fields: Record<string, string> = {};
    for (const [name, messages] of Object.entries(info.details?.fields ?? {})) fields[name] = messages.join(' ');
    return { kind: 'validation', message, fields };
  }
  return { kind: 'other', message, fields: {} };
}

/** Thrown locally when no live session is there to send (the banner already says why). */
export const LOCAL_ENDED = 'look_along_local_ended';
