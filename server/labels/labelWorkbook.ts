import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { LabelImportReport } from '../../shared/api/labels';
import { neutralizeCell } from '../audit/auditWorkbook';
import type { DB } from '../db/schema';
import { defaultText, labelDefaults, labelDefaultsByKey, type LabelLang } from './catalogue/index';
import { labelTextProblem, overrideRows, toLabel, writeLabel, type Editor } from './labelStore';

/** Every label of one language: key, page, default, text (effective), version (for the stale check on import). */
export async function exportLabels(db: Kysely<DB>, lang: LabelLang): Promise<Buffer> {
  const rows = await overrideRows(db, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'KCC Desk';
  const ws = wb.addWorksheet(`Labels ${lang}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'key', key: 'key', width: 48 },
    { header: 'page', key: 'page', width: 24 },
    { header: 'default', key: 'default', width: 60 },
    { header: 'text', key: 'text', width: 60 },
    { header: 'version', key: 'version', width: 9 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const d of labelDefaults) {
    const l = toLabel(d, lang, rows.get(d.key));
    // Texts are written neutralised: a text starting with = + - @ never becomes a formula in a spreadsheet.
    ws.addRow({ key: neutralizeCell(l.key), page: neutralizeCell(l.page), default: neutralizeCell(l.defaultText), text: neutralizeCell(l.text), version: l.version });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Undoes the export's neutralising quote (only in front of a character it is put before). */
function unneutralize(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

type CellRead = { ok: true; text: string } | { ok: false; message: string };

function cellText(v: ExcelJS.CellValue): CellRead {
  if (v === null || v === undefined) return { ok: true, text: '' };
  if (typeof v === 'string') return { ok: true, text: unneutralize(v) };
  if (typeof v === 'number' || typeof v === 'boolean') return { ok: true, text: String(v) };
  if (v instanceof Date) return { ok: true, text: v.toISOString() };
  if ('formula' in v || 'sharedFormula' in v) return { ok: false, message: 'De cel bevat een formule; alleen tekst wordt ingelezen' };
  if ('richText' in v) return { ok: true, text: unneutralize(v.richText.map((r) => r.text).join('')) };
  if ('text' in v && typeof v.text === 'string') return { ok: true, text: unneutralize(v.text) };
  return { ok: false, message: 'Onleesbare cel' };
}

interface SheetRow {
  row: number;
  key: string;
  text: CellRead;
  version: number | null;
}

async function readSheet(bytes: Buffer): Promise<{ rows: SheetRow[] } | { error: string }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { error: 'Dit is geen leesbaar Excel-bestand (.xlsx)' };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { error: 'Het bestand heeft geen werkblad' };
  const header = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const t = cellText(cell.value);
    if (t.ok) header.set(t.text.trim().toLowerCase(), col);
  });
  const keyCol = header.get('key');
  const textCol = header.get('text');
  const versionCol = header.get('version');
  if (keyCol === undefined || textCol === undefined) return { error: 'De kolommen "key" en "text" ontbreken in de eerste rij' };
  const rows: SheetRow[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const key = cellText(r.getCell(keyCol).value);
    const text = cellText(r.getCell(textCol).value);
    const keyText = key.ok ? key.text.trim() : '';
    if (keyText === '' && text.ok && text.text === '') return; // an empty line
    const v = versionCol === undefined ? null : r.getCell(versionCol).value;
    const version = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : null;
    rows.push({ row: n, key: keyText, text, version });
  });
  return { rows };
}

/**
 * Reads an exported sheet and says per row what would change: an unknown key, a placeholder error or a stale
 * row (the label changed after the export: its version differs) is an error. Without errors and without
 * dryRun every change is written in the caller's transaction; with any error nothing is.
 * An empty text cell means "back to the default"; a text equal to the default is no override.
 */
export async function importLabels(trx: Kysely<DB>, bytes: Buffer, lang: LabelLang, dryRun: boolean, e: Editor): Promise<LabelImportReport> {
  const started = performance.now();
  const sheet = await readSheet(bytes);
  const report: LabelImportReport = { rows: 0, changed: 0, unchanged: 0, errors: [], changes: [], applied: false, dryRun, ms: 0 };
  if ('error' in sheet) {
    report.errors.push({ row: 1, key: '', message: sheet.error });
    report.ms = performance.now() - started;
    return report;
  }
  const current = await overrideRows(trx, lang);
  const seen = new Map<string, number>();
  const writes: { key: string; text: string | null; version: number }[] = [];
  for (const r of sheet.rows) {
    report.rows += 1;
    const fail = (message: string) => report.errors.push({ row: r.row, key: r.key, message });
    const d = labelDefaultsByKey.get(r.key);
    if (r.key === '') {
      fail('Geen key ingevuld');
      continue;
    }
    if (!d) {
      fail(`Onbekende key "${r.key}"`);
      continue;
    }
    const earlier = seen.get(r.key);
    if (earlier !== undefined) {
      fail(`Deze key staat ook in rij ${earlier}`);
      continue;
    }
    seen.set(r.key, r.row);
    if (!r.text.ok) {
      fail(r.text.message);
      continue;
    }
    const label = toLabel(d, lang, current.get(r.key));
    if (r.version !== null && r.version !== label.version) {
      fail(`Verouderde rij: het label is na de export gewijzigd (versie ${r.version}, nu ${label.version}${label.updatedBy ? ` door ${label.updatedBy}` : ''})`);
      continue;
    }
    const def = defaultText(d, lang);
    const wanted = r.text.text === '' ? def : r.text.text;
    const problem = labelTextProblem(d, lang, wanted);
    if (problem) {
      fail(problem);
      continue;
    }
    if (wanted === label.text) {
      report.unchanged += 1;
      continue;
    }
    report.changed += 1;
    const reset = wanted === def;
    report.changes.push({ row: r.row, key: r.key, from: label.text, to: wanted, kind: reset ? 'reset' : 'set' });
    writes.push({ key: r.key, text: reset ? null : wanted, version: label.version });
  }
  if (!dryRun && report.errors.length === 0) {
    for (const w of writes) await writeLabel(trx, w.key, lang, w.text, w.version, e);
    report.applied = writes.length > 0;
  }
  report.ms = Math.round((performance.now() - started) * 10) / 10;
  return report;
}
