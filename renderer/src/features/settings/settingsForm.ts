import type { Settings, UpdateSettings } from '../../../../shared/api/settings';
import { UpdateSettings as UpdateSettingsSchema } from '../../../../shared/api/settings';

/** What the form holds: numbers as typed text, so half-typed input survives (and is kept as a draft). */
export interface SettingsForm {
  gaTrackingId: string;
  sessionTimeoutMinutes: string;
  keepSignedInDays: string;
  anonymousRepairRequest: boolean;
  version: number;
}

export type SettingsField = Exclude<keyof SettingsForm, 'version'>;

export function formFromSettings(s: Settings): SettingsForm {
  return {
    gaTrackingId: s.gaTrackingId,
    sessionTimeoutMinutes: String(s.sessionTimeoutMinutes),
    keepSignedInDays: String(s.keepSignedInDays),
    anonymousRepairRequest: s.anonymousRepairRequest,
    version: s.version,
  };
}

/** Validates with the server's own schema (same Dutch messages); returns the body or per-field errors. */
export function parseSettingsForm(form: SettingsForm): { ok: true; body: UpdateSettings } | { ok: false; errors: Partial<Record<SettingsField, string>> } {
  const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  const result = UpdateSettingsSchema.safeParse({
    ...form,
    sessionTimeoutMinutes: toNumber(form.sessionTimeoutMinutes),
    keepSignedInDays: toNumber(form.keepSignedInDays),
  });
  if (result.success) return { ok: true, body: result.data };
  const errors: Partial<Record<SettingsField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field !== 'version' && field in form && !errors[field as SettingsField]) {
      errors[field as SettingsField] = issue.message;
    }
  }
  return { ok: false, errors };
}
