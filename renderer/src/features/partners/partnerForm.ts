import { z } from 'zod';
import { UpdatePartner, type Partner } from '../../../../shared/api/partners';

/** The editable fields of a partner (never the IBAN), plus the version the edit started from. */
export const partnerFormFields = [
  'name',
  'contactFirstName',
  'contactLastName',
  'contactPhone',
  'contactFunction',
  'contactEmail',
  'website',
  'city',
  'description',
  'invoiceStreet',
  'invoiceHouseNumber',
  'invoiceAddition',
  'invoicePostcode',
  'invoiceCity',
  'vatNumber',
  'kvkNumber',
  'financeEmail',
] as const;
type TextField = (typeof partnerFormFields)[number];

export type PartnerForm = Record<TextField, string> & { notificationMails: boolean; version: number };

export function formFromPartner(p: Partner): PartnerForm {
  const texts = Object.fromEntries(partnerFormFields.map((f) => [f, p[f]])) as Record<TextField, string>;
  return { ...texts, notificationMails: p.notificationMails, version: p.version };
}

const shape = Object.fromEntries(partnerFormFields.map((f) => [f, z.string()])) as Record<TextField, z.ZodString>;

/** Form → PATCH body, checked with the server's own schema (KvK and VAT numbers included). */
export const partnerSchema = z
  .object({ ...shape, notificationMails: z.boolean(), version: z.number() })
  .transform((v): z.input<typeof UpdatePartner> => v)
  .pipe(UpdatePartner);

export function toPartnerField(name: string): keyof PartnerForm | null {
  if (name === 'notificationMails' || name === 'version') return name;
  return partnerFormFields.find((f) => f === name) ?? null;
}
