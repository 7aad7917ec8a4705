/**
 * Named placeholders in portal texts and mail templates: `{name}` (letters, digits, underscore; starts with a
 * letter). One rule for labels and templates, used by the editor (before saving) and the server (refusing).
 */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The distinct placeholder names in a text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) seen.add(m[1] ?? '');
  return [...seen];
}

export interface PlaceholderCheck {
  /** Required placeholders the text leaves out. */
  missing: string[];
  /** Placeholders the text uses that are not allowed. */
  unknown: string[];
}

/** Compares a text's placeholders with the allowed ones and the required ones (a subset of allowed). */
export function checkPlaceholders(text: string, allowed: readonly string[], required: readonly string[] = allowed): PlaceholderCheck {
  const used = placeholdersIn(text);
  return { missing: required.filter((p) => !used.includes(p)), unknown: used.filter((p) => !allowed.includes(p)) };
}

/** The Dutch sentence naming what is wrong, or null when the text is fine. */
export function placeholderProblem(c: PlaceholderCheck): string | null {
  const parts: string[] = [];
  const list = (names: string[]) => names.map((n) => `{${n}}`).join(', ');
  if (c.missing.length > 0) parts.push(`${c.missing.length === 1 ? 'Plaatshouder ontbreekt' : 'Plaatshouders ontbreken'}: ${list(c.missing)}`);
  if (c.unknown.length > 0) parts.push(`${c.unknown.length === 1 ? 'Onbekende plaatshouder' : 'Onbekende plaatshouders'}: ${list(c.unknown)}`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** Fills placeholders with values; a placeholder without a value stays as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}
