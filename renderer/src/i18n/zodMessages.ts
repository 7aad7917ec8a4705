import type { $ZodErrorMap, $ZodRawIssue } from 'zod/v4/core';
import type { Language } from './translate';

/*
 * Messages for rules a schema gives no message of its own (a maximum length, a number field left with text),
 * in plain words: zod's own texts name types ("expected number, received NaN"), which a desk worker cannot act on.
 */

interface Words {
  required: string;
  number: string;
  whole: string;
  invalid: string;
  choose: string;
  email: string;
  format: string;
  maxChars: (n: number) => string;
  minChars: (n: number) => string;
  max: (n: number) => string;
  min: (n: number) => string;
  maxItems: (n: number) => string;
  minItems: (n: number) => string;
}

const words: Record<Language, Words> = {
  nl: {
    required: 'Dit veld is verplicht',
    number: 'Vul een getal in',
    whole: 'Vul een geheel getal in',
    invalid: 'Deze waarde is niet geldig',
    choose: 'Kies een van de mogelijkheden',
    email: 'Ongeldig e-mailadres',
    format: 'Deze waarde heeft niet de juiste vorm',
    maxChars: (n) => `Hoogstens ${n} tekens`,
    minChars: (n) => `Minstens ${n} tekens`,
    max: (n) => `Hoogstens ${n}`,
    min: (n) => `Minstens ${n}`,
    maxItems: (n) => `Hoogstens ${n} items`,
    minItems: (n) => `Minstens ${n} items`,
  },
  en: {
    required: 'This field is required',
    number: 'Enter a number',
    whole: 'Enter a whole number',
    invalid: 'This value is not valid',
    choose: 'Choose one of the options',
    email: 'Invalid e-mail address',
    format: 'This value does not have the right form',
    maxChars: (n) => `At most ${n} characters`,
    minChars: (n) => `At least ${n} characters`,
    max: (n) => `At most ${n}`,
    min: (n) => `At least ${n}`,
    maxItems: (n) => `At most ${n} items`,
    minItems: (n) => `At least ${n} items`,
  },
};

const bound = (value: unknown, inclusive: boolean | undefined, step: number): number =>
  Number(value) + (inclusive === false ? step : 0);

function message(issue: $ZodRawIssue, w: Words): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return w.required;
      if (issue.expected === 'number' || issue.expected === 'int' || issue.expected === 'bigint') return w.number;
      return w.invalid;
    case 'too_big': {
      const n = bound(issue.maximum, issue.inclusive, -1);
      if (issue.origin === 'string') return w.maxChars(n);
      if (issue.origin === 'array' || issue.origin === 'set') return w.maxItems(n);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return w.max(Number(issue.maximum));
      return w.invalid;
    }
    case 'too_small': {
      const n = bound(issue.minimum, issue.inclusive, 1);
      if (issue.origin === 'string') return n <= 1 ? w.required : w.minChars(n);
      if (issue.origin === 'array' || issue.origin === 'set') return w.minItems(n);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return w.min(Number(issue.minimum));
      return w.invalid;
    }
    case 'invalid_format':
      return issue.format === 'email' ? w.email : w.format;
    case 'invalid_value':
      return w.choose;
    case 'not_multiple_of':
      return w.whole;
    default:
      return w.invalid;
  }
}

/** zod's error map for the UI language, in plain words. */
export function friendlyZodErrors(language: Language): $ZodErrorMap {
  const w = words[language];
  return (issue) => message(issue, w);
}

/** zod's default English texts, as the server sends them for rules without a message of their own. */
const rawZod: [RegExp, (m: RegExpExecArray, w: Words) => string][] = [
  [/^Too big: expected string to have <=?(\d+) characters?$/, (m, w) => w.maxChars(Number(m[1]))],
  [/^Too small: expected string to have >=?(\d+) characters?$/, (m, w) => (Number(m[1]) <= 1 ? w.required : w.minChars(Number(m[1])))],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, (m, w) => w.max(Number(m[1]))],
  [/^Too small: expected number to be >=?(-?[\d.]+)$/, (m, w) => w.min(Number(m[1]))],
  [/^Invalid input: expected (number|int|bigint), received/, (_m, w) => w.number],
  [/^Invalid input: expected \w+, received undefined$/, (_m, w) => w.required],
  [/^Invalid option: expected one of/, (_m, w) => w.choose],
  [/^Invalid email address$/, (_m, w) => w.email],
  [/^Invalid string: must match pattern/, (_m, w) => w.format],
  // The rest of zod's texts; our own English words ("Invalid e-mail address") never take this form.
  [/^(Invalid input$|Invalid (input|value|key|element)\b|Unrecognized keys?\b|Invalid \w+:)/, (_m, w) => w.invalid],
];

/** A raw zod text (from the server) in plain words in the UI language, or undefined when it is not one. */
export function friendlyRawZod(message: string, language: Language): string | undefined {
  for (const [pattern, render] of rawZod) {
    const m = pattern.exec(message);
    if (m) return render(m, words[language]);
  }
  return undefined;
}
