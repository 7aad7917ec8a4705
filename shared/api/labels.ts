import { z } from 'zod';
import { MAX_PAGE_SIZE } from './common';

export const LabelLang = z.enum(['nl', 'en']).default('nl');
export type LabelLang = z.output<typeof LabelLang>;

/** Version of a label or template: 0 while it was never changed (no stored row yet). */
export const EditVersion = z.number().int().min(0);

/** A portal text: `text` is the effective text (the override, else the default). */
export const Label = z.object({
  key: z.string(),
  page: z.string(),
  name: z.string(),
  lang: z.enum(['nl', 'en']),
  defaultText: z.string(),
  text: z.string(),
  overridden: z.boolean(),
  /** The default changed after the override was saved. */
  outdated: z.boolean(),
  /** The default the override was written against (only when outdated). */
  savedDefaultText: z.string().nullable(),
  placeholders: z.array(z.string()),
  version: EditVersion,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Label = z.infer<typeof Label>;

const Flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 'true' || v === '1')
  .optional();

/**
 * `GET /labels`: the contract names `page` twice (the page name and the page number). A number is the list
 * page; anything else is the page name (`pageName` says it unambiguously).
 */
export const LabelQuery = z
  .object({
    lang: LabelLang,
    page: z.string().trim().max(100).optional(),
    pageName: z.string().trim().max(100).optional(),
    q: z.string().trim().max(200).optional(),
    overridden: Flag,
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  })
  .transform(({ page, pageName, ...rest }) => {
    const isNumber = page !== undefined && /^\d+$/.test(page);
    return { ...rest, pageNumber: isNumber ? Math.max(1, Number(page)) : 1, pageName: pageName || (isNumber ? undefined : page) || undefined };
  });
export type LabelQuery = z.output<typeof LabelQuery>;

export const LangQuery = z.object({ lang: LabelLang });
export const LabelKeyParam = z.object({ key: z.string().min(1).max(200) });

export const UpdateLabel = z.object({
  text: z.string().max(4000, 'Een label is hoogstens 4000 tekens').refine((t) => t.trim() !== '', 'Vul een tekst in (of herstel de standaardtekst)'),
  version: EditVersion,
});
export type UpdateLabel = z.infer<typeof UpdateLabel>;

export const LabelHistoryEntry = z.object({
  /** null: the label went back to its default. */
  text: z.string().nullable(),
  version: z.number().int(),
  changedAt: z.string(),
  changedBy: z.string(),
});
export type LabelHistoryEntry = z.infer<typeof LabelHistoryEntry>;

export const LabelImportQuery = z.object({
  lang: LabelLang,
  dryRun: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .default(true),
});

export const LabelImportChange = z.object({
  row: z.number().int(),
  key: z.string(),
  from: z.string(),
  to: z.string(),
  /** 'set': becomes an override; 'reset': back to the default. */
  kind: z.enum(['set', 'reset']),
});

export const LabelImportReport = z.object({
  rows: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), key: z.string(), message: z.string() })),
  changes: z.array(LabelImportChange),
  /** Whether the changes were written (never with an error, never on a dry run). */
  applied: z.boolean(),
  dryRun: z.boolean(),
  ms: z.number(),
});
export type LabelImportReport = z.infer<typeof LabelImportReport>;

/** The export's sheet: these columns, in this order (the import finds them by their header). */
export const LABEL_SHEET_COLUMNS = ['key', 'page', 'default', 'text', 'version'] as const;
