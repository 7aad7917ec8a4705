import type { LetterPart } from '../../shared/api/customers';

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

/** What a letter needs besides the household: the portal's address and the date printed on it. */
export interface LetterContext {
  portalUrl: string;
  date: Date;
}

type LetterDoc = PDFKit.PDFDocument;

export const letterTitles: Record<LetterPart, string> = {
  1: 'Brieven klantportaal - verzending 1: huurdernummer en portaaladres',
  2: 'Brieven klantportaal - verzending 2: activeercode',
};

const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

function registrationUrl(portalUrl: string): string {
  return `${portalUrl.replace(/\/+$/, '')}/account/aanmaken`;
}

/** Name and address where a window envelope shows them, and the date: both letters are posted. */
function heading(doc: LetterDoc, l: LetterAddressee, ctx: LetterContext, title: string): void {
  doc.font('Helvetica').fontSize(11);
  doc.text(l.name, 70, 150).text(`${l.street} ${l.houseNumber}${l.addition}`).text(`${l.postcode}  ${l.city.toUpperCase()}`);
  doc.moveDown(3).text(dutchDate.format(ctx.date), 56);
  doc.moveDown(2).font('Helvetica-Bold').fontSize(14).text(title);
  doc.moveDown().font('Helvetica').fontSize(11).text('Beste huurder,').moveDown();
}

function closing(doc: LetterDoc): void {
  doc.moveDown().text('Met vriendelijke groet,').moveDown().text('Klantcontactcentrum');
}

/** Letter 1: the customer number, the portal address and how to register; never the activation code. */
function accessLetter(doc: LetterDoc, l: LetterAddressee, ctx: LetterContext): void {
  heading(doc, l, ctx, 'Uw account voor het klantportaal');
  doc.text('In ons klantportaal regelt u uw huurzaken online. Zo maakt u uw account aan:').moveDown(0.5);
  doc.text('1. Ga naar:').font('Helvetica-Bold').text(registrationUrl(ctx.portalUrl), { indent: 14 }).font('Helvetica');
  doc.text('2. Vul uw huurdernummer en uw activeercode in en klik op Volgende.');
  doc.text('3. Kies een gebruikersnaam en een wachtwoord en vul uw e-mailadres in.');
  doc.text('4. Klik op de link in de e-mail die u daarna van ons krijgt; dan is uw account klaar.');
  doc.moveDown().font('Helvetica-Bold').text(`Uw huurdernummer: ${l.customerNumber}`).font('Helvetica').moveDown();
  doc.text(
    'Uw activeercode krijgt u om veiligheidsredenen in een aparte brief. Hebt u die over een paar dagen nog niet, of bent u hem kwijt? Vraag dan een nieuwe aan op de pagina hierboven of bel ons.',
  );
  closing(doc);
}

/** Letter 2: only the activation code; no customer number and no portal address, so it is useless on its own. */
function codeLetter(doc: LetterDoc, l: LetterAddressee, ctx: LetterContext): void {
  heading(doc, l, ctx, 'Uw activeercode voor het klantportaal');
  doc.text('Hieronder staat uw activeercode. Uw huurdernummer en het adres van het klantportaal staan in een aparte brief van ons. U hebt ze allebei nodig om een account aan te maken.');
  doc.moveDown().font('Helvetica-Bold').fontSize(14).text(`Uw activeercode: ${l.code}`).font('Helvetica').fontSize(11).moveDown();
  doc.text('Geef deze code aan niemand anders en bewaar deze brief niet bij de brief met uw huurdernummer.');
  closing(doc);
}

/** Adds one page with the household's letter of `part`. */
export function drawLetter(doc: LetterDoc, part: LetterPart, l: LetterAddressee, ctx: LetterContext): void {
  doc.addPage();
  if (part === 1) accessLetter(doc, l, ctx);
  else codeLetter(doc, l, ctx);
}
