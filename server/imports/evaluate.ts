import type { Kysely } from 'kysely';
import type { ImportAction, ImportCounts, ImportError } from '../../shared/api/imports';
import { importFieldByKey, importFields, type ColumnMapping, type ImportFieldKey } from '../../shared/domain/importColumns';
import { checkImportRow, type ImportValues } from '../../shared/domain/importRules';
import type { DB } from '../db/schema';
import type { SheetText } from './readFile';

/** One row judged: what the import would do with it, the cells as mapped, the errors naming row and column. */
export interface JudgedRow {
  row: number;
  action: ImportAction;
  cells: Partial<Record<ImportFieldKey, string>>;
  values: ImportValues | null;
  errors: ImportError[];
  /** The existing household's id (update / unchanged). */
  householdId: number | null;
}

export interface Judgement {
  rows: JudgedRow[];
  counts: ImportCounts;
  /** Only the mapped columns are written: an unmapped column never clears anything. */
  mapped: Set<ImportFieldKey>;
}

/** The household columns an import writes, per field. */
export const householdColumn = {
  name: 'name',
  street: 'corr_street',
  houseNumber: 'corr_house_number',
  addition: 'corr_house_number_addition',
  postcode: 'corr_postcode',
  city: 'corr_city',
  email: 'email',
  phone: 'phone',
} as const satisfies Partial<Record<ImportFieldKey, string>>;
export type HouseholdField = keyof typeof householdColumn;
export const householdFields = Object.keys(householdColumn) as HouseholdField[];

const LOOKUP_BATCH = 500;

type Existing = { id: number } & Record<HouseholdField, string | number>;

async function existingHouseholds(db: Kysely<DB>, numbers: string[]): Promise<Map<string, Existing>> {
  const out = new Map<string, Existing>();
  for (let i = 0; i < numbers.length; i += LOOKUP_BATCH) {
    const rows = await db
      .selectFrom('households')
      .select(['id', 'customer_number', 'name', 'corr_street', 'corr_house_number', 'corr_house_number_addition', 'corr_postcode', 'corr_city', 'email', 'phone'])
      .where('customer_number', 'in', numbers.slice(i, i + LOOKUP_BATCH))
      .execute();
    for (const r of rows) {
      out.set(r.customer_number, {
        id: r.id,
        name: r.name,
        street: r.corr_street,
        houseNumber: r.corr_house_number,
        addition: r.corr_house_number_addition,
        postcode: r.corr_postcode,
        city: r.corr_city,
        email: r.email,
        phone: r.phone,
      });
    }
  }
  return out;
}

/** Whether a mapped, filled-in field differs from what is stored (an empty optional cell changes nothing). */
function differs(values: ImportValues, cells: JudgedRow['cells'], existing: Existing, mapped: Set<ImportFieldKey>): boolean {
  return householdFields.some((f) => mapped.has(f) && (cells[f] ?? '').trim() !== '' && values[f] !== existing[f]);
}

/**
 * Judges every row of the sheet with the cell rules (shared/domain/importRules.ts), the customer number's
 * uniqueness in the file, and what is in the database (by customer number): create, update, unchanged,
 * skip (left out on purpose) or error. Read-only: the same function runs in the preview and, inside the
 * commit's transaction, again before anything is written.
 */
export async function judge(db: Kysely<DB>, sheet: SheetText, mapping: ColumnMapping, exclude: ReadonlySet<number>): Promise<Judgement> {
  const mapped = new Set<ImportFieldKey>(importFields.filter((f) => typeof mapping[f.key] === 'number').map((f) => f.key));
  const missing = importFields.filter((f) => f.required && !mapped.has(f.key));
  const firstRow = new Map<string, number>();
  const rows: JudgedRow[] = sheet.rows.map(({ row, cells: raw }) => {
    const cells: JudgedRow['cells'] = {};
    for (const f of importFields) {
      const i = mapping[f.key];
      cells[f.key] = typeof i === 'number' ? (raw[i] ?? '') : '';
    }
    if (exclude.has(row)) return { row, action: 'skip', cells, values: null, errors: [], householdId: null };
    const { values, issues } = checkImportRow(cells);
    const errors: ImportError[] = issues.map((i) => ({ row, column: importFieldByKey[i.field].header, message: i.message }));
    for (const f of missing) errors.unshift({ row, column: f.header, message: `De kolom ${f.header} is niet gekoppeld` });
    const number = (cells.customerNumber ?? '').trim().toUpperCase();
    if (number !== '') {
      const first = firstRow.get(number);
      if (first !== undefined) errors.push({ row, column: 'Klantnummer', message: `Klantnummer ${number} staat ook in rij ${first}` });
      else firstRow.set(number, row);
    }
    return { row, action: errors.length > 0 ? 'error' : 'create', cells, values: errors.length > 0 ? null : values, errors, householdId: null };
  });
  const existing = await existingHouseholds(
    db,
    rows.filter((r) => r.values).map((r) => r.values!.customerNumber),
  );
  const counts: ImportCounts = { rows: rows.length, create: 0, update: 0, unchanged: 0, skip: 0, invalid: 0 };
  for (const r of rows) {
    const known = r.values ? existing.get(r.values.customerNumber) : undefined;
    if (r.values && known) {
      r.householdId = known.id;
      r.action = differs(r.values, r.cells, known, mapped) ? 'update' : 'unchanged';
    }
    if (r.action === 'create') counts.create++;
    else if (r.action === 'update') counts.update++;
    else if (r.action === 'unchanged') counts.unchanged++;
    else if (r.action === 'skip') counts.skip++;
    else counts.invalid++;
  }
  return { rows, counts, mapped };
}
