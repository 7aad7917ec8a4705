import type { $ZodErrorMap } from 'zod/v4/core';
import { KEEP_SIGNED_IN_RANGE, SESSION_TIMEOUT_RANGE } from '../../../shared/api/settings';
import { passwordRules, type PasswordRule } from '../../../shared/domain/password';
import { phoneMessages, type PhoneRule } from '../../../shared/domain/phone';
import { SERVER_URL_FIELD, serverUrlProblem } from '../../../shared/domain/serverUrl';
import type { Language } from './translate';
import { friendlyRawZod, friendlyZodErrors } from './zodMessages';

/*
 * The shared schemas (shared/api, shared/domain) carry Dutch messages because the server sends them too.
 * The Dutch UI shows them as they are; the English UI looks them up here. A message missing from this
 * table shows in Dutch, so every schema message is listed (tests/components checks the ones the forms use).
 */

const phoneEnglish: Record<PhoneRule, string> = {
  required: 'Enter a phone number.',
  characters: 'A phone number contains only digits, spaces, round brackets and a hyphen.',
  digits: 'A phone number has 10, 11 or 12 digits.',
  dashes: 'A phone number has at most one hyphen.',
  brackets: 'A phone number has at most one pair of round brackets with 1 to 4 digits between them.',
};

const passwordEnglish: Record<PasswordRule['key'], string> = {
  length: 'At least 8 characters',
  upper: 'At least one upper-case letter',
  lower: 'At least one lower-case letter',
  digit: 'At least one digit',
  special: 'At least one special character',
  notUsername: 'Must not be the same as the username',
  notOld: 'Must not be the same as the old password',
};

const session = SESSION_TIMEOUT_RANGE;
const keep = KEEP_SIGNED_IN_RANGE;

/** What a templated message names ("Straat is verplicht", "De reden bevat … stuurtekens"), in English. */
const subjects: Record<string, string> = {
  Gebruikersnaam: 'Username',
  Wachtwoord: 'Password',
  Straat: 'Street',
  Plaats: 'City',
  Huisnummer: 'House number',
  Toevoeging: 'Addition',
  'Relatie tot contract': 'Relation to contract',
  Voorletters: 'Initials',
  Voornaam: 'First name',
  Tussenvoegsels: 'Name prefix',
  Achternaam: 'Last name',
  Geboortedatum: 'Date of birth',
  'De reden': 'The reason',
  Naam: 'Name',
  [SERVER_URL_FIELD]: 'Server address',
};

const templates: [RegExp, (subject: string) => string][] = [
  [/^(.+) is verplicht$/, (subject) => `${subject} is required`],
  [/^(.+) bevat onzichtbare of stuurtekens$/, (subject) => `${subject} contains invisible or control characters`],
];

const english: Record<string, string> = {
  'Gebruikersnaam heeft minstens 3 tekens': 'A username has at least 3 characters',
  'Gebruikersnaam mag alleen letters, cijfers en . _ @ - bevatten': 'A username may only contain letters, digits and . _ @ -',
  'Ongeldig e-mailadres': 'Invalid e-mail address',
  'Een reden is verplicht': 'A reason is required',
  'Klantnummer heeft de vorm HM-nnnnnn': 'A customer number has the form HM-nnnnnn',
  'Vul een zoekterm in': 'Enter a search term',
  'Geen geldig IPv4/IPv6-adres of CIDR-bereik (bijv. 10.0.0.0/8 of 2001:db8::/32)':
    'Not a valid IPv4/IPv6 address or CIDR range (e.g. 10.0.0.0/8 or 2001:db8::/32)',
  'Kies minstens één: beheerders of KCC-medewerkers': 'Choose at least one: administrators or customer contact agents',
  'Ongeldige Google Analytics-tracking-id': 'Invalid Google Analytics tracking ID',
  [`Sessie-time-out moet tussen ${session.min} en ${session.max} minuten liggen`]: `The session time-out must be between ${session.min} and ${session.max} minutes`,
  [`Ingelogd blijven moet tussen ${keep.min} en ${keep.max} dagen liggen`]: `Stay signed in must be between ${keep.min} and ${keep.max} days`,
  'Postcode heeft de vorm 1234 AB': 'Postcode has the form 1234 AB',
  'Geboortedatum heeft de vorm jjjj-mm-dd': 'Date of birth has the form yyyy-mm-dd',
  'Deze geboortedatum bestaat niet': 'This date of birth does not exist',
  'Geboortedatum ligt niet tussen 1900 en vandaag': 'The date of birth is not between 1900 and today',
};
for (const rule of Object.keys(phoneMessages) as PhoneRule[]) english[phoneMessages[rule]] = phoneEnglish[rule];
// The server-address rule's messages, found by an address that breaks each part of it.
const serverUrlEnglish: [sample: string, english: string][] = [
  ['geen adres', 'this is not a valid web address (start with https://).'],
  ['https://gebruiker:geheim@portaal.example.nl', 'do not put a username or password in the address.'],
  ['http://portaal.example.nl', 'use an https:// address; http:// is only allowed for a server on this computer (localhost).'],
  ['ftp://portaal.example.nl', 'only https:// addresses are allowed.'],
];
for (const [sample, text] of serverUrlEnglish) {
  const message = serverUrlProblem(sample);
  if (message) english[message] = `Server address: ${text}`;
}
english['Naam heeft hoogstens 80 tekens'] = 'Name has at most 80 characters';
english[`${SERVER_URL_FIELD} heeft hoogstens 2048 tekens`] = 'Server address has at most 2048 characters';
for (const rule of passwordRules('', { username: 'x', oldPassword: 'y' })) english[rule.message] = passwordEnglish[rule.key];

function toEnglish(message: string): string | undefined {
  const known = english[message];
  if (known !== undefined) return known;
  for (const [pattern, render] of templates) {
    const subject = pattern.exec(message)?.[1];
    const name = subject === undefined ? undefined : subjects[subject];
    if (name !== undefined) return render(name);
  }
  return undefined;
}

/** A validation message (from a shared schema or the server) in the UI language. */
export function localizeValidation(message: string, language: Language): string {
  // zod's default text (the server's, for a rule without a message of its own) is never shown as such.
  const raw = friendlyRawZod(message, language);
  if (raw !== undefined) return raw;
  return language === 'en' ? (toEnglish(message) ?? message) : message;
}

/** Whether the English UI has its own text for a schema message (for tests). */
export function hasEnglish(message: string): boolean {
  return toEnglish(message) !== undefined;
}

const zodMaps: Record<Language, $ZodErrorMap> = { nl: friendlyZodErrors('nl'), en: friendlyZodErrors('en') };

/** zod's own messages (for rules a schema gives no message of its own, e.g. a maximum length) in plain words in the UI language. */
export function zodErrorMap(language: Language): $ZodErrorMap {
  return zodMaps[language];
}
