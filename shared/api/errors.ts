import { z } from 'zod';

/** Error codes of the uniform error body, each with its HTTP status. */
export const errorStatus = {
  validation: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  ip_not_allowed: 403,
  /** Four eyes: the one who entered a change may not decide it (IBAN changes). */
  four_eyes: 403,
  not_found: 404,
  conflict: 409,
  account_blocked: 423,
  rate_limited: 429,
  /** Request body above the route's limit (8 KiB without sign-in). */
  payload_too_large: 413,
  /** Request line (path + query) too long. */
  uri_too_long: 414,
  /** Request headers too large. */
  headers_too_large: 431,
  internal: 500,
  /** The database is unreachable for a moment (PostgreSQL restart, network): retry after `Retry-After` seconds. */
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof errorStatus;
export const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

/** Messages per field, keyed by the field's dotted path ("colors.7", "password"). */
export const FieldErrors = z.record(z.string(), z.array(z.string()));
export type FieldErrors = z.infer<typeof FieldErrors>;

/** What `details` holds, per code: every fact a client may read, with its type (unnamed keys are dropped). */
export const errorDetails = {
  validation: z.object({ fields: FieldErrors, part: z.string().optional() }),
  unauthenticated: z.object({ reason: z.enum(['expired']).optional() }),
  invalid_credentials: z.object({}),
  forbidden: z.object({
    requiredRoles: z.array(z.string()).optional(),
    reason: z.string().optional(),
    /** A household role that may not be changed in the portal. */
    role: z.string().optional(),
  }),
  ip_not_allowed: z.object({ address: z.string().optional() }),
  four_eyes: z.object({ enteredBy: z.string().optional() }),
  not_found: z.object({ reason: z.string().optional(), step: z.string().optional() }),
  conflict: z.object({
    /** A stale `version`: the one the server holds now. */
    currentVersion: z.number().int().optional(),
    /** A refused state transition. */
    from: z.string().optional(),
    to: z.string().optional(),
    reason: z.string().optional(),
    step: z.string().optional(),
    /** When a look-along session expired. */
    expiredAt: z.string().optional(),
    /** The state of a job that is not ready. */
    state: z.string().optional(),
    /** A conflict about one field (a username in use). */
    fields: FieldErrors.optional(),
    /** The open item that blocks this one (a second IBAN change for the same party points to the first). */
    existingId: z.number().int().optional(),
  }),
  account_blocked: z.object({ reason: z.enum(['manually_blocked', 'auto_blocked', 'unconfirmed']).optional(), until: z.string().optional() }),
  rate_limited: z.object({ retryAfterSeconds: z.number().optional() }),
  payload_too_large: z.object({ limitBytes: z.number().int().optional() }),
  uri_too_long: z.object({}),
  headers_too_large: z.object({}),
  internal: z.object({}),
  unavailable: z.object({ retryAfterSeconds: z.number().int().optional() }),
} satisfies Record<ErrorCode, z.ZodType>;

export type ErrorDetailsOf<C extends ErrorCode> = z.infer<(typeof errorDetails)[C]>;

/** One error, discriminated by `code`, so `details` is typed once the code is known. */
export const ErrorInfo = z.discriminatedUnion('code', [
  z.object({ code: z.literal('validation'), message: z.string(), details: errorDetails.validation.optional() }),
  z.object({ code: z.literal('unauthenticated'), message: z.string(), details: errorDetails.unauthenticated.optional() }),
  z.object({ code: z.literal('invalid_credentials'), message: z.string(), details: errorDetails.invalid_credentials.optional() }),
  z.object({ code: z.literal('forbidden'), message: z.string(), details: errorDetails.forbidden.optional() }),
  z.object({ code: z.literal('ip_not_allowed'), message: z.string(), details: errorDetails.ip_not_allowed.optional() }),
  z.object({ code: z.literal('four_eyes'), message: z.string(), details: errorDetails.four_eyes.optional() }),
  z.object({ code: z.literal('not_found'), message: z.string(), details: errorDetails.not_found.optional() }),
  z.object({ code: z.literal('conflict'), message: z.string(), details: errorDetails.conflict.optional() }),
  z.object({ code: z.literal('account_blocked'), message: z.string(), details: errorDetails.account_blocked.optional() }),
  z.object({ code: z.literal('rate_limited'), message: z.string(), details: errorDetails.rate_limited.optional() }),
  z.object({ code: z.literal('payload_too_large'), message: z.string(), details: errorDetails.payload_too_large.optional() }),
  z.object({ code: z.literal('uri_too_long'), message: z.string(), details: errorDetails.uri_too_long.optional() }),
  z.object({ code: z.literal('headers_too_large'), message: z.string(), details: errorDetails.headers_too_large.optional() }),
  z.object({ code: z.literal('internal'), message: z.string(), details: errorDetails.internal.optional() }),
  z.object({ code: z.literal('unavailable'), message: z.string(), details: errorDetails.unavailable.optional() }),
]);
export type ErrorInfo = z.infer<typeof ErrorInfo>;

/** Uniform error body of every non-2xx response: `{"error": {"code", "message", "details"}}`. */
export const ErrorBody = z.object({ error: ErrorInfo });
export type ErrorBody = z.infer<typeof ErrorBody>;
