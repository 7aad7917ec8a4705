import { z } from 'zod';
import { ibanProblem, normalizeIban } from '../domain/iban';
import { IsoDateTime, PageQuery, Version, listOf } from './common';

/** Proof files: a copy of a bank statement or card. Checked by their first bytes on the server, not by name. */
export const PROOF_MAX_BYTES = 5 * 1024 * 1024;
export const proofContentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type ProofContentType = (typeof proofContentTypes)[number];

/** Requests older than this without a decision are overdue. */
export const IBAN_CHANGE_OVERDUE_DAYS = 30;

export const IbanParty = z.enum(['partner', 'tenant']);
export type IbanParty = z.infer<typeof IbanParty>;
export const IbanChangeStatus = z.enum(['pending', 'approved', 'rejected']);
export type IbanChangeStatus = z.infer<typeof IbanChangeStatus>;
/** A contract's payment method (seed 001 §2.7.5). */
export const PaymentMethod = z.enum(['automatische_incasso', 'acceptgiro', 'overboeking']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** An IBAN as typed: normalised (no spaces, upper case), then format and checksum checked. */
export const Iban = z
  .string()
  .max(60)
  .transform(normalizeIban)
  .superRefine((v, ctx) => {
    const problem = ibanProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** The IBAN registered now, as stated by the one asking: empty when none is registered yet. */
export const OldIban = z
  .string()
  .max(60)
  .transform(normalizeIban)
  .superRefine((v, ctx) => {
    const problem = v === '' ? null : ibanProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const AccountName = z.string().trim().min(1, 'Vul de officiële tenaamstelling in').max(140, 'Tenaamstelling heeft hoogstens 140 tekens');

export const ProofUpload = z.object({
  fileName: z.string().trim().min(1, 'Bestandsnaam ontbreekt').max(200),
  contentType: z.enum(proofContentTypes, { message: 'Alleen PDF, PNG of JPEG' }),
  // base64 of at most 5 MB (4/3 of it, rounded up)
  dataBase64: z.base64('Het bestand is niet goed meegestuurd').max(Math.ceil(PROOF_MAX_BYTES / 3) * 4 + 4, 'Het bewijs is groter dan 5 MB'),
});
export type ProofUpload = z.infer<typeof ProofUpload>;

/** One IBAN change. In lists (`GET /iban-changes`) both IBANs come masked; `GET /iban-changes/{id}` gives them whole. */
export const IbanChange = z.object({
  id: z.number().int(),
  party: IbanParty,
  /** partners.id, or the contract's id for a tenant */
  partyId: z.number().int(),
  /** The partner's name, or the tenant's name and contract number. */
  partyName: z.string(),
  customerNumber: z.string().nullable(),
  oldIban: z.string(),
  newIban: z.string(),
  /** The bank of the new IBAN when it is Dutch. */
  newBank: z.string().nullable(),
  accountName: z.string(),
  directorCc: z.string(),
  paymentMethod: PaymentMethod.nullable(),
  mandateReference: z.string().nullable(),
  proofFileName: z.string().nullable(),
  proofContentType: z.string().nullable(),
  proofSize: z.number().int().nullable(),
  status: IbanChangeStatus,
  enteredBy: z.string(),
  enteredByStaffId: z.number().int().nullable(),
  enteredAt: IsoDateTime,
  decidedBy: z.string().nullable(),
  decidedAt: IsoDateTime.nullable(),
  reason: z.string().nullable(),
  /** Pending for more than 30 days. */
  overdue: z.boolean(),
  version: Version,
});
export type IbanChange = z.infer<typeof IbanChange>;

export const IbanChangeList = listOf(IbanChange).extend({ overdue: z.number().int() });
export type IbanChangeList = z.infer<typeof IbanChangeList>;

export const IbanChangeQuery = PageQuery.extend({
  /** decided: approved or rejected; overdue: pending for more than 30 days. */
  status: z.enum(['pending', 'overdue', 'decided', 'approved', 'rejected', 'all']).default('pending'),
  party: IbanParty.optional(),
  partyId: z.coerce.number().int().min(1).optional(),
  q: z.string().trim().max(100).optional(),
});
export type IbanChangeQuery = z.infer<typeof IbanChangeQuery>;

/** Entered by a helpdesk member from the partner's e-mail (or a tenant's letter). */
export const CreateIbanChange = z.object({
  party: IbanParty,
  partyId: z.number().int().min(1),
  oldIban: OldIban,
  newIban: Iban,
  accountName: AccountName,
  directorCc: z.union([z.literal(''), z.string().trim().toLowerCase().email('Ongeldig e-mailadres').max(254)]).default(''),
  proof: ProofUpload,
});
export type CreateIbanChange = z.input<typeof CreateIbanChange>;

/** The tenant's own change in the portal: account holder and IBAN, optionally a move "upwards" to direct debit. */
export const PortalIbanChange = z.object({
  contractNumber: z.string().trim().max(40).optional(),
  accountHolder: AccountName,
  iban: Iban,
  paymentMethod: PaymentMethod.optional(),
});
export type PortalIbanChange = z.input<typeof PortalIbanChange>;

export const PortalIbanChangeCreated = z.object({
  id: z.number().int(),
  status: IbanChangeStatus,
  mandateReference: z.string().nullable(),
});

export const ApproveIbanChange = z.object({ version: Version });
export const RejectIbanChange = z.object({
  reason: z.string().trim().min(3, 'Geef een reden (minstens 3 tekens)').max(500, 'Reden heeft hoogstens 500 tekens'),
  version: Version,
});
export type RejectIbanChange = z.infer<typeof RejectIbanChange>;

/** The current bank details of a party, to prefill "old IBAN" and to show what will change. */
export const PartyBank = z.object({
  party: IbanParty,
  partyId: z.number().int(),
  partyName: z.string(),
  iban: z.string(),
  accountName: z.string(),
  pendingChangeId: z.number().int().nullable(),
});
export type PartyBank = z.infer<typeof PartyBank>;
export const PartyBankQuery = z.object({ party: IbanParty, partyId: z.coerce.number().int().min(1) });
