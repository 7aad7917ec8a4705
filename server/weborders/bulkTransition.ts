import type { Transaction } from 'kysely';
import { MAX_BULK, type BulkResult, type BulkTransition } from '../../shared/api/weborders';
import type { WeborderStatus } from '../../shared/domain/weborderStatus';
import type { DB } from '../db/schema';
import { ApiError, fieldError } from '../errors';
import { applyFilter } from './weborderQuery';
import { moveWeborder, type Mover, type Moved } from './weborderStore';

/** The selection: the ids given, or every weborder matching the filter (at most MAX_BULK, else refused whole). */
export async function bulkIds(trx: Transaction<DB>, body: BulkTransition): Promise<number[]> {
  if (body.ids) return [...new Set(body.ids)];
  const rows = await applyFilter(trx.selectFrom('weborders as w'), body.filter ?? {})
    .select('w.id')
    .orderBy('w.id')
    .limit(MAX_BULK + 1)
    .execute();
  if (rows.length > MAX_BULK) throw fieldError('filter', `Meer dan ${MAX_BULK} weborders passen bij dit filter; verfijn het filter`);
  return rows.map((r) => r.id);
}

/**
 * Moves each weborder on its own merits inside the caller's transaction: a refusal (the state machine, a missing
 * weborder) is listed with its code and message and the rest goes on; `onMoved` writes each one's audit entry.
 * A refusal is always raised before its weborder's first write, so nothing of it is half-written.
 */
export async function bulkMove(
  trx: Transaction<DB>,
  ids: readonly number[],
  move: { to: WeborderStatus; reason?: string },
  by: Mover,
  now: string,
  onMoved: (m: Moved) => Promise<void>,
): Promise<{ result: BulkResult; moved: Moved[] }> {
  const result: BulkResult = { done: [], refused: [] };
  const moved: Moved[] = [];
  for (const id of ids) {
    try {
      const m = await moveWeborder(trx, id, move, by, now);
      await onMoved(m);
      result.done.push(id);
      moved.push(m);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      result.refused.push({ id, code: error.code, message: error.message });
    }
  }
  return { result, moved };
}
