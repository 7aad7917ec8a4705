import { createHash } from 'node:crypto';
import { placeholdersIn } from '../../../shared/domain/placeholders';
import { accountPages } from './account';
import { dwellingPages } from './dwelling';
import { financePages } from './finance';
import { generalPages } from './general';
import { repairPages } from './repair';
import type { PageLabels } from './types';

export type LabelLang = 'nl' | 'en';
export const LABEL_LANGS: readonly LabelLang[] = ['nl', 'en'];

/** One shipped label: its key is `<page>.<label name>`, unique across the portal. */
export interface LabelDefault {
  key: string;
  page: string;
  name: string;
  nl: string;
  en: string;
}

const pages: PageLabels[] = [...accountPages, ...generalPages, ...dwellingPages, ...financePages, ...repairPages].sort((a, b) =>
  a.page.localeCompare(b.page),
);

/** Every shipped label, by page then label name (the order of the screen and the export). */
export const labelDefaults: readonly LabelDefault[] = pages.flatMap((p) =>
  Object.entries(p.labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, [nl, en]]) => ({ key: `${p.page}.${name}`, page: p.page, name, nl, en })),
);

export const labelDefaultsByKey: ReadonlyMap<string, LabelDefault> = new Map(labelDefaults.map((l) => [l.key, l]));

/** The portal's page names, sorted (the Paginanaam list). */
export const labelPages: readonly string[] = pages.map((p) => p.page);

export function defaultText(label: LabelDefault, lang: LabelLang): string {
  return lang === 'nl' ? label.nl : label.en;
}

/** The placeholders a label's text must keep (those of its default in that language). */
export function labelPlaceholders(label: LabelDefault, lang: LabelLang): string[] {
  return placeholdersIn(defaultText(label, lang));
}

/** Short hash of a default text; an override stores the hash of the default it was written against. */
export function defaultHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
