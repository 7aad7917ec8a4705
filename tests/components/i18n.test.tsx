import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { BlockAccount, CreateAccount, ResendActivation } from '../../shared/api/accounts';
import { CustomerNumberParam, CustomerSearchQuery, PersonInput, UpdateCorrespondenceAddress, UpdateEmail, UpdatePhone } from '../../shared/api/customers';
import { CreateIpRange } from '../../shared/api/ipRanges';
import { UpdateSettings } from '../../shared/api/settings';
import { SignInRequest } from '../../shared/api/staff';
import { Profile, ServerUrl } from '../../shared/bridge';
import { formatDate, formatDateTime, formatDay, formatTimestamp } from '../../renderer/src/i18n/dates';
import { hasEnglish, localizeValidation } from '../../renderer/src/i18n/validation';

const ZOD_DEFAULT = '(zod default)';

/** The messages a schema gives itself for a bad input (zod's own defaults left out: the UI's zod locale covers those). */
function schemaMessages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input, { error: () => ZOD_DEFAULT });
  return result.success ? [] : result.error.issues.map((i) => i.message).filter((m) => m !== ZOD_DEFAULT);
}

describe('validation messages in English', () => {
  const cases: [string, z.ZodType, unknown][] = [
    ['account', CreateAccount, { username: 'a b', email: 'x', password: '', role: 'user', customerNumber: 'X-1' }],
    ['short username', CreateAccount, { username: 'ab', email: 'a@b.nl', password: 'ab', role: 'user' }],
    ['block', BlockAccount, { reason: ' ' }],
    ['resend', ResendActivation, { email: 'x' }],
    ['range', CreateIpRange, { cidr: '10.0.0.300/8', admin: true, kcc: true }],
    ['range flags', CreateIpRange, { cidr: '10.0.0.0/8', admin: false, kcc: false }],
    ['settings', UpdateSettings, { gaTrackingId: 'x', sessionTimeoutMinutes: 1, keepSignedInDays: 99, anonymousRepairRequest: false, version: 1 }],
    ['empty phone', UpdatePhone, { phone: '', version: 1 }],
    ['bad phone', UpdatePhone, { phone: 'a-(12345)-(1', version: 1 }],
    ['email', UpdateEmail, { email: 'x' }],
    ['address', UpdateCorrespondenceAddress, { postcode: 'x', houseNumber: 0, street: '', city: '', version: 1 }],
    ['person', PersonInput, { roleCode: '', gender: 'M', initials: '', firstName: '', lastName: '', birthDate: 'x' }],
    ['person dates and hidden characters', PersonInput, { roleCode: 'H', gender: 'M', initials: 'A\u202e', firstName: 'B', middleName: 'x\u0007', lastName: 'C', birthDate: '2001-02-30' }],
    ['birth date range', PersonInput, { roleCode: 'H', gender: 'M', initials: 'A', firstName: 'B', lastName: 'C', birthDate: '1850-01-01' }],
    ['hidden characters in a reason', BlockAccount, { reason: 'a\u202eb' }],
    ['hidden characters in an address', UpdateCorrespondenceAddress, { postcode: '1234 AB', houseNumber: 1, addition: '\u200f', street: 'S\u0000', city: 'P', version: 1 }],
    ['sign-in', SignInRequest, { username: '', password: '' }],
    ['customer number', CustomerNumberParam, { customerNumber: 'x' }],
    ['search', CustomerSearchQuery, { q: ' ' }],
    ['server address, plain http', ServerUrl, 'http://portaal.example.nl'],
    ['server address, not an address', ServerUrl, 'portaal'],
    ['server address, with a password', ServerUrl, 'https://a:b@portaal.example.nl'],
    ['server address, other scheme', ServerUrl, 'ftp://portaal.example.nl'],
    ['server address, too long', ServerUrl, `https://${'a'.repeat(2050)}.nl`],
    ['profile name', Profile.pick({ name: true }), { name: ' ' }],
    ['long profile name', Profile.pick({ name: true }), { name: 'x'.repeat(81) }],
  ];

  it.each(cases)('has English for every message of the %s schema', (_name, schema, input) => {
    const messages = schemaMessages(schema, input);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((m) => !hasEnglish(m))).toEqual([]);
    for (const m of messages) expect(localizeValidation(m, 'nl')).toBe(m);
  });

  it('translates a known message and leaves an unknown one as it is', () => {
    expect(localizeValidation('Postcode heeft de vorm 1234 AB', 'en')).toBe('Postcode has the form 1234 AB');
    expect(localizeValidation('Een telefoonnummer bevat 10, 11 of 12 cijfers.', 'en')).toBe('A phone number has 10, 11 or 12 digits.');
    expect(localizeValidation('Iets onbekends', 'en')).toBe('Iets onbekends');
  });
});

describe('dates (date-fns, nl/en, Europe/Amsterdam)', () => {
  it('formats long and short dates in Dutch, in Amsterdam time', () => {
    // 10:59 UTC is 12:59 in Amsterdam in summer (CEST, +2).
    expect(formatDateTime('2016-09-08T10:59:00Z', 'nl', 'long')).toBe('donderdag 8 september 2016 12:59');
    expect(formatDate('2016-09-08T10:59:00Z', 'nl', 'long')).toBe('donderdag 8 september 2016');
    expect(formatDateTime('2016-09-08T10:59:00Z', 'nl')).toBe('08-09-2016 12:59');
    expect(formatDateTime('2024-01-31T23:30:00Z', 'nl')).toBe('01-02-2024 00:30');
  });

  it('formats in English with the same clock', () => {
    expect(formatDateTime('2016-09-08T10:59:00Z', 'en', 'long')).toBe('Thursday 8 September 2016 12:59');
    expect(formatDate(new Date('2024-12-31T23:00:00Z'), 'en')).toBe('01/01/2025');
  });

  it('shows audit times with seconds, and keeps what it cannot read', () => {
    expect(formatTimestamp('2016-09-08T10:59:03Z', 'nl')).toBe('08-09-2016 12:59:03');
    expect(formatTimestamp('gisteren', 'nl')).toBe('gisteren');
    expect(formatDateTime('not a date', 'nl')).toBe('');
  });

  it('shows a calendar day from the ERP as that day, without a zone shift', () => {
    expect(formatDay('2021-01-14', 'nl')).toBe('14-01-2021');
    expect(formatDay('2021-01-14', 'en')).toBe('14/01/2021');
    expect(formatDay(null, 'nl')).toBe('—');
  });
});
