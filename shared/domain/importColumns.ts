/**
 * The import's columns (catalogue H1, seed 002 "sjabloon"): the template's headers, the other names an
 * exported file may use for them, and a note per column for the template. Header matching is pure so the
 * wizard's auto-mapping is unit-tested.
 */
export const importFieldKeys = [
  'customerNumber',
  'name',
  'street',
  'houseNumber',
  'addition',
  'postcode',
  'city',
  'email',
  'phone',
  'initials',
  'firstName',
  'middleName',
  'lastName',
  'birthDate',
  'gender',
] as const;
export type ImportFieldKey = (typeof importFieldKeys)[number];

export interface ImportField {
  key: ImportFieldKey;
  /** The template's header. */
  header: string;
  required: boolean;
  alternatives: readonly string[];
  /** Shown as the column's note in the template. */
  note: string;
  example: string;
}

export const importFields: readonly ImportField[] = [
  { key: 'customerNumber', header: 'Klantnummer', required: true, alternatives: ['klantnr', 'huurdernummer', 'huurdernr', 'relatienummer', 'debiteurnummer', 'customer number', 'customernumber'], note: 'Verplicht. HM- en 5 tot 7 cijfers, bijv. HM-001234 (voorloopnullen blijven staan). Uniek in het bestand; een bestaand klantnummer wordt bijgewerkt.', example: 'HM-009001' },
  { key: 'name', header: 'Naam', required: true, alternatives: ['naam huishouden', 'tenaamstelling', 'volledige naam', 'huurder', 'name'], note: 'Verplicht. De naam zoals op brieven, bijv. J. de Vries.', example: 'J. de Vries' },
  { key: 'street', header: 'Straat', required: true, alternatives: ['straatnaam', 'adres', 'street'], note: 'Verplicht. Het correspondentieadres.', example: 'Kievitlaan' },
  { key: 'houseNumber', header: 'Huisnummer', required: true, alternatives: ['huisnr', 'huisnr.', 'nummer', 'house number', 'housenumber'], note: 'Verplicht. Alleen cijfers (1 tot 99999); de toevoeging in de volgende kolom.', example: '78' },
  { key: 'addition', header: 'Toevoeging', required: false, alternatives: ['huisnummertoevoeging', 'toev', 'toev.', 'huisletter', 'addition'], note: 'Optioneel. Bijv. A of -2bis (hoogstens 10 tekens).', example: 'A' },
  { key: 'postcode', header: 'Postcode', required: true, alternatives: ['pc', 'postal code', 'postalcode', 'zip'], note: 'Verplicht. 4 cijfers en 2 letters, bijv. 3704 XC.', example: '3704 XC' },
  { key: 'city', header: 'Plaats', required: true, alternatives: ['woonplaats', 'stad', 'city'], note: 'Verplicht.', example: 'Zeist' },
  { key: 'email', header: 'E-mail', required: false, alternatives: ['email', 'e-mailadres', 'emailadres', 'mail', 'e-mail adres'], note: 'Optioneel. Een geldig e-mailadres.', example: 'j.devries@example.nl' },
  { key: 'phone', header: 'Telefoon', required: false, alternatives: ['telefoonnummer', 'tel', 'tel.', 'mobiel', 'phone'], note: 'Optioneel. 10 tot 12 cijfers, bijv. 06-12345678 of (030) 1234567.', example: '06-12345678' },
  { key: 'initials', header: 'Voorletters', required: false, alternatives: ['initialen', 'initials'], note: 'Hoofdhuurder (optioneel; vult u een van de hoofdhuurdervelden in, dan zijn voorletters, voornaam, achternaam en geboortedatum verplicht).', example: 'J.' },
  { key: 'firstName', header: 'Voornaam', required: false, alternatives: ['roepnaam', 'first name', 'firstname'], note: 'Hoofdhuurder.', example: 'Jan' },
  { key: 'middleName', header: 'Tussenvoegsels', required: false, alternatives: ['tussenvoegsel', 'tussenv.', 'middle name'], note: 'Hoofdhuurder, optioneel.', example: 'de' },
  { key: 'lastName', header: 'Achternaam', required: false, alternatives: ['naam hoofdhuurder', 'last name', 'lastname', 'surname'], note: 'Hoofdhuurder.', example: 'Vries' },
  { key: 'birthDate', header: 'Geboortedatum', required: false, alternatives: ['geb. datum', 'geboren', 'geb.datum', 'birth date', 'date of birth'], note: 'Hoofdhuurder. dd-mm-jjjj of jjjj-mm-dd, of een Excel-datum.', example: '14-03-1968' },
  { key: 'gender', header: 'Geslacht', required: false, alternatives: ['gender', 'sekse'], note: 'Hoofdhuurder, optioneel: M, V of X.', example: 'M' },
];

export const importFieldByKey = Object.fromEntries(importFields.map((f) => [f.key, f])) as Record<ImportFieldKey, ImportField>;

/** A header as compared: lower case, accents and punctuation other than '-' gone, spaces collapsed. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_.]/g, ' ')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Column index per field (null: not in the file). */
export type ColumnMapping = Partial<Record<ImportFieldKey, number | null>>;

/**
 * Matches the file's headers to the fields: first the remembered mapping (by header text), then the
 * template's header, then the known alternatives. A column is used for one field at most.
 */
export function matchHeaders(headers: readonly string[], remembered: Readonly<Record<string, string>> = {}): ColumnMapping {
  const norm = headers.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const take = (key: ImportFieldKey, index: number) => {
    if (index < 0 || used.has(index) || mapping[key] !== undefined) return;
    mapping[key] = index;
    used.add(index);
  };
  // The remembered mapping is header text → field key.
  for (const [header, key] of Object.entries(remembered)) {
    if ((importFieldKeys as readonly string[]).includes(key)) take(key as ImportFieldKey, norm.indexOf(normaliseHeader(header)));
  }
  for (const f of importFields) take(f.key, norm.indexOf(normaliseHeader(f.header)));
  for (const f of importFields) for (const alt of f.alternatives) take(f.key, norm.indexOf(normaliseHeader(alt)));
  for (const f of importFields) if (mapping[f.key] === undefined) mapping[f.key] = null;
  return mapping;
}

/** The mapping to remember: header text → field key, for the columns that were used. */
export function rememberedFrom(headers: readonly string[], mapping: ColumnMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of importFields) {
    const i = mapping[f.key];
    const header = i === null || i === undefined ? undefined : headers[i];
    if (header) out[header] = f.key;
  }
  return out;
}
