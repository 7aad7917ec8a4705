import type { Kysely, Selectable } from 'kysely';
import type { AuditEntry, AuditExportQuery, AuditQuery } from '../../shared/api/audit';
import type { List } from '../../shared/api/common';
import type { DB } from '../db/schema';

export type AuditRow = Selectable<DB['audit_log']>;
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

/** The filters of the list and the export: exact actor and customer number, action prefix, one action left out, from/to. */
function filtered(db: Kysely<DB>, q: AuditExportQuery) {
  let base = db.selectFrom('audit_log');
  if (q.actor) base = base.where('actor', '=', q.actor);
  if (q.customerNumber) base = base.where('customer_number', '=', q.customerNumber.toUpperCase());
  // Prefix match ("account." finds every account action) as a range, so no LIKE wildcards to escape.
  if (q.action) base = base.where('action', '>=', q.action).where('action', '<', `${q.action}\uffff`);
  if (q.excludeAction) base = base.where('action', '<>', q.excludeAction);
  if (q.from) base = base.where('at', '>=', new Date(q.from).toISOString());
  if (q.to) base = base.where('at', '<=', new Date(q.to).toISOString());
  return base;
}

const toEntry = (x: AuditRow): AuditEntry => ({
  id: x.id,
  at: x.at,
  actorId: x.actor_id,
  actor: x.actor,
  roles: x.roles ? x.roles.split(',') : [],
  action: x.action,
  target: x.target,
  customerNumber: x.customer_number,
  sourceAddress: x.source_address,
  lookAlongSessionId: x.look_along_session_id,
  details: x.details ? (JSON.parse(x.details) as Record<string, unknown>) : null,
});

async function count(db: Kysely<DB>, q: AuditExportQuery): Promise<number> {
  const { total } = await filtered(db, q).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return Number(total);
}

/** One page, newest first. */
export async function listAudit(db: Kysely<DB>, q: AuditQuery): Promise<List<AuditEntry>> {
  const rows = await filtered(db, q)
    .selectAll()
    .orderBy('id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(toEntry), total: await count(db, q), page: q.page, pageSize: q.pageSize };
}

/** What an export hands out: the newest rows up to the cap, and how many matched. */
export async function auditRowsForExport(db: Kysely<DB>, q: AuditExportQuery): Promise<{ rows: AuditRow[]; total: number }> {
  const rows = await filtered(db, q).selectAll().orderBy('id', 'desc').limit(AUDIT_EXPORT_MAX_ROWS).execute();
  return { rows, total: await count(db, q) };
}
