import type { LetterPart } from '../../../../../shared/api/customers';

/** What each letter carries, in the file names staff see (letter 2 is the one with the activation code). */
const contents = { 1: 'klantnummer', 2: 'activeercode' } as const satisfies Record<LetterPart, string>;

const today = () => new Date().toISOString().slice(0, 10);

/** A bulk mailing: "activatiebrieven-2026-11-30-verzending-2-activeercodes.pdf". */
export const mailingFileName = (part: LetterPart) => `activatiebrieven-${today()}-verzending-${part}-${contents[part]}s.pdf`;

/** One household's letter: "activatiebrief-HM-000123-brief-2-activeercode.pdf". */
export const householdLetterFileName = (customerNumber: string, part: LetterPart) => `activatiebrief-${customerNumber}-brief-${part}-${contents[part]}.pdf`;
