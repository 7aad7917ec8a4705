import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditQuery } from '../../shared/api/audit';
import { ErrorBody } from '../../shared/api/common';
import { audited } from '../audit/audited';
import type { DB } from '../db/schema';
import type { Kysely, Selectable } from 'kysely';

/** The list's filters without paging; the export is capped instead. */
export const AuditExportQuery = AuditQuery.omit({ page: true, pageSize: true });
export type AuditExportQuery = z.infer<typeof AuditExportQuery>;

export const AUDIT_EXPORT_MAX_ROWS = 100_000;
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
const auditRoles = { roles: ['admin', 'kcc-admin'] as const };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type AuditRow = Selectable<DB['audit_log']>;

/** Same filters as GET /audit (routes/audit.ts): exact actor and customer number, action prefix, from/to. */
function filtered(db: Kysely<DB>, q: AuditExportQuery) {
  let base = db.selectFrom('audit_log');
  if (q.actor) base = base.where('actor', '=', q.actor);
  if (q.customerNumber) base = base.where('customer_number', '=', q.customerNumber.toUpperCase());
  if (q.action) base = base.where('action', '>=', q.action).where('action', '<', `${q.action}\uffff`);
  if (q.from) base = base.where('at', '>=', new Date(q.from).toISOString());
  if (q.to) base = base.where('at', '<=', new Date(q.to).toISOString());
  return base;
}

/**
 * A cell that starts with = + - @ (or tab / carriage return) is read as a formula by Excel and friends
 * once someone edits or re-saves it as CSV; the leading ' makes it plain text (OWASP "CSV injection").
 */
export function neutralizeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Excel dates carry no zone: write the wall-clock time in Amsterdam (the corporation's time) as if UTC. */
function amsterdamWallClock(iso: string): Date {
  const p: Record<string, number> = {};
  for (const part of amsterdam.formatToParts(new Date(iso))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return new Date(Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0));
}

const columns: { header: string; key: string; width: number }[] = [
  { header: 'Nr.', key: 'id', width: 9 },
  { header: 'Tijdstip (Amsterdam)', key: 'at', width: 20 },
  { header: 'Medewerker', key: 'actor', width: 18 },
  { header: 'Rollen', key: 'roles', width: 22 },
  { header: 'Actie', key: 'action', width: 28 },
  { header: 'Doel', key: 'target', width: 24 },
  { header: 'Klantnummer', key: 'customerNumber', width: 14 },
  { header: 'IP-adres', key: 'sourceAddress', width: 18 },
  { header: 'Meekijksessie', key: 'lookAlong', width: 38 },
  { header: 'Details', key: 'details', width: 60 },
];

export async function auditWorkbook(rows: readonly AuditRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'KCC Desk';
  wb.created = new Date();
  const ws = wb.addWorksheet('Auditlogboek', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  ws.getColumn('at').numFmt = 'dd-mm-yyyy hh:mm:ss';
  for (const r of rows) {
    const text = (v: string | null) => (v === null ? null : neutralizeCell(v));
    ws.addRow({
      id: r.id,
      at: amsterdamWallClock(r.at),
      actor: text(r.actor),
      roles: text(r.roles),
      action: text(r.action),
      target: text(r.target),
      customerNumber: text(r.customer_number),
      sourceAddress: text(r.source_address),
      lookAlong: text(r.look_along_session_id),
      details: text(r.details),
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** GET /audit/export: the filtered log as .xlsx (newest first, at most 100,000 rows); the export is itself audited. */
export async function auditExportRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/audit/export',
    { config: auditRoles, schema: { tags: ['audit'], querystring: AuditExportQuery, response: { 200: z.any(), ...errors } } },
    async (req, reply) => {
      const q = req.query;
      // Read and record in one transaction: the entry says exactly what was handed out.
      const { rows, total } = await audited(
        req,
        (r: { rows: AuditRow[]; total: number }) => ({
          action: 'audit.export',
          details: { filters: { ...q }, rows: r.rows.length, total: r.total },
        }),
        async (trx) => {
          const { total: count } = await filtered(trx, q).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
          const list = await filtered(trx, q).selectAll().orderBy('id', 'desc').limit(AUDIT_EXPORT_MAX_ROWS).execute();
          return { rows: list, total: Number(count) };
        },
      );
      const body = await auditWorkbook(rows);
      const day = new Date(app.ctx.clock.now()).toISOString().slice(0, 10);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="auditlogboek-${day}.xlsx"`)
        .header('cache-control', 'no-store')
        .header('x-audit-total', String(total))
        .header('x-audit-exported', String(rows.length))
        .send(body);
    },
  );
}
