import { z } from 'zod';
import { hasHiddenCharacters } from '../domain/plainText';
import { weborderActors, weborderStatuses } from '../domain/weborderStatus';
import { IsoDateTime, PageQuery, Version, listOf } from './common';
import { isRealDate } from '../domain/plainText';

// Weborders, schools and teachers' weborder requests (api.md "Partners, schools, weborders"). Money is in
// integer euro cents everywhere (`ticketPrice`, `packagePrice`, `total`).

export const WeborderStatusSchema = z.enum(weborderStatuses);
export const WeborderActorSchema = z.enum(weborderActors);

const Cents = z.number().int().min(0);
const Text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} heeft hoogstens ${max} tekens`)
    .refine((s) => !hasHiddenCharacters(s), `${label} bevat onzichtbare tekens`);
const Required = (max: number, label: string) => Text(max, label).pipe(z.string().min(1, `${label} is verplicht`));

export const SchoolNumber = z
  .string()
  .trim()
  .regex(/^\d{1,8}$/, 'Schoolnummer bestaat uit cijfers');

export const School = z.object({ schoolNumber: z.string(), name: z.string(), budgetHolder: z.string() });
export type School = z.infer<typeof School>;
export const SchoolParams = z.object({ schoolNumber: SchoolNumber });

export const Weborder = z.object({
  id: z.number().int(),
  orderDate: IsoDateTime,
  name: z.string(),
  status: WeborderStatusSchema,
  partnerId: z.number().int(),
  partnerName: z.string(),
  schoolNumber: z.string(),
  schoolName: z.string(),
  budgetHolder: z.string(),
  grade: z.string(),
  teacher: z.string(),
  students: z.number().int(),
  teachers: z.number().int(),
  persons: z.number().int(),
  event: z.string(),
  desiredAt: IsoDateTime,
  ticketPrice: Cents.nullable(),
  packagePrice: Cents.nullable(),
  total: Cents,
  rejectedReason: z.string().nullable(),
  errorMessage: z.string().nullable(),
  /** The state a Foutmelding came from (it returns there once solved). */
  errorFrom: WeborderStatusSchema.nullable(),
  requestId: z.number().int().nullable(),
  version: Version,
});
export type Weborder = z.infer<typeof Weborder>;

export const WeborderHistoryEntry = z.object({
  at: IsoDateTime,
  actor: WeborderActorSchema,
  actorName: z.string(),
  from: WeborderStatusSchema.nullable(),
  to: WeborderStatusSchema,
  reason: z.string().nullable(),
});
export type WeborderHistoryEntry = z.infer<typeof WeborderHistoryEntry>;

export const WeborderDetail = Weborder.extend({ history: z.array(WeborderHistoryEntry) });
export type WeborderDetail = z.infer<typeof WeborderDetail>;

export const weborderSortFields = ['orderDate', 'id', 'name', 'status', 'schoolNumber', 'budgetHolder', 'persons', 'total'] as const;
export type WeborderSortField = (typeof weborderSortFields)[number];
/** `orderDate` ascending, `-orderDate` descending (the default). */
export const WeborderSort = z.enum([...weborderSortFields, ...weborderSortFields.map((f) => `-${f}` as const)]);
export type WeborderSort = z.infer<typeof WeborderSort>;

// A day that exists: "2026-02-30" is refused here with the field named, not compared as text (SQLite) or
// failing as a timestamp (PostgreSQL).
const DateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum als jjjj-mm-dd').refine(isRealDate, 'Deze datum bestaat niet');

/** The list's filters (also the export's and "all that match" of a bulk move). */
export const WeborderFilter = z.object({
  status: WeborderStatusSchema.optional(),
  /** `helpdesk`: Budgethouder goedgekeurd or Foutmelding (the Aandacht overview's "Weborders die op de helpdesk wachten"). */
  waitingFor: z.enum(['helpdesk']).optional(),
  partnerId: z.coerce.number().int().min(1).optional(),
  schoolNumber: SchoolNumber.optional(),
  /** Order date from / to (inclusive, days in UTC). */
  from: DateOnly.optional(),
  to: DateOnly.optional(),
  /** Part of the order name or event, or a weborder ID. */
  q: z.string().trim().max(100).optional(),
});
export type WeborderFilter = z.infer<typeof WeborderFilter>;

export const WeborderListQuery = PageQuery.merge(WeborderFilter).extend({ sort: WeborderSort.default('-orderDate') });
export type WeborderListQuery = z.infer<typeof WeborderListQuery>;
export const WeborderList = listOf(Weborder);

export const WeborderExportQuery = WeborderFilter;

const WeborderFields = {
  name: Required(120, 'Bestelnaam'),
  grade: Text(40, 'Leerjaar'),
  teacher: Text(120, 'Naam docent'),
  teachers: z.number().int().min(0, 'Aantal docenten is 0 of meer').max(1000),
  students: z.number().int().min(0, 'Aantal leerlingen is 0 of meer').max(10000),
  event: Required(200, 'Naam evenement'),
  desiredAt: IsoDateTime,
  ticketPrice: Cents.max(100_000_00).nullable().optional(),
  packagePrice: Cents.max(10_000_000_00).nullable().optional(),
};

const needsPrice = (v: { ticketPrice?: number | null; packagePrice?: number | null; students: number; teachers: number }, ctx: z.RefinementCtx) => {
  if (v.ticketPrice == null && v.packagePrice == null) ctx.addIssue({ code: 'custom', path: ['ticketPrice'], message: 'Vul een ticketprijs of een pakketprijs in' });
  if (v.students + v.teachers < 1) ctx.addIssue({ code: 'custom', path: ['students'], message: 'Minstens één leerling of docent' });
};

export const CreateWeborder = z
  .object({
    partnerId: z.number().int().min(1, 'Kies een partner'),
    schoolNumber: SchoolNumber,
    ...WeborderFields,
    /** Create even when a weborder for the same partner, school, event and day exists (the user saw the warning). */
    confirmDuplicate: z.boolean().optional(),
  })
  .superRefine(needsPrice);
export type CreateWeborder = z.infer<typeof CreateWeborder>;

/** Weborders with the same partner, school, event and day ("maak geen nieuwe weborder aan voor dezelfde activiteit"). */
export const DuplicateQuery = z.object({
  partnerId: z.coerce.number().int().min(1),
  schoolNumber: SchoolNumber,
  event: z.string().trim().min(1).max(200),
  desiredAt: IsoDateTime,
});
export const DuplicateList = z.object({ items: z.array(Weborder) });

export const WeborderTransition = z
  .object({
    to: WeborderStatusSchema,
    reason: Text(500, 'Reden').optional(),
    version: Version,
    /** The helpdesk records a move the school or the partner made (by phone or mail). */
    onBehalfOf: z.enum(['school', 'partner']).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.to === 'rejected' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Geef een reden om af te wijzen' });
    if (v.to === 'error' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Beschrijf de foutmelding' });
  });
export type WeborderTransition = z.infer<typeof WeborderTransition>;

export const MAX_BULK = 5000;
export const BulkTransition = z
  .object({
    ids: z.array(z.number().int().min(1)).max(MAX_BULK).optional(),
    /** Instead of ids: every weborder that matches these filters (at most MAX_BULK). */
    filter: WeborderFilter.optional(),
    to: z.enum(['cjp_approved', 'rejected']),
    reason: Text(500, 'Reden').optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.ids && !v.filter) ctx.addIssue({ code: 'custom', path: ['ids'], message: 'Kies weborders of een filter' });
    if (v.to === 'rejected' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Geef een reden om af te wijzen' });
  });
export type BulkTransition = z.infer<typeof BulkTransition>;
export const BulkResult = z.object({
  done: z.array(z.number().int()),
  refused: z.array(z.object({ id: z.number().int(), code: z.string(), message: z.string() })),
});
export type BulkResult = z.infer<typeof BulkResult>;

// Teachers' weborder requests (weborderverzoeken).
export const weborderRequestStatuses = ['open', 'proposed'] as const;
export const WeborderRequest = z.object({
  id: z.number().int(),
  createdAt: IsoDateTime,
  partnerId: z.number().int(),
  partnerName: z.string(),
  schoolNumber: z.string(),
  schoolName: z.string(),
  teacherName: z.string(),
  teacherEmail: z.string(),
  teacherPhone: z.string(),
  grade: z.string(),
  level: z.string(),
  event: z.string(),
  desiredAt: IsoDateTime,
  students: z.number().int(),
  teachers: z.number().int(),
  remark: z.string(),
  status: z.enum(weborderRequestStatuses),
  weborderId: z.number().int().nullable(),
  version: Version,
});
export type WeborderRequest = z.infer<typeof WeborderRequest>;
export const WeborderRequestQuery = PageQuery.extend({ status: z.enum(weborderRequestStatuses).optional() });
export const WeborderRequestList = listOf(WeborderRequest);

export const CreateWeborderRequest = z.object({
  partnerId: z.number().int().min(1),
  schoolNumber: SchoolNumber,
  teacherName: Required(120, 'Naam docent'),
  teacherEmail: z.string().trim().toLowerCase().email('Ongeldig e-mailadres').max(254).or(z.literal('')).default(''),
  teacherPhone: Text(30, 'Telefoonnummer').default(''),
  grade: Text(40, 'Leerjaar').default(''),
  level: Text(40, 'Leerniveau').default(''),
  event: Required(200, 'Naam evenement'),
  desiredAt: IsoDateTime,
  students: z.number().int().min(0).max(10000),
  teachers: z.number().int().min(0).max(1000),
  remark: Text(1000, 'Opmerking').default(''),
});
export type CreateWeborderRequest = z.infer<typeof CreateWeborderRequest>;

/** "Weborder voorstellen": the request's fields, changed where needed, plus the price. */
export const ProposeWeborder = z
  .object({
    version: Version,
    ...WeborderFields,
    confirmDuplicate: z.boolean().optional(),
  })
  .superRefine(needsPrice);
export type ProposeWeborder = z.infer<typeof ProposeWeborder>;
