import { z } from 'zod';
import { Version } from './common';

export const SESSION_TIMEOUT_RANGE = { min: 5, max: 30, default: 20 } as const;
export const KEEP_SIGNED_IN_RANGE = { min: 1, max: 30, default: 30 } as const;

export const Settings = z.object({
  gaTrackingId: z.string(),
  sessionTimeoutMinutes: z.number().int(),
  keepSignedInDays: z.number().int(),
  anonymousRepairRequest: z.boolean(),
  version: Version,
});
export type Settings = z.infer<typeof Settings>;

export const UpdateSettings = z.object({
  gaTrackingId: z
    .string()
    .trim()
    .max(40)
    .regex(/^$|^(UA-\d{4,10}-\d{1,4}|G-[A-Z0-9]{4,12})$/, 'Ongeldige Google Analytics-tracking-id'),
  sessionTimeoutMinutes: z
    .number()
    .int()
    .min(SESSION_TIMEOUT_RANGE.min, `Sessie-time-out moet tussen ${SESSION_TIMEOUT_RANGE.min} en ${SESSION_TIMEOUT_RANGE.max} minuten liggen`)
    .max(SESSION_TIMEOUT_RANGE.max, `Sessie-time-out moet tussen ${SESSION_TIMEOUT_RANGE.min} en ${SESSION_TIMEOUT_RANGE.max} minuten liggen`),
  keepSignedInDays: z
    .number()
    .int()
    .min(KEEP_SIGNED_IN_RANGE.min, `Ingelogd blijven moet tussen ${KEEP_SIGNED_IN_RANGE.min} en ${KEEP_SIGNED_IN_RANGE.max} dagen liggen`)
    .max(KEEP_SIGNED_IN_RANGE.max, `Ingelogd blijven moet tussen ${KEEP_SIGNED_IN_RANGE.min} en ${KEEP_SIGNED_IN_RANGE.max} dagen liggen`),
  anonymousRepairRequest: z.boolean(),
  version: Version,
});
export type UpdateSettings = z.infer<typeof UpdateSettings>;
