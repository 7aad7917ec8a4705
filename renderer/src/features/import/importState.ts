import type { ColumnMappingInput, ImportPlan } from '../../../../shared/api/imports';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../../../../shared/api/imports';

/** The wizard as kept in the session draft: a reload or a lost connection resumes at the same step. */
export interface WizardState {
  step: number;
  importId: string | null;
  fileName: string;
  sheet: string | null;
  separator: ';' | ',' | null;
  encoding: 'utf-8' | 'windows-1252' | null;
  mapping: ColumnMappingInput;
  exclude: number[];
  group: number | null;
}

export const emptyWizard: WizardState = { step: 0, importId: null, fileName: '', sheet: null, separator: null, encoding: null, mapping: {}, exclude: [], group: null };

export const steps = ['file', 'columns', 'rows', 'group', 'check', 'done'] as const;

/** The read options the server needs for this file: the sheet (.xlsx) or separator and encoding (.csv). */
export function readOptions(w: WizardState): { sheet?: string; separator?: ';' | ','; encoding?: 'utf-8' | 'windows-1252' } {
  return {
    ...(w.sheet ? { sheet: w.sheet } : {}),
    ...(w.separator ? { separator: w.separator } : {}),
    ...(w.encoding ? { encoding: w.encoding } : {}),
  };
}

export function planOf(w: WizardState): ImportPlan {
  return { ...readOptions(w), mapping: w.mapping, exclude: w.exclude, group: w.group };
}

/** The content type the server reads the bytes as, from the file name. */
export function contentTypeOf(name: string): string {
  return /\.csv$/i.test(name) || /\.txt$/i.test(name) ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
