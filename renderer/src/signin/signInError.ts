import type { ApiError } from '../../../shared/client';
import type { MessageKey } from '../i18n/nl';
import type { Params } from '../i18n/translate';

/** Which message to show for a failed sign-in (pure, unit-tested). */
export function signInErrorMessage(error: ApiError): { key: MessageKey; params?: Params } {
  switch (error.code) {
    case 'invalid_credentials':
      return { key: 'signin.error.invalidCredentials' };
    case 'ip_not_allowed': {
      const address = typeof error.details.address === 'string' ? error.details.address : '?';
      return { key: 'signin.error.ipNotAllowed', params: { address } };
    }
    case 'rate_limited': {
      const raw = error.details.retryAfterSeconds;
      const seconds = typeof raw === 'number' && Number.isFinite(raw) ? Math.max(1, Math.ceil(raw)) : 60;
      return { key: 'signin.error.rateLimited', params: { seconds } };
    }
    case 'account_blocked':
      return { key: 'signin.error.blocked' };
    case 'network':
      return { key: 'signin.error.unreachable' };
    default:
      return { key: 'signin.error.other', params: { message: error.message } };
  }
}
