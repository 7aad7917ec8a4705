import { z } from 'zod';
import { importFieldKeys } from '../domain/importColumns';

/*
 * The import wizard (catalogue H1): a file is uploaded once (its bytes as the body) and gets an import id;
 * the wizard then previews it with a sheet, a column mapping, a row selection and a group, page by page,
 * and commits it. Nothing is written before the commit; the commit checks everything again and writes all
 * rows or none. Customers are matched by customer number, so the same file twice creates nothing new.
 */

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv';
/** The largest file the server takes (a 50,000-row export is about 5 MB). */
export const IMPORT_LIMIT_BYTES = 25 * 1024 * 1024;

export const CsvSeparator = z.enum([';', ',']);
export const CsvEncoding = z.enum(['utf-8', 'windows-1252']);
export const ImportField = z.enum(importFieldKeys);

/** Column index per field; null: not in the file. */
export const ColumnMapping = z.partialRecord(ImportField, z.number().int().min(0).max(500).nullable());
export type ColumnMappingInput = z.infer<typeof ColumnMapping>;

export const ImportIdParam = z.object({ importId: z.string().uuid() });

/** How to read the file: the sheet (.xlsx), or the separator and encoding (.csv); unset → detected. */
export const ReadOptions = z.object({
  sheet: z.string().max(100).optional(),
  separator: CsvSeparator.optional(),
  encoding: CsvEncoding.optional(),
});
export type ReadOptions = z.infer<typeof ReadOptions>;

export const ImportFile = z.object({
  importId: z.string(),
  kind: z.enum(['xlsx', 'csv']),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  separator: CsvSeparator.nullable(),
  encoding: CsvEncoding.nullable(),
  headers: z.array(z.string()),
  /** Data rows (below the header row). */
  rows: z.number().int(),
  /** The remembered mapping, else matched by name and alternative names. */
  mapping: ColumnMapping,
  /** The first rows as text, to check the mapping by eye. */
  sample: z.array(z.array(z.string())),
});
export type ImportFile = z.infer<typeof ImportFile>;

export const ImportPlan = ReadOptions.extend({
  mapping: ColumnMapping,
  /** Row numbers (as in the file: the header is row 1) left out on purpose: counted as skipped. */
  exclude: z.array(z.number().int().min(2)).max(100_000).default([]),
  /** The customer group new customers are put in. */
  group: z.number().int().min(1).nullable().default(null),
});
export type ImportPlan = z.input<typeof ImportPlan>;

/** A yes/no in a query string ('true'/'false'), or a boolean from the typed client. */
const QueryBool = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

export const PreviewQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  onlyErrors: QueryBool.default(false),
});

export const ImportAction = z.enum(['create', 'update', 'unchanged', 'skip', 'error']);
export type ImportAction = z.infer<typeof ImportAction>;

export const ImportError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportError = z.infer<typeof ImportError>;

export const ImportCounts = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  skip: z.number().int(),
  /** Rows with at least one error. */
  invalid: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const PreviewRow = z.object({
  row: z.number().int(),
  action: ImportAction,
  cells: z.record(z.string(), z.string()),
  errors: z.array(ImportError),
  /** An existing customer and a group chosen: the group does not apply to it (only new customers). */
  groupNotApplied: z.boolean(),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const ImportPreview = z.object({
  counts: ImportCounts,
  /** Every error (at most 10,000), in row order. */
  errors: z.array(ImportError),
  errorsCapped: z.boolean(),
  /** Existing customers that stay out of the chosen group. */
  notInGroup: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Rows on this page (after the "only errors" filter) and how many there are in all. */
  total: z.number().int(),
  items: z.array(PreviewRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportCommitted = z.object({
  counts: ImportCounts,
  /** The customers created or updated, for a bulk action right after. */
  customerNumbers: z.array(z.string()),
  created: z.array(z.string()),
});
export type ImportCommitted = z.infer<typeof ImportCommitted>;

/** The one-call import of api.md: `POST /imports?dryRun=…&group=…` with the file as body. */
export const ImportRunQuery = z.object({
  dryRun: QueryBool.default(true),
  group: z.coerce.number().int().min(1).optional(),
  separator: CsvSeparator.optional(),
  encoding: CsvEncoding.optional(),
  sheet: z.string().max(100).optional(),
});
export const ImportRunResult = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  skip: z.number().int(),
  errors: z.array(ImportError),
  committed: z.boolean(),
});
