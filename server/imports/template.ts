import ExcelJS from 'exceljs';
import { importFields } from '../../shared/domain/importColumns';
import type { ImportError } from '../../shared/api/imports';
import { neutralizeCell } from '../audit/auditWorkbook';

/**
 * The import template: one sheet "Klanten" with the columns, an example row and a note per column header;
 * every column formatted as text so Excel keeps leading zeros (customer numbers, phone numbers).
 */
export async function importTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Klanten', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = importFields.map((f) => ({ header: f.header, key: f.key, width: Math.max(14, f.header.length + 4), style: { numFmt: '@' } }));
  ws.addRow(Object.fromEntries(importFields.map((f) => [f.key, f.example])));
  importFields.forEach((f, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.font = { bold: true };
    cell.note = f.note;
  });
  const help = wb.addWorksheet('Toelichting');
  help.columns = [
    { header: 'Kolom', key: 'header', width: 18 },
    { header: 'Verplicht', key: 'required', width: 10 },
    { header: 'Toelichting', key: 'note', width: 100 },
  ];
  for (const f of importFields) help.addRow({ header: f.header, required: f.required ? 'ja' : 'nee', note: f.note });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The validation report: one line per error (row, column, reason, the cell as it was), formula-safe. */
export async function importReport(errors: readonly (ImportError & { value: string })[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Fouten');
  ws.columns = [
    { header: 'Rij', key: 'row', width: 8 },
    { header: 'Kolom', key: 'column', width: 18 },
    { header: 'Reden', key: 'message', width: 80 },
    { header: 'Waarde in het bestand', key: 'value', width: 30 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const e of errors) ws.addRow({ row: e.row, column: neutralizeCell(e.column), message: neutralizeCell(e.message), value: neutralizeCell(e.value) });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
