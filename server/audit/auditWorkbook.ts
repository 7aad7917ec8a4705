import ExcelJS from 'exceljs';

import type { AuditRow } from './auditQuery';

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
