import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { Readable } from 'node:stream';
import { decodeCsv, detectEncoding, detectSeparator, type CsvEncoding, type CsvSeparator } from '../../shared/domain/csvSniff';
import type { ReadOptions } from '../../shared/api/imports';
import { fieldError } from '../errors';

/** A file read as text: the header row and the data rows, each with its row number in the file (header = 1). */
export interface SheetText {
  kind: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string | null;
  separator: CsvSeparator | null;
  encoding: CsvEncoding | null;
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text the user sees: dates as dd-mm-jjjj, formulas by their result, rich text joined. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `${pad(value.getUTCDate())}-${pad(value.getUTCMonth() + 1)}-${value.getUTCFullYear()}`;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return '';
  }
  return '';
}

const trimEnd = (cells: string[]) => {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return cells.slice(0, n);
};

/**
 * An .xlsx read with exceljs's streaming reader (rows as they come off the zip, not a whole workbook model),
 * the chosen sheet (default: the first) only; the other sheets are named, not read.
 */
async function readXlsx(bytes: Buffer, wanted: string | undefined): Promise<SheetText> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const sheets: string[] = [];
  let sheet: string | null = null;
  let headers: string[] = [];
  const rows: SheetText['rows'] = [];
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      sheets.push(name);
      const take = sheet === null && (wanted === undefined || wanted === name);
      for await (const r of ws as AsyncIterable<ExcelJS.Row>) {
        if (!take) continue;
        const values = (r.values as ExcelJS.CellValue[]).slice(1).map(cellText);
        if (headers.length === 0 && rows.length === 0) headers = trimEnd(values).map((h) => h.trim());
        else if (values.some((v) => v.trim() !== '')) rows.push({ row: r.number, cells: values });
      }
      if (take) sheet = name;
    }
  } catch {
    throw fieldError('file', 'Dit bestand is geen leesbaar Excel-bestand (.xlsx).');
  }
  if (wanted !== undefined && sheet === null) throw fieldError('sheet', `Het werkblad "${wanted}" staat niet in dit bestand.`);
  return { kind: 'xlsx', sheets, sheet, separator: null, encoding: null, headers, rows };
}

/** A CSV: encoding and separator detected unless given; papaparse reads quotes and line breaks in fields. */
function readCsv(bytes: Buffer, opts: ReadOptions): SheetText {
  const encoding = opts.encoding ?? detectEncoding(bytes);
  const text = decodeCsv(bytes, encoding);
  const separator = opts.separator ?? detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const lines = parsed.data;
  const headers = trimEnd(lines[0] ?? []).map((h) => h.trim());
  const rows: SheetText['rows'] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i] ?? [];
    if (cells.some((v) => v.trim() !== '')) rows.push({ row: i + 1, cells });
  }
  return { kind: 'csv', sheets: [], sheet: null, separator, encoding, headers, rows };
}

export function kindOf(contentType: string | undefined): 'xlsx' | 'csv' {
  return contentType?.startsWith('text/csv') ? 'csv' : 'xlsx';
}

export async function readImportFile(bytes: Buffer, kind: 'xlsx' | 'csv', opts: ReadOptions): Promise<SheetText> {
  const text = kind === 'csv' ? readCsv(bytes, opts) : await readXlsx(bytes, opts.sheet);
  if (text.headers.length === 0) throw fieldError('file', 'Het bestand heeft geen kopregel met kolomnamen.');
  return text;
}
