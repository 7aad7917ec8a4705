import { z } from 'zod';
import { CustomerNumber, IsoDateTime } from './common';

/** What the resident portal calls (tenant side). */
export const StartAccountRequest = z.object({
  customerNumber: CustomerNumber,
  activationCode: z.string().trim().max(64).default(''),
});
/**
 * `continuationToken` only when identified: the secret that step 2 needs (valid 30 minutes, used up by step 2),
 * so that only whoever proved the activation code can fill in the account details.
 */
export const StartAccountRequestResponse = z.object({
  requestId: z.number().int(),
  identified: z.boolean(),
  continuationToken: z.string().optional(),
});

export const AccountRequestDetails = z.object({
  username: z.string().trim().min(3).max(64).regex(/^[A-Za-z0-9._@-]+$/),
  password: z.string().max(200),
  email: z.string().trim().toLowerCase().email('Ongeldig e-mailadres').max(254),
  continuationToken: z.string().min(20).max(100),
});
export const ConfirmAccount = z.object({ token: z.string().min(10).max(200) });
/** `keepSignedIn`: the login page's "Houd mij ingelogd" tick box. */
export const TenantSignIn = z.object({
  username: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
  keepSignedIn: z.boolean().default(false),
});
/** `expiresAt`: when the session ends unless it is used before then (the portal settings decide; see the README). */
export const TenantSignInResponse = z.object({ token: z.string(), expiresAt: IsoDateTime });
/** The tenant's own session (`GET /portal/session`); asking extends it like any use. */
export const TenantSession = z.object({ customerNumber: z.string().nullable(), expiresAt: IsoDateTime });
export const AccountRequestDetailsResponse = z.object({ requestId: z.number().int(), emailSent: z.boolean() });
export const ConfirmAccountResponse = z.object({ confirmed: z.literal(true) });
