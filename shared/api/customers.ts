import { z } from 'zod';
import { IsoDateTime, Version } from './common';
import { Account, AccountRequest } from './accounts';
import { phoneMessagesFor } from '../domain/phone';
import { hasHiddenCharacters, isRealDate } from '../domain/plainText';

/*
 * Customers, look-along, acting on the customer's behalf, activation codes and letters. Money is in cents.
 * Acting on behalf needs header X-Look-Along-Session with a live session of the same staff member for the
 * same customer: missing or someone else's → 403, ended or expired → 409 (server/customers/lookAlongSessions.ts).
 */

/** Customer numbers: HM- and 5–7 digits (the millionth household has 7). */
export const CustomerNumberParam = z.object({
  customerNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^HM-\d{5,7}$/, 'Klantnummer heeft de vorm HM-nnnnnn'),
});

// ---- lookup ----------------------------------------------------------------------------------------

export const CustomerSearchQuery = z.object({
  q: z.string().trim().min(1, 'Vul een zoekterm in').max(100),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type CustomerSearchQuery = z.infer<typeof CustomerSearchQuery>;

/** The portal account in one word, for a result row (the account's states; "requested" = an open account request). */
export const AccountStatusSummary = z.enum(['none', 'requested', 'unconfirmed', 'active', 'auto_blocked', 'manually_blocked']);
export type AccountStatusSummary = z.infer<typeof AccountStatusSummary>;

export const CustomerSearchRow = z.object({
  customerNumber: z.string(),
  name: z.string(),
  addressLine: z.string(),
  postcode: z.string(),
  city: z.string(),
  email: z.string(),
  accountStatus: AccountStatusSummary,
});
export type CustomerSearchRow = z.infer<typeof CustomerSearchRow>;

/** `total` counts at most 1,000 matches; `totalCapped` says "at least". */
export const CustomerSearchResult = z.object({
  items: z.array(CustomerSearchRow),
  total: z.number().int().min(0),
  totalCapped: z.boolean(),
});
export type CustomerSearchResult = z.infer<typeof CustomerSearchResult>;

// ---- overview --------------------------------------------------------------------------------------

export const Gender = z.enum(['M', 'V', 'X']);
export const HouseholdRole = z.object({ code: z.string(), description: z.string() });

export const Person = z.object({
  id: z.number().int(),
  initials: z.string(),
  firstName: z.string(),
  middleName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  gender: Gender,
  role: HouseholdRole,
  isContractHolder: z.boolean(),
  /** The role is flagged "use in portal": the customer (and staff on behalf) may edit or remove this person. */
  editable: z.boolean(),
  version: Version,
});
export type Person = z.infer<typeof Person>;

export const Address = z.object({
  street: z.string(),
  houseNumber: z.number().int(),
  addition: z.string(),
  postcode: z.string(),
  city: z.string(),
});
export type Address = z.infer<typeof Address>;

export const Contact = z.object({
  customerNumber: z.string(),
  phone: z.string(),
  email: z.string(),
  /** A new address waiting for its confirmation link; `email` stays the one in use until then. */
  pendingEmail: z.string().nullable(),
  correspondenceAddress: Address,
  version: Version,
});
export type Contact = z.infer<typeof Contact>;

export const Contract = z.object({
  id: z.number().int(),
  contractNumber: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  address: Address,
  dwelling: z.object({
    type: z.string(),
    rooms: z.number().int(),
    surfaceM2: z.number().int(),
    constructionYear: z.number().int(),
    energyLabel: z.string(),
    /** The energy index (e.g. 1.23; lower is better); null when unknown or not a dwelling (a garage, a parking place). */
    energyIndex: z.number().nullable(),
    /** The WOZ value in euro cents and the reference date it was valued at (waardepeildatum); null when unknown. */
    woz: z.object({ valueCents: z.number().int(), referenceDate: z.string() }).nullable(),
  }),
  valuation: z.object({
    items: z.array(z.object({ category: z.string(), points: z.number() })),
    totalPoints: z.number(),
    totalPointsRounded: z.number().int(),
  }),
  rent: z.object({
    components: z.array(z.object({ description: z.string(), amountCents: z.number().int() })),
    totalCents: z.number().int(),
  }),
  paymentMethod: z.object({ code: z.string(), label: z.string() }),
});
export type Contract = z.infer<typeof Contract>;

export const Invoice = z.object({
  id: z.number().int(),
  invoiceNumber: z.string(),
  description: z.string(),
  invoiceDate: z.string(),
  dueDate: z.string(),
  amountCents: z.number().int(),
  openCents: z.number().int(),
  /** amount − open: what was received so far. */
  paidCents: z.number().int(),
  settledAt: z.string().nullable(),
  settledBy: z.string().nullable(),
});
export type Invoice = z.infer<typeof Invoice>;

export const Payment = z.object({
  id: z.number().int(),
  paidAt: z.string(),
  amountCents: z.number().int(),
  method: z.string(),
  reference: z.string(),
});
export const PaymentArrangement = z.object({
  id: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  totalCents: z.number().int(),
  termAmountCents: z.number().int(),
  terms: z.number().int(),
  status: z.string(),
});

export const Finance = z.object({
  openBalanceCents: z.number().int(),
  openInvoices: z.array(Invoice),
  closedInvoices: z.array(Invoice),
  payments: z.array(Payment),
  arrangements: z.array(PaymentArrangement),
});

export const RepairRequest = z.object({
  id: z.number().int(),
  requestNumber: z.string(),
  reportedAt: z.string(),
  location: z.string(),
  description: z.string(),
  status: z.string(),
  appointmentAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});

export const TimelineEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  template: z.string(),
  channel: z.string(),
  description: z.string(),
  /** The staff member who made the change on the customer's behalf, if any. */
  staffName: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** The ERP's "Klantportaal-accountstatus" of a household: no account, an account not yet confirmed, or an active one. */
export const ErpAccountStatus = z.enum(['not_created', 'created_not_activated', 'activated']);
export type ErpAccountStatus = z.infer<typeof ErpAccountStatus>;

/** The account status the ERP holds for the household, and when the portal last sent it (null: never). */
export const ErpAccountState = z.object({ status: ErpAccountStatus, lastSentAt: z.string().nullable() });
export type ErpAccountState = z.infer<typeof ErpAccountState>;

export const CustomerDocument = z.object({ id: z.number().int(), title: z.string(), documentDate: z.string(), kind: z.string() });

export const CustomerOverview = z.object({
  household: z.object({
    customerNumber: z.string(),
    name: z.string(),
    /** Contract holders first, then alphabetical by name; only roles flagged "show in portal". */
    persons: z.array(Person),
    /** Roles a person may be given in the portal ("use in portal"). */
    selectableRoles: z.array(HouseholdRole),
  }),
  contact: Contact,
  contracts: z.array(Contract),
  finance: Finance,
  /** Open repair requests, and closed ones reported within the last year. */
  repairs: z.object({ open: z.array(RepairRequest), closed: z.array(RepairRequest) }),
  /** Interactions flagged for the portal, newest first. */
  timeline: z.array(TimelineEntry),
  documents: z.array(CustomerDocument),
  account: Account.nullable(),
  accountRequest: AccountRequest.nullable(),
  erpAccountStatus: ErpAccountState,
});
export type CustomerOverview = z.infer<typeof CustomerOverview>;

// ---- look-along ------------------------------------------------------------------------------------

export const LookAlongIdParam = z.object({ sessionId: z.string().uuid() });
export const LookAlongStarted = z.object({ sessionId: z.string(), expiresAt: IsoDateTime });
export const LookAlongState = z.enum(['active', 'expired', 'ended']);
export const LookAlongSession = z.object({
  sessionId: z.string(),
  customerNumber: z.string(),
  staffId: z.number().int(),
  startedAt: IsoDateTime,
  expiresAt: IsoDateTime,
  endedAt: IsoDateTime.nullable(),
  state: LookAlongState,
});
export type LookAlongSession = z.infer<typeof LookAlongSession>;

// ---- acting on behalf ------------------------------------------------------------------------------

export const UpdatePhone = z.object({
  phone: z
    .string()
    .max(40)
    .superRefine((v, ctx) => {
      for (const message of phoneMessagesFor(v)) ctx.addIssue({ code: 'custom', message });
    }),
  version: Version,
});
export type UpdatePhone = z.infer<typeof UpdatePhone>;

export const UpdateEmail = z.object({
  email: z.string().trim().toLowerCase().email('Ongeldig e-mailadres').max(254),
  version: Version.optional(),
});
export type UpdateEmail = z.infer<typeof UpdateEmail>;

/** Free text typed by staff (names, streets): no control or invisible reordering characters. */
const plain = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !hasHiddenCharacters(v), `${what} bevat onzichtbare of stuurtekens`);
const required = (what: string) => plain(what, 100).refine((v) => v.length > 0, `${what} is verplicht`);

/** A birth date that exists, from 1900 up to today. */
const BirthDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Geboortedatum heeft de vorm jjjj-mm-dd')
  .refine(isRealDate, 'Deze geboortedatum bestaat niet')
  .refine((v) => v >= '1900-01-01' && v <= new Date().toISOString().slice(0, 10), 'Geboortedatum ligt niet tussen 1900 en vandaag');

/** Dutch postcode, stored as "1234 AB" whether typed with or without the space. */
export const Postcode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, 'Postcode heeft de vorm 1234 AB')
  .transform((v) => `${v.slice(0, 4)} ${v.slice(-2)}`);

