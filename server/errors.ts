import { errorStatus, type ErrorCode, type ErrorDetailsOf } from '../shared/api/errors';

/** An error that becomes the uniform `{error: {code, message, details}}` body; `details` is typed per code. */
export class ApiError<C extends ErrorCode = ErrorCode> extends Error {
  readonly status: number;
  constructor(
    readonly code: C,
    message: string,
    readonly details?: ErrorDetailsOf<C>,
  ) {
    super(message);
    this.status = errorStatus[code];
  }
}

export const notFound = (what: string) => new ApiError('not_found', `${what} niet gevonden`);
export const staleVersion = (current: number) =>
  new ApiError('conflict', 'Dit gegeven is intussen door iemand anders gewijzigd; laad het opnieuw.', { currentVersion: current });
export const conflict = (message: string, details?: ErrorDetailsOf<'conflict'>) => new ApiError('conflict', message, details);
export const fieldError = (field: string, message: string) => new ApiError('validation', message, { fields: { [field]: [message] } });
