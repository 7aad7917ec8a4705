import { z } from 'zod';

/** A repair request made without signing in (seed 001 §4.5, the `/repairment` wizard): who, where, what. */
export const AnonymousRepairRequest = z.object({
  postcode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[1-9]\d{3}\s?[A-Z]{2}$/, 'Postcode heeft de vorm 1234 AB')
    // Stored as the ERP writes it, with one space: "3704 XC".
    .transform((s) => `${s.slice(0, 4)} ${s.slice(-2)}`),
  houseNumber: z.number().int('Huisnummer moet een heel getal zijn').min(1, 'Huisnummer ontbreekt').max(99999, 'Huisnummer is te groot'),
  houseNumberAddition: z.string().trim().max(10, 'Toevoeging is te lang (maximaal 10 tekens)').default(''),
  name: z.string().trim().min(2, 'Vul uw naam in').max(100, 'Naam is te lang (maximaal 100 tekens)'),
  phone: z
    .string()
    .trim()
    .max(20, 'Telefoonnummer is te lang')
    .regex(/^\+?[0-9 ()-]{10,20}$/, 'Vul een geldig telefoonnummer in (10 cijfers)'),
  email: z.union([z.literal(''), z.string().trim().max(200).email('Vul een geldig e-mailadres in')]).default(''),
  location: z.string().trim().min(2, 'Waar is het probleem? (bijv. keuken)').max(100, 'Locatie is te lang (maximaal 100 tekens)'),
  description: z.string().trim().min(10, 'Beschrijf het probleem (minstens 10 tekens)').max(2000, 'Beschrijving is te lang (maximaal 2000 tekens)'),
});
export type AnonymousRepairRequest = z.infer<typeof AnonymousRepairRequest>;

export const AnonymousRepairAccepted = z.object({
  /** The request's number; the same form as the ERP's (e.g. "RV-A000012"). */
  requestNumber: z.string(),
  receivedAt: z.string(),
});
