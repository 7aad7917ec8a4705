import type { IpRange } from '../../shared/api/ipRanges';
import { adminRoutes, XLSX_TYPE } from '../../shared/api/routes/admin';
import { audited } from '../audit/audited';
import { verifyAuditChain } from '../audit/auditLog';
import { auditRowsForExport, listAudit, type AuditRow } from '../audit/auditQuery';
import { auditWorkbook } from '../audit/auditWorkbook';
import { defineHandlers } from '../http/routeTable';
import { createRange, deleteRange, listRanges, updateRange } from '../network/ipRangeStore';
import { readSettings, updateSettings } from '../settings/settingsStore';

/** Portal administration: settings, IP ranges, the audit log. */
export const adminHandlers = defineHandlers(adminRoutes, {
  'settings.get': async ({ ctx }) => readSettings(ctx.store.db),
  'settings.update': async ({ req, body }) =>
    audited(req, { action: 'settings.update', target: 'settings', details: { ...body, version: undefined } }, (trx) => updateSettings(trx, body)),

  'ipRanges.list': async ({ ctx }) => ({ items: await listRanges(ctx.store.db) }),
  'ipRanges.create': async ({ req, body }) =>
    audited(
      req,
      (x: IpRange) => ({ action: 'ip_range.create', target: `ip-range:${x.id}`, details: { cidr: x.cidr, admin: x.admin, kcc: x.kcc } }),
      (trx) => createRange(trx, body),
    ),
  'ipRanges.update': async ({ req, params, body }) =>
    audited(req, { action: 'ip_range.update', target: `ip-range:${params.id}`, details: { ...body, version: undefined } }, (trx) =>
      updateRange(trx, params.id, body),
    ),
  'ipRanges.remove': async ({ req, params }) => {
    await audited(req, { action: 'ip_range.delete', target: `ip-range:${params.id}` }, (trx) => deleteRange(trx, params.id));
  },

  'audit.list': async ({ ctx, query }) => listAudit(ctx.store.db, query),
  'audit.verify': async ({ ctx }) => verifyAuditChain(ctx.store),
  'audit.export': async ({ ctx, req, reply, query }) => {
    // Read and record in one transaction: the entry says exactly what was handed out.
    const { rows, total } = await audited(
      req,
      (r: { rows: AuditRow[]; total: number }) => ({ action: 'audit.export', details: { filters: { ...query }, rows: r.rows.length, total: r.total } }),
      (trx) => auditRowsForExport(trx, query),
    );
    const day = ctx.clock.now().toISOString().slice(0, 10);
    reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename="auditlogboek-${day}.xlsx"`)
      .header('cache-control', 'no-store')
      .header('x-audit-total', String(total))
      .header('x-audit-exported', String(rows.length));
    return auditWorkbook(rows);
  },
});
