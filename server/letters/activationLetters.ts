import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { FILE_MODE } from '../db/fileModes';

export interface LetterAddressee {
  customerNumber: string;
  name: string;
  street: string;
  houseNumber: number;
  addition: string;
  postcode: string;
  city: string;
  code: string;
}

/**
 * Activation letters: ONE PDF, one A4 page per household with the
 * address block (window envelope position), the customer number, the activation code and the portal URL.
 * Written to `file` page by page, yielding to the event loop every `batch` pages so the server stays
 * responsive; `onPage` reports progress. The codes exist only in the PDF, never in logs.
 */
export async function writeActivationLetters(
  file: string,
  letters: readonly LetterAddressee[],
  portalUrl: string,
  onPage: (done: number) => void,
  batch = 200,
): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, autoFirstPage: false, info: { Title: 'Activeercodes klantportaal' } });
  // Owner-only from the first byte ('wx': never into a file or link that is already there).
  const out = fs.createWriteStream(file, { flags: 'wx', mode: FILE_MODE });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  const url = `${portalUrl.replace(/\/+$/, '')}/account/aanmaken`;
  for (let i = 0; i < letters.length; i++) {
    const l = letters[i];
    if (!l) continue;
    doc.addPage();
    doc.font('Helvetica').fontSize(11);
    // Address block where a window envelope shows it.
    doc.text(l.name, 70, 150).text(`${l.street} ${l.houseNumber}${l.addition}`).text(`${l.postcode}  ${l.city.toUpperCase()}`);
    doc.moveDown(4).font('Helvetica-Bold').fontSize(14).text('Uw activeercode voor het klantportaal', 56);
    doc.moveDown().font('Helvetica').fontSize(11);
    doc.text('Beste huurder,').moveDown();
    doc.text('Met uw huurdernummer en de activeercode hieronder maakt u een account aan voor ons klantportaal. Ga daarvoor naar:');
    doc.moveDown(0.5).font('Helvetica-Bold').text(url).font('Helvetica').moveDown();
    doc.text(`Huurdernummer: ${l.customerNumber}`);
    doc.text(`Activeercode: ${l.code}`);
    doc.moveDown().text('Bewaar deze brief goed en geef de activeercode aan niemand anders. Met vriendelijke groet,').moveDown().text('Klantcontactcentrum');
    if ((i + 1) % batch === 0) {
      onPage(i + 1);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  if (letters.length === 0) doc.addPage().text('Geen huishoudens zonder account.');
  doc.end();
  await finished;
  onPage(letters.length);
}
