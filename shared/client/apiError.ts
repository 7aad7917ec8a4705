import type { ErrorCode } from '../api/common';

/** 'network': no HTTP answer at all (server down, proxy can't reach it); 'invalid_response': the body broke the contract. */
export type ApiErrorCode = ErrorCode | 'network' | 'invalid_response';

/** Every failed API call surfaces as one of these, whatever went wrong underneath. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: ApiErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  get isNetwork(): boolean {
    return this.code === 'network';
  }

  /** Per-field messages of a 400 `validation` error (details: {field: message | message[]}). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    if (this.code !== 'validation') return out;
    const source = isRecord(this.details.fields) ? this.details.fields : this.details;
    for (const [field, value] of Object.entries(source)) {
      if (typeof value === 'string') out[field] = value;
      else if (Array.isArray(value) && typeof value[0] === 'string') out[field] = value[0];
    }
    return out;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
