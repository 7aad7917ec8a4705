import type { ApiError } from '../../../shared/client';
import type { MessageKey } from '../i18n/nl';
import type { Params } from '../i18n/translate';

/** Which message to show for a failed sign-in (pure, unit-tested). */
export function signInErrorMessage(error: ApiError): { key: MessageKey; params?: Params } {
  const info = error.info;
  switch (info.code) {
    case 'invalid_credentials':
      return { key: 'signin.error.invalidCredentials' };
    case 'ip_not_allowed':
      return { key: 'signin.error.ipNotAllowed', params: { address: info.details?.address ?? '?' } };
    case 'rate_limited': {
      const raw = info.details?.retryAfterSeconds;
      const seconds = raw !== undefined && Number.isFinite(raw) ? Math.max(1, Math.ceil(raw)) : 60;
      return { key: 'signin.error.rateLimited', params: { seconds } };
    }
    case 'account_blocked':
      return { key: 'signin.error.blocked' };
    case 'network':
      return { key: 'signin.error.unreachable' };
    case 'unavailable':
      return { key: 'signin.error.unavailable' };
    default:
      return { key: 'signin.error.other', params: { message: info.message } };
  }
}
