import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { ApiError } from '../errors';
import { writeAudit } from './auditLog';

export interface AuditWhat {
  action: string;
  target?: string | null;
  customerNumber?: string | null;
  details?: Record<string, unknown> | null;
}

/**
 * Runs a staff change and its audit entry in one transaction. `what` may be a function of the result
 * (e.g. to name a created id). Throwing inside `work` rolls everything back.
 */
export async function audited<T>(
  req: FastifyRequest,
  what: AuditWhat | ((result: T) => AuditWhat),
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  const staff = req.staff;
  if (!staff) throw new ApiError('unauthenticated', 'Niet ingelogd');
  const { store, clock } = req.server.ctx;
  return store.db.transaction().execute(async (trx) => {
    const result = await work(trx);
    const w = typeof what === 'function' ? what(result) : what;
    await writeAudit(trx, {
      at: clock.now().toISOString(),
      actorId: staff.id,
      actor: staff.username,
      roles: staff.roles,
      action: w.action,
      target: w.target ?? null,
      customerNumber: w.customerNumber ?? null,
      sourceAddress: req.ip,
      lookAlongSessionId: staff.lookAlongSessionId,
      details: w.details ?? null,
    });
    return result;
  });
}
