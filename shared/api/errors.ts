import { z } from 'zod';

/** Error codes of the uniform error body, each with its HTTP status. */
export const errorStatus = {
  validation: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  ip_not_allowed: 403,
  not_found: 404,
  conflict: 409,
  account_blocked: 423,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof errorStatus;
export const errorCodes = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

/** Messages per field, keyed by the field's dotted path ("colors.7", "password"). */
export const FieldErrors = z.record(z.string(), z.array(z.string()));
export type FieldErrors = z.infer<typeof FieldErrors>;

/**
 * What `details` holds, per code. Every object is open (`loose`): a server may add facts, a client reads the
 * ones named here with their types.
 */
export const errorDetails = {
  validation: z.looseObject({ fields: FieldErrors, part: z.string().optional() }),
  unauthenticated: z.looseObject({ reason: z.enum(['expired']).optional() }),
  invalid_credentials: z.looseObject({}),
  forbidden: z.looseObject({
    requiredRoles: z.array(z.string()).optional(),
    reason: z.string().optional(),
  }),
  ip_not_allowed: z.looseObject({ address: z.string().optional() }),
  not_found: z.looseObject({ reason: z.string().optional(), step: z.string().optional() }),
  conflict: z.looseObject({
    /** A stale `version`: the one the server holds now. */
    currentVersion: z.number().int().optional(),
    /** A refused state transition. */
    from: z.string().optional(),
    to: z.string().optional(),
    reason: z.string().optional(),
    step: z.string().optional(),
    /** A conflict about one field (a username in use). */
    fields: FieldErrors.optional(),
  }),
  account_blocked: z.looseObject({ reason: z.enum(['manually_blocked', 'auto_blocked', 'unconfirmed']).optional(), until: z.string().optional() }),
  rate_limited: z.looseObject({ retryAfterSeconds: z.number().int().optional() }),
  internal: z.looseObject({}),
} satisfies Record<ErrorCode, z.ZodType>;

export type ErrorDetailsOf<C extends ErrorCode> = z.infer<(typeof errorDetails)[C]>;

const variant = <C extends ErrorCode>(code: C) =>
  z.object({ code: z.literal(code), message: z.string(), details: errorDetails[code].optional() });

/** One error, discriminated by `code`, so `details` is typed once the code is known. */
export const ErrorInfo = z.discriminatedUnion('code', [
  variant('validation'),
  variant('unauthenticated'),
  variant('invalid_credentials'),
  variant('forbidden'),
  variant('ip_not_allowed'),
  variant('not_found'),
  variant('conflict'),
  variant('account_blocked'),
  variant('rate_limited'),
  variant('internal'),
]);
export type ErrorInfo = z.infer<typeof ErrorInfo>;

/** Uniform error body of every non-2xx response: `{"error": {"code", "message", "details"}}`. */
export const ErrorBody = z.object({ error: ErrorInfo });
export type ErrorBody = z.infer<typeof ErrorBody>;
