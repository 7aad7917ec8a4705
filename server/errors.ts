import type { ErrorCode } from '../shared/api/common';

const statusOf: Record<ErrorCode, number> = {
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
};

/** An error that becomes the uniform `{error: {code, message, details}}` body (api.md). */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

export const notFound = (what: string) => new ApiError('not_found', `${what} niet gevonden`);
export const staleVersion = (current: number) =>
  new ApiError('conflict', 'Dit gegeven is intussen door iemand anders gewijzigd; laad het opnieuw.', { currentVersion: current });
export const conflict = (message: string, details?: Record<string, unknown>) => new ApiError('conflict', message, details);
export const fieldError = (field: string, message: string) =>
  new ApiError('validation', message, { fields: { [field]: [message] } });
