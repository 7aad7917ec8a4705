import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { letterParts, type LetterPart } from '../../shared/api/customers';
import { FILE_MODE } from '../db/fileModes';
import { drawLetter, letterTitles, type LetterAddressee, type LetterContext } from './letterLayout';

export type { LetterAddressee, LetterContext } from './letterLayout';

const newDoc = (part: LetterPart) => new PDFDocument({ size: 'A4', margin: 56, autoFirstPage: false, info: { Title: letterTitles[part] } });

/** A PDF streamed into `file`, created owner-only ('wx': never into a file or link that is already there). */
const BACKLOG_BYTES = 512 * 1024;

function pdfFile(part: LetterPart, file: string): { doc: PDFKit.PDFDocument; out: fs.WriteStream; finished: Promise<void> } {
  const doc = newDoc(part);
  const out = fs.createWriteStream(file, { flags: 'wx', mode: FILE_MODE });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  return { doc, out, finished };
}

/**
 * The bulk run: two PDFs, one per mailing (posted on different days), each with one A4 page per household
 * in the same order. Written page by page, yielding to the event loop every `batch` households so the
 * server stays responsive; `onPage` reports progress. The codes exist only in mailing 2, never in logs.
 */
export async function writeMailings(
  files: Record<LetterPart, string>,
  letters: readonly LetterAddressee[],
  ctx: LetterContext,
  onPage: (done: number) => void,
  batch = 50,
): Promise<void> {
  const pdfs = letterParts.map((part) => ({ part, ...pdfFile(part, files[part]) }));
  try {
    for (let i = 0; i < letters.length; i++) {
      const l = letters[i];
      if (!l) continue;
      for (const { part, doc } of pdfs) drawLetter(doc, part, l, ctx);
      if ((i + 1) % batch === 0) {
        onPage(i + 1);
        await new Promise<void>((resolve) => setImmediate(resolve));
        // Backpressure: PDFKit pushes whatever it makes without waiting for the file, so a run of 10,000 pages
        // would otherwise pile up hundreds of MB of small chunks in memory; wait until the disk caught up.
        while (pdfs.some((p) => p.doc.readableLength > BACKLOG_BYTES || p.out.writableLength > BACKLOG_BYTES)) {
          await new Promise<void>((resolve) => setTimeout(resolve, 1));
        }
      }
    }
  } catch (error) {
    // Close the files before the job removes them.
    for (const { doc } of pdfs) doc.end();
    await Promise.allSettled(pdfs.map((p) => p.finished));
    throw error;
  }
  for (const { doc } of pdfs) {
    if (letters.length === 0) doc.addPage().text('Geen huishoudens zonder account.');
    doc.end();
  }
  await Promise.all(pdfs.map((p) => p.finished));
  onPage(letters.length);
}

/** One household's letter of `part` as PDF bytes, made in memory: a single letter never touches the disk. */
export function householdLetterPdf(part: LetterPart, letter: LetterAddressee, ctx: LetterContext): Promise<Buffer> {
  const doc = newDoc(part);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawLetter(doc, part, letter, ctx);
  doc.end();
  return done;
}
