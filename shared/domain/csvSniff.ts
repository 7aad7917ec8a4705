/**
 * Reading a CSV file's bytes the way Dutch spreadsheets write them: UTF-8 with or without a byte-order mark,
 * or Windows-1252 (older Excel "CSV (gescheiden door lijstscheidingsteken)"); `;` or `,` between fields.
 */
export type CsvEncoding = 'utf-8' | 'windows-1252';
export type CsvSeparator = ';' | ',';

/** UTF-8 when the bytes are valid UTF-8 (a BOM says so too), else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The text of the bytes, without a BOM. */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The separator, judged from the header line only (data may hold commas in names or amounts): the one that
 * occurs more outside quotes; a tie (e.g. a single column) is `;`, the Dutch Excel default.
 */
export function detectSeparator(text: string): CsvSeparator {
  const end = text.search(/\r?\n/);
  const header = end < 0 ? text : text.slice(0, end);
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}
