import { electronicFormatIBAN, friendlyFormatIBAN, validateIBAN, ValidationErrorsIBAN } from 'ibantools';

/**
 * IBAN rules shared by the server (which decides) and the app (which checks as you type): normalising what
 * people type (spaces, lower case), format and mod-97 checksum per country (ibantools), display grouped by
 * four, masking for lists, and the bank named from a Dutch IBAN's bank code.
 */

/** What people type, in electronic form: no spaces or dots, upper case ("nl91 abna 0417 1643 00" → "NL91ABNA0417164300"). */
export function normalizeIban(input: string): string {
  return electronicFormatIBAN(input.replace(/[\s.-]+/g, '')) ?? '';
}

/** Why an IBAN is refused, in Dutch; null when it is valid. */
export function ibanProblem(input: string): string | null {
  const iban = normalizeIban(input);
  if (iban === '') return 'Vul een IBAN in';
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) return 'Een IBAN begint met twee letters (het land) en twee cijfers, daarna alleen letters en cijfers';
  const result = validateIBAN(iban);
  if (result.valid) return null;
  const errors = result.errorCodes;
  if (errors.includes(ValidationErrorsIBAN.NoIBANCountry)) return `Onbekende landcode ${iban.slice(0, 2)}`;
  if (errors.includes(ValidationErrorsIBAN.WrongBBANLength)) return `Een IBAN uit ${iban.slice(0, 2)} heeft een andere lengte`;
  if (errors.includes(ValidationErrorsIBAN.WrongBBANFormat)) return 'Het rekeningdeel van dit IBAN klopt niet';
  if (errors.includes(ValidationErrorsIBAN.ChecksumNotNumber) || errors.includes(ValidationErrorsIBAN.WrongIBANChecksum) || errors.includes(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) {
    return 'Het controlegetal klopt niet: controleer het IBAN op een tikfout';
  }
  return 'Geen geldig IBAN';
}

export function isValidIban(input: string): boolean {
  return ibanProblem(input) === null;
}

/** Grouped by four, as printed on a bank card: "NL91 ABNA 0417 1643 00". */
export function formatIban(input: string): string {
  const iban = normalizeIban(input);
  return friendlyFormatIBAN(iban) ?? iban;
}

/** For lists and logs: country, check digits and the last four only ("NL91 **** **** **43 00" style). */
export function maskIban(input: string): string {
  const iban = normalizeIban(input);
  if (iban.length < 8) return iban === '' ? '' : '****';
  const masked = iban.slice(0, 4) + '*'.repeat(iban.length - 8) + iban.slice(-4);
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Dutch banks by the four letters after the check digits (the BIC's bank code). The list of De Nederlandsche
 * Bank / Betaalvereniging holds more; these are the ones tenants and partners use.
 */
export const dutchBanks: Readonly<Record<string, string>> = {
  ABNA: 'ABN AMRO',
  ADYB: 'Adyen',
  AEGO: 'Aegon Bank',
  ASNB: 'ASN Bank',
  BICK: 'Saxo Bank (Binck)',
  BNGH: 'BNG Bank',
  BNPA: 'BNP Paribas',
  BUNQ: 'bunq',
  CITI: 'Citibank',
  COBA: 'Commerzbank',
  DEUT: 'Deutsche Bank',
  DHBN: 'Demir-Halk Bank',
  FRNX: 'Froux',
  FVLB: 'Van Lanschot Kempen',
  HAND: 'Svenska Handelsbanken',
  HSBC: 'HSBC',
  INGB: 'ING',
  ISBK: 'İşbank',
  KNAB: 'Knab',
  LOYD: 'Lloyds Bank',
  NNBA: 'Nationale-Nederlanden Bank',
  NWAB: 'Nederlandse Waterschapsbank',
  RABO: 'Rabobank',
  RBRB: 'RegioBank',
  REVO: 'Revolut',
  SNSB: 'SNS',
  TRIO: 'Triodos Bank',
  UGBI: 'Garantibank',
  VOWA: 'Volkswagen Bank',
  ZWLB: 'SNS (Zwitserleven)',
};

/** The bank of a Dutch IBAN, or null (a foreign IBAN, an unknown code, or not an IBAN yet). */
export function dutchBankName(input: string): string | null {
  const iban = normalizeIban(input);
  if (!iban.startsWith('NL') || iban.length < 8) return null;
  return dutchBanks[iban.slice(4, 8)] ?? null;
}

/**
 * A SEPA direct debit mandate reference for a contract switching to direct debit: at most 35 characters,
 * letters, digits and hyphens; unique by the contract and the moment it was made.
 */
export function mandateReference(contractNumber: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:TZ.]/g, '').slice(0, 14);
  const contract = contractNumber.replace(/[^A-Za-z0-9]/g, '').slice(0, 16);
  return `KCC-${contract}-${stamp}`;
}
