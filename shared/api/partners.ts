import { z } from 'zod';
import { hasHiddenCharacters } from '../domain/plainText';
import { isValidKvk, isValidVat, normalizeKvk, normalizeVat } from '../domain/partnerNumbers';
import { IsoDateTime, PageQuery, Version, listOf } from './common';

// Partners (cultural institutions): the overview, details, settings and applications (seed 000 step 1, §2.5–2.7).

export const partnerStatuses = ['applied', 'active', 'rejected', 'closed'] as const;
export const PartnerStatus = z.enum(partnerStatuses);
export type PartnerStatus = z.infer<typeof PartnerStatus>;

/** Why a partner needs attention now. */
export const attentionReasons = ['application_overdue', 'application_open', 'weborder_error'] as const;
export const AttentionReason = z.enum(attentionReasons);

/** An application is decided within a week; older ones are overdue. */
export const APPLICATION_DAYS = 7;

export const PartnerSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  city: z.string(),
  status: PartnerStatus,
  appliedAt: IsoDateTime,
  decidedAt: IsoDateTime.nullable(),
  weborders: z.number().int(),
  activity90d: z.number().int(),
  errorWeborders: z.number().int(),
  overdue: z.boolean(),
  attention: z.array(AttentionReason),
});
export type PartnerSummary = z.infer<typeof PartnerSummary>;

export const PartnerListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: PartnerStatus.optional(),
  /** Only partners that need attention now. */
  attention: z.enum(['true', 'false']).optional(),
});
export const PartnerList = listOf(PartnerSummary);

export const PartnerChecklist = z.object({
  offersCulturalEducation: z.boolean(),
  aimedAtSecondary: z.boolean(),
  madeByProfessionals: z.boolean(),
  agreesContribution: z.boolean(),
  sellsIndividualTickets: z.boolean(),
  termsAccepted: z.boolean(),
  privacyAccepted: z.boolean(),
});
export type PartnerChecklist = z.infer<typeof PartnerChecklist>;

export const Partner = z.object({
  id: z.number().int(),
  name: z.string(),
  status: PartnerStatus,
  appliedAt: IsoDateTime,
  decidedAt: IsoDateTime.nullable(),
  decidedBy: z.string().nullable(),
  rejectedReason: z.string().nullable(),
  overdue: z.boolean(),
  checklist: PartnerChecklist,
  contactFirstName: z.string(),
  contactLastName: z.string(),
  contactPhone: z.string(),
  contactFunction: z.string(),
  contactEmail: z.string(),
  notificationMails: z.boolean(),
  website: z.string(),
  city: z.string(),
  description: z.string(),
  invoiceStreet: z.string(),
  invoiceHouseNumber: z.string(),
  invoiceAddition: z.string(),
  invoicePostcode: z.string(),
  invoiceCity: z.string(),
  /** Read-only here: changed only through an IBAN change (four eyes). */
  iban: z.string(),
  ibanAccountName: z.string(),
  vatNumber: z.string(),
  kvkNumber: z.string(),
  financeEmail: z.string(),
  version: Version,
});
export type Partner = z.infer<typeof Partner>;

const Text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} heeft hoogstens ${max} tekens`)
    .refine((s) => !hasHiddenCharacters(s), `${label} bevat onzichtbare tekens`);
const Email = (label: string) => z.string().trim().toLowerCase().max(254).email(`${label}: ongeldig e-mailadres`).or(z.literal(''));

/** Contact, organisation and finance, except the bank details (those go through an IBAN change). */
export const UpdatePartner = z.object({
  version: Version,
  name: Text(160, 'Naam').pipe(z.string().min(1, 'Naam is verplicht')).optional(),
  contactFirstName: Text(80, 'Voornaam').optional(),
  contactLastName: Text(80, 'Achternaam').optional(),
  contactPhone: Text(30, 'Telefoonnummer').optional(),
  contactFunction: Text(80, 'Functie').optional(),
  contactEmail: Email('E-mail contactpersoon').optional(),
  notificationMails: z.boolean().optional(),
  website: Text(200, 'Website').optional(),
  city: Text(80, 'Plaats').optional(),
  description: Text(4000, 'Omschrijving').optional(),
  invoiceStreet: Text(120, 'Straatnaam').optional(),
  invoiceHouseNumber: Text(10, 'Huisnummer').optional(),
  invoiceAddition: Text(10, 'Toevoeging').optional(),
  invoicePostcode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(\d{4} ?[A-Z]{2})?$/, 'Postcode heeft de vorm 1234 AB')
    .optional(),
  invoiceCity: Text(80, 'Plaatsnaam').optional(),
  vatNumber: z
    .string()
    .transform(normalizeVat)
    .refine((v) => v === '' || isValidVat(v), 'Btw-nummer is ongeldig (NL123456789B01)')
    .optional(),
  kvkNumber: z
    .string()
    .transform(normalizeKvk)
    .refine((v) => v === '' || isValidKvk(v), 'KvK-nummer bestaat uit 8 cijfers')
    .optional(),
  financeEmail: Email('E-mail t.b.v. financiën').optional(),
});
export type UpdatePartner = z.infer<typeof UpdatePartner>;

export const ApprovePartner = z.object({ version: Version });
export const RejectPartner = z.object({
  version: Version,
  reason: Text(500, 'Reden').pipe(z.string().min(1, 'Geef een reden om af te wijzen')),
});
