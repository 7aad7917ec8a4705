/**
 * The portal's phone-number rule, one Dutch message per broken rule:
 * - 10, 11 or 12 digits;
 * - at most one '-';
 * - at most one pair of round brackets, holding 1–4 digits (e.g. '(0)', '(06)', '(010)', '(0318)');
 * - nothing but digits, spaces, round brackets and '-'.
 */
export const phoneMessages = {
  required: 'Vul een telefoonnummer in.',
  characters: 'Een telefoonnummer bevat alleen cijfers, spaties, ronde haakjes en een min-teken.',
  digits: 'Een telefoonnummer bevat 10, 11 of 12 cijfers.',
  dashes: 'Een telefoonnummer bevat maximaal één min-teken.',
  brackets: 'Een telefoonnummer bevat maximaal één paar ronde haakjes met daartussen 1 tot 4 cijfers.',
} as const;
export type PhoneRule = keyof typeof phoneMessages;

/** The rules a phone number breaks, in a fixed order (empty: valid). */
export function phoneIssues(raw: string): PhoneRule[] {
  const value = raw.trim();
  if (value === '') return ['required'];
  const issues: PhoneRule[] = [];
  if (/[^0-9 ()-]/.test(value)) issues.push('characters');
  const digits = (value.match(/[0-9]/g) ?? []).length;
  if (digits < 10 || digits > 12) issues.push('digits');
  if ((value.match(/-/g) ?? []).length > 1) issues.push('dashes');
  if (!bracketsOk(value)) issues.push('brackets');
  return issues;
}

/** No brackets, or exactly one '(' followed by 1–4 digits and ')'. */
function bracketsOk(value: string): boolean {
  const open = (value.match(/\(/g) ?? []).length;
  const close = (value.match(/\)/g) ?? []).length;
  if (open === 0 && close === 0) return true;
  if (open !== 1 || close !== 1) return false;
  return /\([0-9]{1,4}\)/.test(value);
}

export function phoneMessagesFor(raw: string): string[] {
  return phoneIssues(raw).map((r) => phoneMessages[r]);
}

export function isValidPhone(raw: string): boolean {
  return phoneIssues(raw).length === 0;
}
