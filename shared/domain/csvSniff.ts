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

// Windows-1252's 0x80–0x9F (€, ‘ ’ “ ” – — …). TextDecoder('windows-1252') should map them, but Node builds
// without full ICU decode them as ISO-8859-1 control characters; mapping them here gives the same text everywhere.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The text of the bytes, without a BOM. */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding): string {
  let text = new TextDecoder(encoding).decode(bytes);
  if (encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
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