export const UpdateCorrespondenceAddress = z.object({
  postcode: Postcode,
  houseNumber: z.coerce.number().int().min(1, 'Huisnummer is verplicht').max(99999),
  addition: plain('Toevoeging', 10).optional(),
  street: required('Straat'),
  city: required('Plaats'),
  version: Version,
});
export type UpdateCorrespondenceAddress = z.infer<typeof UpdateCorrespondenceAddress>;

/** Every field of a household person is required except the tussenvoegsels (middleName). */
export const PersonInput = z.object({
  roleCode: required('Relatie tot contract'),
  gender: Gender,
  initials: required('Voorletters'),
  firstName: required('Voornaam'),
  middleName: plain('Tussenvoegsels', 30).optional(),
  lastName: required('Achternaam'),
  birthDate: BirthDate,
});
export type PersonInput = z.infer<typeof PersonInput>;
export const UpdatePerson = PersonInput.extend({ version: Version });
export type UpdatePerson = z.infer<typeof UpdatePerson>;
export const PersonParams = CustomerNumberParam.extend({ id: z.coerce.number().int().min(1) });
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const ConfirmEmailChange = z.object({ token: z.string().min(10).max(200) });
export const EmailChangeConfirmed = z.object({ confirmed: z.literal(true), customerNumber: z.string() });

