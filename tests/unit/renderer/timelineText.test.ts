import { describe, expect, it } from 'vitest';
import { channelText, timelineText } from '../../../renderer/src/features/customer/sections/timelineText';

describe('timeline entries in the UI language', () => {
  it('rebuilds English from the template code and the details of the Dutch text', () => {
    expect(timelineText({ template: 'CP_PERSON_CHANGED', description: 'Persoon gewijzigd: F. Cedee (Medehuurder)' }, 'en')).toBe('Person changed: F. Cedee (co-tenant)');
    expect(timelineText({ template: 'CP_PHONE_CHANGED', description: 'Telefoonnummer gewijzigd in 06-12345678' }, 'en')).toBe('Phone number changed to 06-12345678');
    expect(timelineText({ template: 'CP_EMAIL_CHANGE_REQUESTED', description: 'Wijziging e-mailadres aangevraagd (a@b.nl); wacht op bevestiging' }, 'en')).toBe(
      'E-mail address change requested (a@b.nl); awaiting confirmation',
    );
    expect(timelineText({ template: 'TELEFOON', description: 'Klant belt over een betalingsachterstand' }, 'en')).toBe('Customer calls about payment arrears');
  });

  it('keeps Dutch as stored, and an unknown text as stored', () => {
    expect(timelineText({ template: 'CP_PERSON_CHANGED', description: 'Persoon gewijzigd: F. Cedee (Medehuurder)' }, 'nl')).toBe('Persoon gewijzigd: F. Cedee (Medehuurder)');
    expect(timelineText({ template: 'TELEFOON', description: 'Vrije notitie' }, 'en')).toBe('Vrije notitie');
  });

  it('names the channel in words', () => {
    expect(channelText('telefoon', 'en')).toBe('phone');
    expect(channelText('balie', 'nl')).toBe('balie');
  });
});
