import type { ErrorCode, ErrorInfo, FieldErrors } from '../api/errors';

/** 'network': no HTTP answer at all (server down, proxy can't reach it); 'invalid_response': the body broke the contract. */
export type ApiErrorCode = ErrorCode | 'network' | 'invalid_response';

/** What a failure says: the server's typed error, or one of the client's own. */
export type ApiErrorInfo =
  | ErrorInfo
  | { code: 'network'; message: string; details?: { aborted?: boolean } }
  | { code: 'invalid_response'; message: string; details?: { path?: string; issues?: string[] } };

/** Every failed API call surfaces as one of these, whatever went wrong underneath. */
export class ApiError extends Error {
  readonly status: number;
  /** Narrow on `info.code` to read `info.details` with its types (fields, currentVersion, retryAfterSeconds…). */
  readonly info: ApiErrorInfo;

  constructor(status: number, info: ApiErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.status = status;
    this.info = info;
  }

  get code(): ApiErrorCode {
    return this.info.code;
  }

  get isNetwork(): boolean {
    return this.info.code === 'network';
  }

  /** The server answers but its database is away for a moment (503 `unavailable`): nothing was saved; try again. */
  get isUnavailable(): boolean {
    return this.info.code === 'unavailable';
  }

  /** A cancelled request (a newer search, a closed screen): nobody's problem. */
  get isAborted(): boolean {
    return this.info.code === 'network' && this.info.details?.aborted === true;
  }

  /** Per-field messages (first of each) of a `validation` error, or of a conflict about a field. */
  fieldErrors(): Record<string, string> {
    const fields: FieldErrors | undefined =
      this.info.code === 'validation' || this.info.code === 'conflict' ? this.info.details?.fields : undefined;
    const out: Record<string, string> = {};
    for (const [field, messages] of Object.entries<string[]>(fields ?? {})) {
      if (messages[0] !== undefined) out[field] = messages[0];
    }
    return out;
  }

  /** The version the server holds, for a 409 about a stale version. */
  get currentVersion(): number | undefined {
    return this.info.code === 'conflict' ? this.info.details?.currentVersion : undefined;
  }

  /** How long to wait before trying again: a rate limit, or the database being away. */
  get retryAfterSeconds(): number | undefined {
    return this.info.code === 'rate_limited' || this.info.code === 'unavailable' ? this.info.details?.retryAfterSeconds : undefined;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
