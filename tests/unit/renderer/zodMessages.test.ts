import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localizeValidation, zodErrorMap } from '../../../renderer/src/i18n/validation';

const schema = z.object({ amount: z.number(), note: z.string().max(3), kind: z.enum(['a', 'b']), count: z.coerce.number().int(), mail: z.email() });
const bad = { amount: Number.NaN, note: 'abcdef', kind: 'x', count: 'zz', mail: 'nope' };

async function messages(language: 'nl' | 'en'): Promise<Record<string, string | undefined>> {
  // The error map the form resolver hands to zod, and the localisation it applies after.
  const result = await schema.safeParseAsync(bad, { error: zodErrorMap(language) });
  const issues = result.error?.issues ?? [];
  return Object.fromEntries(issues.map((i) => [String(i.path[0]), localizeValidation(i.message, language)]));
}

describe("zod's own rules in plain words", () => {
  it('English: no raw zod text such as "expected number, received NaN"', async () => {
    expect(await messages('en')).toEqual({
      amount: 'Enter a number',
      note: 'At most 3 characters',
      kind: 'Choose one of the options',
      count: 'Enter a number',
      mail: 'Invalid e-mail address',
    });
  });

  it('Dutch: the same rules in Dutch', async () => {
    expect(await messages('nl')).toEqual({
      amount: 'Vul een getal in',
      note: 'Hoogstens 3 tekens',
      kind: 'Kies een van de mogelijkheden',
      count: 'Vul een getal in',
      mail: 'Ongeldig e-mailadres',
    });
  });

  it("turns zod's default texts from the server into words in either language", () => {
    expect(localizeValidation('Invalid input: expected number, received NaN', 'en')).toBe('Enter a number');
    expect(localizeValidation('Invalid input: expected number, received NaN', 'nl')).toBe('Vul een getal in');
    expect(localizeValidation('Too big: expected string to have <=200 characters', 'nl')).toBe('Hoogstens 200 tekens');
    expect(localizeValidation('Unrecognized key: "x"', 'en')).toBe('This value is not valid');
    // A schema's own message is left to the table.
    expect(localizeValidation('Postcode heeft de vorm 1234 AB', 'en')).toBe('Postcode has the form 1234 AB');
  });
});
