import { describe, expect, it } from 'vitest';
import { decodeCsv, detectEncoding, detectSeparator } from '../../shared/domain/csvSniff';
import { matchHeaders, normaliseHeader, rememberedFrom } from '../../shared/domain/importColumns';
import { checkImportRow, importCellRules, normaliseDate } from '../../shared/domain/importRules';

const ok = (field: keyof typeof importCellRules, input: string) => {
  const r = importCellRules[field].safeParse(input);
  if (!r.success) throw new Error(`${field} "${input}": ${r.error.issues.map((i) => i.message).join('; ')}`);
  return r.data;
};
const messages = (field: keyof typeof importCellRules, input: string) => {
  const r = importCellRules[field].safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('CSV sniffing', () => {
  it('judges the separator from the header line only, outside quotes; a tie is ";"', () => {
    expect(detectSeparator('a;b;c\n1,5;2,5;3')).toBe(';');
    expect(detectSeparator('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectSeparator('"Naam, volledig";Plaats\r\nx;y')).toBe(';');
    expect(detectSeparator('Klantnummer')).toBe(';');
  });
  it('reads UTF-8 with and without a BOM, and falls back to Windows-1252', () => {
    const text = 'Naam;Plaats\nJürgen;’s-Hertogenbosch €';
    const utf8 = new TextEncoder().encode(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    // ü = 0xFC, ’ = 0x92, € = 0x80 in Windows-1252: not valid UTF-8.
    const cp = new Uint8Array([...'Naam;Plaats\nJ'].map((c) => c.charCodeAt(0)).concat([0xfc], [...'rgen;'].map((c) => c.charCodeAt(0)), [0x92], [...'s-Hertogenbosch '].map((c) => c.charCodeAt(0)), [0x80]));
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(detectEncoding(bom)).toBe('utf-8');
    expect(detectEncoding(cp)).toBe('windows-1252');
    expect(decodeCsv(bom, 'utf-8')).toBe(text);
    expect(decodeCsv(cp, 'windows-1252')).toBe(text);
  });
});

describe('header matching', () => {
  it('matches the template headers, known alternatives and spelling variants, each column once', () => {
    expect(normaliseHeader('  E-mail_adres ')).toBe('e-mail adres');
    const m = matchHeaders(['Huurdernummer', 'Naam', 'straatnaam', 'Huisnr.', 'Toev.', 'PC', 'Woonplaats', 'E-mailadres', 'Mobiel', 'Geb. datum', 'Naam']);
    expect(m).toMatchObject({ customerNumber: 0, name: 1, street: 2, houseNumber: 3, addition: 4, postcode: 5, city: 6, email: 7, phone: 8, birthDate: 9, lastName: null });
  });
  it('a remembered mapping wins over the names', () => {
    const headers = ['Relatie', 'Omschrijving', 'Postcode'];
    const remembered = rememberedFrom(headers, { customerNumber: 0, name: 1, postcode: 2 });
    expect(remembered).toEqual({ Relatie: 'customerNumber', Omschrijving: 'name', Postcode: 'postcode' });
    expect(matchHeaders(['Postcode', 'relatie', 'Omschrijving'], remembered)).toMatchObject({ customerNumber: 1, name: 2, postcode: 0 });
  });
});

describe('cell rules', () => {
  it('customer number: HM- and 5–7 digits, leading zeros kept, upper-cased', () => {
    expect(ok('customerNumber', ' hm-000123 ')).toBe('HM-000123');
    expect(messages('customerNumber', '')).toEqual(['Klantnummer is verplicht']);
    expect(messages('customerNumber', '000123')).toEqual(['Klantnummer heeft de vorm HM- en 5 tot 7 cijfers, bijv. HM-001234']);
    expect(messages('customerNumber', 'HM-12345678')).toHaveLength(1);
  });
  it('postcode: 4 digits (not starting with 0) and 2 letters, written "1234 AB"', () => {
    expect(ok('postcode', '3704xc')).toBe('3704 XC');
    expect(ok('postcode', '3704  XC')).toBe('3704 XC');
    expect(messages('postcode', '0370 XC')).toHaveLength(1);
    expect(messages('postcode', '37045')).toHaveLength(1);
    expect(messages('postcode', '')).toEqual(['Postcode is verplicht']);
  });
  it('house number: digits only, 1–99999; the addition apart', () => {
    expect(ok('houseNumber', '078')).toBe(78);
    expect(messages('houseNumber', '12a')).toEqual(['Huisnummer bevat alleen cijfers; zet een toevoeging in de kolom Toevoeging']);
    expect(messages('houseNumber', '0')).toEqual(['Huisnummer is minstens 1']);
    expect(messages('houseNumber', '100000')).toEqual(['Huisnummer is hoogstens 99999']);
    expect(ok('addition', ' A ')).toBe('A');
    expect(ok('addition', '')).toBe('');
    expect(ok('addition', '-2bis')).toBe('-2bis');
    expect(messages('addition', 'a/b')).toHaveLength(1);
    expect(messages('addition', 'ABCDEFGHIJK')).toEqual(['Toevoeging heeft hoogstens 10 tekens']);
  });
  it('e-mail optional and lower-cased; phone by the portal rule; names without hidden characters', () => {
    expect(ok('email', 'J.Jansen@Example.NL')).toBe('j.jansen@example.nl');
    expect(ok('email', '')).toBe('');
    expect(messages('email', 'jansen@')).toEqual(['Ongeldig e-mailadres']);
    expect(ok('phone', '')).toBe('');
    expect(ok('phone', '(030) 1234567')).toBe('(030) 1234567');
    expect(messages('phone', '06-1234-5678')).toEqual(['Een telefoonnummer bevat maximaal één min-teken.']);
    expect(messages('phone', '12345')).toEqual(['Een telefoonnummer bevat 10, 11 of 12 cijfers.']);
    expect(messages('name', 'Jan\u202Eneppo')).toEqual(['Naam bevat onzichtbare of stuurtekens']);
    expect(messages('name', ' ')).toEqual(['Naam is verplicht']);
    expect(messages('city', 'x'.repeat(81))).toEqual(['Plaats heeft hoogstens 80 tekens']);
  });
  it('dates: dd-mm-jjjj, d/m/jjjj, jjjj-mm-dd and an Excel date as text; no 31 February, nothing before 1900', () => {
    expect(normaliseDate('1-3-1968')).toBe('1968-03-01');
    expect(ok('birthDate', '14-03-1968')).toBe('1968-03-14');
    expect(ok('birthDate', '14/3/1968')).toBe('1968-03-14');
    expect(ok('birthDate', '1968-03-14')).toBe('1968-03-14');
    expect(messages('birthDate', '31-02-1980')).toEqual(['Geen geldige datum (dd-mm-jjjj of jjjj-mm-dd)']);
    expect(messages('birthDate', '01-01-1899')).toEqual(['Geboortedatum ligt voor 1900']);
    expect(messages('birthDate', 'gisteren')).toHaveLength(1);
    expect(ok('gender', 'v')).toBe('V');
    expect(messages('gender', 'Q')).toEqual(['Geslacht is M, V of X']);
  });
  it('a row: the main tenant is all or nothing', () => {
    const base = { customerNumber: 'HM-00001', name: 'A', street: 'Laan', houseNumber: '1', postcode: '1234 AB', city: 'Zeist' };
    expect(checkImportRow(base).issues).toEqual([]);
    expect(checkImportRow({ ...base, lastName: 'Jansen' }).issues.map((i) => i.field)).toEqual(['initials', 'firstName', 'birthDate']);
    expect(checkImportRow({ ...base, initials: 'J.', firstName: 'Jan', lastName: 'Jansen', birthDate: '1970-01-01' }).values?.birthDate).toBe('1970-01-01');
  });
});
