import { z } from 'zod';
import { phoneMessagesFor } from './phone';
import { hasHiddenCharacters, isRealDate } from './plainText';
import type { ImportFieldKey } from './importColumns';

/**
 * The import's cell rules: one zod schema per column, the same on the server (which decides) and in tests.
 * Each takes the cell as text (leading zeros kept: a cell is never read as a number) and gives the value to
 * store, or Dutch messages naming what is wrong.
 */

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} heeft hoogstens ${max} tekens`)
    .refine((v) => !hasHiddenCharacters(v), `${label} bevat onzichtbare of stuurtekens`);
const required = (label: string, max = 100) => text(label, max).min(1, `${label} is verplicht`);

/** dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj, dd.mm.jjjj or jjjj-mm-dd → jjjj-mm-dd; anything else stays as typed (and fails). */
export function normaliseDate(raw: string): string {
  const v = raw.trim();
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  if (nl) return `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  return v;
}

const optional = <T extends z.ZodType<string, string>>(schema: T) => z.string().trim().transform((v, ctx) => {
  if (v === '') return '';
  const r = schema.safeParse(v);
  if (r.success) return r.data;
  for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
  return z.NEVER;
});

export const importCellRules: Record<ImportFieldKey, z.ZodType<string | number, string>> = {
  customerNumber: z
    .string()
    .trim()
    .min(1, 'Klantnummer is verplicht')
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^HM-\d{5,7}$/, 'Klantnummer heeft de vorm HM- en 5 tot 7 cijfers, bijv. HM-001234')),
  name: required('Naam'),
  street: required('Straat'),
  houseNumber: z
    .string()
    .trim()
    .min(1, 'Huisnummer is verplicht')
    .regex(/^\d+$/, 'Huisnummer bevat alleen cijfers; zet een toevoeging in de kolom Toevoeging')
    .transform(Number)
    .pipe(z.number().int().min(1, 'Huisnummer is minstens 1').max(99999, 'Huisnummer is hoogstens 99999')),
  addition: optional(
    z
      .string()
      .max(10, 'Toevoeging heeft hoogstens 10 tekens')
      .regex(/^[A-Za-z0-9 -]+$/, 'Toevoeging bevat alleen letters, cijfers, spaties en een min-teken'),
  ),
  postcode: z
    .string()
    .trim()
    .min(1, 'Postcode is verplicht')
    .transform((v) => v.toUpperCase().replace(/\s+/g, ''))
    .pipe(z.string().regex(/^[1-9]\d{3}[A-Z]{2}$/, 'Postcode heeft 4 cijfers en 2 letters, bijv. 3704 XC'))
    .transform((v) => `${v.slice(0, 4)} ${v.slice(4)}`),
  city: required('Plaats', 80),
  email: optional(z.string().toLowerCase().max(254, 'E-mailadres is te lang').email('Ongeldig e-mailadres')),
  phone: z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      if (v === '') return;
      for (const message of phoneMessagesFor(v)) ctx.addIssue({ code: 'custom', message });
    }),
  initials: text('Voorletters', 20),
  firstName: text('Voornaam', 60),
  middleName: text('Tussenvoegsels', 30),
  lastName: text('Achternaam', 80),
  birthDate: optional(
    z
      .string()
      .transform(normaliseDate)
      .pipe(z.string().refine(isRealDate, 'Geen geldige datum (dd-mm-jjjj of jjjj-mm-dd)'))
      .refine((d) => d >= '1900-01-01', 'Geboortedatum ligt voor 1900'),
  ),
  gender: optional(
    z
      .string()
      .transform((v) => v.toUpperCase())
      .pipe(z.enum(['M', 'V', 'X'], { message: 'Geslacht is M, V of X' })),
  ),
};

/** The person fields: filled in one, required in all (except tussenvoegsels and geslacht). */
export const personFields = ['initials', 'firstName', 'lastName', 'birthDate'] as const satisfies readonly ImportFieldKey[];
export const personFieldLabels: Record<(typeof personFields)[number], string> = {
  initials: 'Voorletters',
  firstName: 'Voornaam',
  lastName: 'Achternaam',
  birthDate: 'Geboortedatum',
};

export interface CellIssue {
  field: ImportFieldKey;
  message: string;
}

export type ImportValues = {
  customerNumber: string;
  name: string;
  street: string;
  houseNumber: number;
  addition: string;
  postcode: string;
  city: string;
  email: string;
  phone: string;
  initials: string;
  firstName: string;
  middleName: string;
  lastName: string;
  birthDate: string;
  gender: string;
};

/** One row's cells (field → text; a missing column is '') checked cell by cell. */
export function checkImportRow(cells: Readonly<Partial<Record<ImportFieldKey, string>>>): { values: ImportValues | null; issues: CellIssue[] } {
  const issues: CellIssue[] = [];
  const out: Record<string, string | number> = {};
  for (const [field, rule] of Object.entries(importCellRules) as [ImportFieldKey, z.ZodType<string | number, string>][]) {
    const r = rule.safeParse(cells[field] ?? '');
    if (r.success) out[field] = r.data;
    else for (const i of r.error.issues) issues.push({ field, message: i.message });
  }
  const anyPerson = personFields.some((f) => (cells[f] ?? '').trim() !== '');
  if (anyPerson) {
    for (const f of personFields) {
      if ((cells[f] ?? '').trim() === '' && !issues.some((i) => i.field === f)) {
        issues.push({ field: f, message: `${personFieldLabels[f]} is verplicht als u de hoofdhuurder invult` });
      }
    }
  }
  return { values: issues.length === 0 ? (out as ImportValues) : null, issues };
}
