import type { TimelineEntry } from '../../../../../shared/api/customers';
import type { Language } from '../../../i18n/translate';

/*
 * The server stores each interaction's text in Dutch (the portal shows it to the tenant) with a template code.
 * The English UI rebuilds the text from the code and the details inside the Dutch sentence; a text this table
 * does not know shows as stored.
 */

const roles: Record<string, string> = {
  Contractant: 'contract holder',
  Medehuurder: 'co-tenant',
  Partner: 'partner',
  Kind: 'child',
  Inwonend: 'lodger',
  Bewindvoerder: 'administrator',
};
const role = (dutch: string) => roles[dutch] ?? dutch;

const patterns: Record<string, [RegExp, (m: RegExpExecArray) => string][]> = {
  CP_PHONE_CHANGED: [
    [/^Telefoonnummer gewijzigd via het Klantportaal$/, () => 'Phone number changed in the customer portal'],
    [/^Telefoonnummer gewijzigd in (.+)$/, (m) => `Phone number changed to ${m[1]}`],
  ],
  CP_EMAIL_CHANGED: [
    [/^E-mailadres gewijzigd via het Klantportaal$/, () => 'E-mail address changed in the customer portal'],
    [/^E-mailadres gewijzigd in (.+)$/, (m) => `E-mail address changed to ${m[1]}`],
  ],
  CP_EMAIL_CHANGE_REQUESTED: [
    [/^Wijziging e-mailadres aangevraagd \((.+)\); wacht op bevestiging$/, (m) => `E-mail address change requested (${m[1]}); awaiting confirmation`],
  ],
  CP_ADDRESS_CHANGED: [[/^Correspondentieadres gewijzigd via het Klantportaal$/, () => 'Correspondence address changed in the customer portal']],
  CP_CORRESPONDENCE_ADDRESS_CHANGED: [[/^Correspondentieadres gewijzigd in (.+)$/, (m) => `Correspondence address changed to ${m[1]}`]],
  CP_VERIFICATION_CODE: [
    [/^Nieuwe activeringscode aangevraagd \(code kwijt\)$/, () => 'New activation code requested (code lost)'],
    [/^Nieuwe verificatiecode aangemaakt$/, () => 'New verification code generated'],
    [/^Nieuwe brief met verificatiecode aangevraagd$/, () => 'New letter with the verification code requested'],
  ],
  CP_REPAIR_REQUEST: [[/^Reparatieverzoek ingediend via het Klantportaal$/, () => 'Repair request submitted in the customer portal']],
  CP_ARRANGEMENT_ADD: [[/^Betalingsregeling aangevraagd via het Klantportaal$/, () => 'Payment arrangement requested in the customer portal']],
  CP_PERSON_ADDED: [[/^Persoon toegevoegd: (.+) \(([^()]+)\)$/, (m) => `Person added: ${m[1]} (${role(m[2] ?? '')})`]],
  CP_PERSON_CHANGED: [[/^Persoon gewijzigd: (.+) \(([^()]+)\)$/, (m) => `Person changed: ${m[1]} (${role(m[2] ?? '')})`]],
  CP_PERSON_REMOVED: [[/^Persoon verwijderd: (.+) \(([^()]+)\)$/, (m) => `Person removed: ${m[1]} (${role(m[2] ?? '')})`]],
  TELEFOON: [
    [/^Klant belt met een vraag over de jaarafrekening servicekosten$/, () => 'Customer calls with a question about the annual service charge statement'],
    [/^Klant belt over een betalingsachterstand$/, () => 'Customer calls about payment arrears'],
    [/^Klant belt over geluidsoverlast van de buren$/, () => 'Customer calls about noise from the neighbours'],
    [/^Klant kan niet inloggen op het Klantportaal, uitleg gegeven$/, () => 'Customer cannot sign in to the customer portal; explained how'],
  ],
  BALIE: [
    [/^Klant aan de balie voor een extra sleutel van de berging$/, () => 'Customer at the desk for an extra key to the storage room'],
    [/^Klant aan de balie met vragen over de huurverhoging$/, () => 'Customer at the desk with questions about the rent increase'],
  ],
  EMAIL: [[/^E-mail van klant over de staat van het trappenhuis beantwoord$/, () => 'E-mail from the customer about the state of the stairwell answered']],
  BRIEF: [[/^Brief jaarlijkse huuraanpassing verstuurd$/, () => 'Letter on the annual rent adjustment sent']],
};

/** The entry's text in the UI language (Dutch as stored; English by template, the stored text as a fallback). */
export function timelineText(entry: Pick<TimelineEntry, 'template' | 'description'>, language: Language): string {
  if (language === 'nl') return entry.description;
  for (const [pattern, render] of patterns[entry.template] ?? []) {
    const m = pattern.exec(entry.description);
    if (m) return render(m);
  }
  return entry.description;
}

const channels: Record<string, { nl: string; en: string }> = {
  telefoon: { nl: 'telefoon', en: 'phone' },
  portaal: { nl: 'portaal', en: 'portal' },
  balie: { nl: 'balie', en: 'desk' },
  'e-mail': { nl: 'e-mail', en: 'e-mail' },
  brief: { nl: 'brief', en: 'letter' },
};

/** The channel (stored as a Dutch code such as "telefoon") in the UI language. */
export function channelText(channel: string, language: Language): string {
  return channels[channel]?.[language] ?? channel;
}
