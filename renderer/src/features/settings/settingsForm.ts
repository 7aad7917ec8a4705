import { z } from 'zod';
import { UpdateSettings, type Settings } from '../../../../shared/api/settings';

/** What the form holds: numbers as typed text, so half-typed input survives (and is kept as a draft). */
export interface SettingsForm {
  gaTrackingId: string;
  sessionTimeoutMinutes: string;
  keepSignedInDays: string;
  anonymousRepairRequest: boolean;
  version: number;
}

export function formFromSettings(s: Settings): SettingsForm {
  return {
    gaTrackingId: s.gaTrackingId,
    sessionTimeoutMinutes: String(s.sessionTimeoutMinutes),
    keepSignedInDays: String(s.keepSignedInDays),
    anonymousRepairRequest: s.anonymousRepairRequest,
    version: s.version,
  };
}

/** Only a draft to go on (the server did not answer): the draft fills every field. */
export const emptySettingsForm: SettingsForm = { gaTrackingId: '', sessionTimeoutMinutes: '', keepSignedInDays: '', anonymousRepairRequest: false, version: 1 };

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The server's own rules on the typed numbers. */
export const settingsSchema = z
  .object({ gaTrackingId: z.string(), sessionTimeoutMinutes: z.string(), keepSignedInDays: z.string(), anonymousRepairRequest: z.boolean(), version: z.number() })
  .transform(
    (form): z.input<typeof UpdateSettings> => ({
      ...form,
      sessionTimeoutMinutes: toNumber(form.sessionTimeoutMinutes),
      keepSignedInDays: toNumber(form.keepSignedInDays),
    }),
  )
  .pipe(UpdateSettings);