// ---- activation codes and letters -------------------------------------------------------------------

export const ActivationCode = z.object({
  customerNumber: z.string(),
  code: z.string().nullable(),
  generatedAt: IsoDateTime.nullable(),
});
export type ActivationCode = z.infer<typeof ActivationCode>;
export const ActivationLetterRequested = z.object({ interactionId: z.number().int(), at: IsoDateTime });

/**
 * Every household gets two letters, posted apart so a lost letter never carries both halves: letter 1 the
 * customer number, the portal address and how to register; letter 2 only the activation code (with the
 * name and address it is posted to). A bulk run makes one PDF per mailing.
 */
export const LetterPart = z.coerce.number<1 | 2>().pipe(z.union([z.literal(1), z.literal(2)]));
export type LetterPart = z.output<typeof LetterPart>;
export const letterParts = [1, 2] as const satisfies readonly LetterPart[];

export const BulkLetters = z.object({ onlyWithoutAccount: z.literal(true).default(true) });
export const LetterJobParam = z.object({ jobId: z.string().uuid() });
export const LetterMailingParams = LetterJobParam.extend({ part: LetterPart });
export const HouseholdLetterParams = CustomerNumberParam.extend({ part: LetterPart });
export const LetterJobAccepted = z.object({ jobId: z.string() });
export const LetterJob = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  /** Households done of total (each gets one page in each mailing). */
  done: z.number().int(),
  total: z.number().int(),
  error: z.string().nullable(),
  /** The mailings already downloaded: each PDF is served once, then deleted. */
  fetched: z.array(LetterPart),
  /** When the PDFs not downloaded by then are deleted (an hour after they were made); null while running. */
  expiresAt: IsoDateTime.nullable(),
});
export type LetterJob = z.infer<typeof LetterJob>;

// ---- one-time portal link ----------------------------------------------------------------------------

export const PortalLink = z.object({ url: z.string(), expiresAt: IsoDateTime });
export const OneTimeTokenParam = z.object({ token: z.string().min(10).max(400) });
/** A redeemed link: the tenant session it made (`token`, ending at `expiresAt` at the latest with the look-along session). */
export const OneTimeRedeemed = z.object({
  customerNumber: z.string(),
  staffId: z.number().int(),
  redeemedAt: IsoDateTime,
  token: z.string(),
  expiresAt: IsoDateTime,
});
