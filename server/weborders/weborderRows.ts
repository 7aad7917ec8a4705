import type { Kysely, Transaction } from 'kysely';
import type { Weborder, WeborderHistoryEntry } from '../../shared/api/weborders';
import { isWeborderStatus, type WeborderActor, type WeborderStatus } from '../../shared/domain/weborderStatus';
import type { DB } from '../db/schema';

export type Db = Kysely<DB> | Transaction<DB>;

/** The columns a Weborder is made of (weborders w joined with schools s and partners p). */
export function selectWeborders(db: Db) {
  return db
    .selectFrom('weborders as w')
    .innerJoin('schools as s', 's.id', 'w.school_id')
    .innerJoin('partners as p', 'p.id', 'w.partner_id')
    .select([
      'w.id',
      'w.order_date',
      'w.name',
      'w.status',
      'w.partner_id',
      'p.name as partner_name',
      'w.school_number',
      's.name as school_name',
      'w.budget_holder',
      'w.grade',
      'w.teacher',
      'w.students',
      'w.teachers',
      'w.persons',
      'w.event',
      'w.desired_at',
      'w.ticket_price_cents',
      'w.package_price_cents',
      'w.total_cents',
      'w.rejected_reason',
      'w.error_message',
      'w.error_from_status',
      'w.request_id',
      'w.version',
    ]);
}

export type WeborderRow = Awaited<ReturnType<ReturnType<typeof selectWeborders>['executeTakeFirstOrThrow']>>;

export function asStatus(value: string | null): WeborderStatus | null {
  return value !== null && isWeborderStatus(value) ? value : null;
}

export function toWeborder(r: WeborderRow): Weborder {
  return {
    id: r.id,
    orderDate: r.order_date,
    name: r.name,
    status: asStatus(r.status) ?? 'error',
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    schoolNumber: r.school_number,
    schoolName: r.school_name,
    budgetHolder: r.budget_holder,
    grade: r.grade,
    teacher: r.teacher,
    students: r.students,
    teachers: r.teachers,
    persons: r.persons,
    event: r.event,
    desiredAt: r.desired_at,
    ticketPrice: r.ticket_price_cents,
    packagePrice: r.package_price_cents,
    total: r.total_cents,
    rejectedReason: r.rejected_reason,
    errorMessage: r.error_message,
    errorFrom: asStatus(r.error_from_status),
    requestId: r.request_id,
    version: r.version,
  };
}

export async function historyOf(db: Db, weborderId: number): Promise<WeborderHistoryEntry[]> {
  const rows = await db.selectFrom('weborder_history').selectAll().where('weborder_id', '=', weborderId).orderBy('id').execute();
  return rows.map((h) => ({
    at: h.at,
    actor: h.actor as WeborderActor,
    actorName: h.actor_name,
    from: asStatus(h.from_status),
    to: asStatus(h.to_status) ?? 'error',
    reason: h.reason,
  }));
}
