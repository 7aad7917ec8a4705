import zlib from 'node:zlib';

/**
 * The text of each page of a PDF made by PDFKit with its standard fonts, in page order: each page's content
 * stream (Flate-compressed or not) read through its page object, the hex strings of its Tj/TJ operators
 * decoded (WinAnsi ≈ latin1), one line per operator. Enough to check what a page says, nothing more.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const src = pdf.toString('latin1');
  const pages = [...src.matchAll(/\/Type \/Page\n[^]*?\/Contents (\d+) 0 R/g)].map((m) => Number(m[1]));
  return pages.map((n) => textOf(contentStream(pdf, src, n)));
}

function contentStream(pdf: Buffer, src: string, objectNumber: number): string {
  const start = src.indexOf(`\n${objectNumber} 0 obj\n`);
  if (start < 0) throw new Error(`object ${objectNumber} not found`);
  const dictEnd = src.indexOf('stream\n', start);
  const dict = src.slice(start, dictEnd);
  const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
  const data = pdf.subarray(dictEnd + 'stream\n'.length, dictEnd + 'stream\n'.length + length);
  return (dict.includes('/FlateDecode') ? zlib.inflateSync(data) : data).toString('latin1');
}

function textOf(content: string): string {
  const lines: string[] = [];
  for (const op of content.matchAll(/(\[[^\]]*\]|<[0-9a-fA-F]*>)\s*T[jJ]/g)) {
    const hex = [...(op[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1] ?? '').join('');
    lines.push(Buffer.from(hex, 'hex').toString('latin1'));
  }
  return lines.join('\n');
}
