import { z } from 'zod';
import { hasHiddenCharacters } from '../domain/plainText';
import { CustomerNumber, IsoDateTime, PageQuery, Version, listOf } from './common';
import { passwordPolicyIssues } from '../domain/password';

/** `blocked`: blocked now, by hand or automatically (the Aandacht overview's "Geblokkeerde accounts"). */
export const accountStatuses = ['unconfirmed', 'auto_blocked', 'manually_blocked', 'blocked'] as const;
export const AccountStatus = z.enum(accountStatuses);
export type AccountStatus = z.infer<typeof AccountStatus>;

export const AccountRole = z.enum(['user', 'admin']);
export type AccountRole = z.infer<typeof AccountRole>;

export const Account = z.object({
  id: z.number().int(),
  username: z.string(),
  email: z.string(),
  emailValid: z.boolean(),
  role: AccountRole,
  customerNumber: z.string().nullable(),
  confirmedAt: IsoDateTime.nullable(),
  autoBlocked: z.boolean(),
  autoBlockedUntil: IsoDateTime.nullable(),
  manuallyBlocked: z.boolean(),
  blockReason: z.string().nullable(),
  failedLoginAttempts: z.number().int(),
  lastLoginAt: IsoDateTime.nullable(),
  version: Version,
});
export type Account = z.infer<typeof Account>;

export const accountSortFields = ['customerNumber', 'email', 'username', 'confirmedAt', 'lastLoginAt'] as const;
export const AccountListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  status: AccountStatus.optional(),
  sort: z.enum(accountSortFields).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
export type AccountListQuery = z.infer<typeof AccountListQuery>;

const Username = z
  .string()
  .trim()
  .min(3, 'Gebruikersnaam heeft minstens 3 tekens')
  .max(64)
  .regex(/^[A-Za-z0-9._@-]+$/, 'Gebruikersnaam mag alleen letters, cijfers en . _ @ - bevatten');
const Email = z.string().trim().toLowerCase().email('Ongeldig e-mailadres').max(254);

export const CreateAccount = z
  .object({
    username: Username,
    email: Email,
    password: z.string().max(200),
    role: AccountRole,
    customerNumber: CustomerNumber.optional(),
    /** A household has one portal account; true makes a second one on purpose. */
    additionalForCustomer: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    for (const message of passwordPolicyIssues(v.password, { username: v.username })) {
      ctx.addIssue({ code: 'custom', path: ['password'], message });
    }
  });
export type CreateAccount = z.infer<typeof CreateAccount>;

export const UpdateAccount = z.object({
  username: Username.optional(),
  email: Email.optional(),
  role: AccountRole.optional(),
  customerNumber: CustomerNumber.nullable().optional(),
  /** Moving the account to a household that already has one needs this on purpose. */
  additionalForCustomer: z.boolean().optional(),
  version: Version,
});
export type UpdateAccount = z.infer<typeof UpdateAccount>;

export const BlockAccount = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Een reden is verplicht')
    .max(500)
    .refine((v) => !hasHiddenCharacters(v.replace(/[\r\n\t]/g, ' ')), 'De reden bevat onzichtbare of stuurtekens'),
  version: Version.optional(),
});
export type BlockAccount = z.infer<typeof BlockAccount>;

/** POST /accounts/{id}/resend-activation: when the new confirmation mail went into the outbox. */
export const ActivationResent = z.object({ sentAt: IsoDateTime });
export type ActivationResent = z.infer<typeof ActivationResent>;

export const ErpSyncResult = z.object({ sentAt: IsoDateTime, count: z.number().int() });
export const ErpSyncStatus = z.object({ lastSentAt: IsoDateTime.nullable() });

/** `stuck`: no account after more than 7 days (the Aandacht overview's "Accountaanvragen langer dan 7 dagen open"). */
export const accountRequestStatuses = ['not_identified', 'details_missing', 'email_not_sent', 'stuck'] as const;
export const AccountRequestStatus = z.enum(accountRequestStatuses);
export type AccountRequestStatus = z.infer<typeof AccountRequestStatus>;

export const AccountRequest = z.object({
  id: z.number().int(),
  customerNumber: z.string(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  customerNumberEnteredAt: IsoDateTime.nullable(),
  identifiedAt: IsoDateTime.nullable(),
  detailsFilledAt: IsoDateTime.nullable(),
  emailSentAt: IsoDateTime.nullable(),
});
export type AccountRequest = z.infer<typeof AccountRequest>;

export const AccountRequestListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  status: AccountRequestStatus.optional(),
});
export type AccountRequestListQuery = z.infer<typeof AccountRequestListQuery>;

export const ResendActivation = z.object({ email: Email.optional() });
export type ResendActivation = z.infer<typeof ResendActivation>;

/** A row of the account list: the account plus its household's name and address, to confirm who is on the phone. */
export const AccountListItem = Account.extend({ name: z.string().nullable(), addressLine: z.string().nullable() });
export type AccountListItem = z.infer<typeof AccountListItem>;

/**
 * GET /accounts: `total` is exact unless `totalCapped` (then "at least total"): the lookup counts at most
 * 10,000 rows or up to the end of the requested page, so typing never counts a million rows.
 */
export const AccountList = listOf(AccountListItem).extend({ totalCapped: z.boolean() });
export type AccountList = z.infer<typeof AccountList>;

export const AccountRequestList = listOf(AccountRequest);
export type AccountRequestList = z.infer<typeof AccountRequestList>;
