import type { AxiosInstance } from 'axios';
import { accountsApi } from './accounts';
import { adminApi } from './admin';
import { customersApi } from './customers';
import { createRequester, type ClientOptions } from './http';
import { staffApi } from './staff';

export { ApiError, isApiError, type ApiErrorCode } from './apiError';
export { API_PREFIX, createRequester, type ClientOptions, type HttpMethod, type Requester, type RequestOptions } from './http';

/**
 * The typed portal-server client. Each area adds its functions in its own file here
 * (`xxxApi(request)`) and one line below; `request` stays available for one-off calls.
 */
export function createApiClient(options: ClientOptions, instance?: AxiosInstance) {
  const request = createRequester(options, instance);
  return {
    request,
    staff: staffApi(request),
    admin: adminApi(request),
    accounts: accountsApi(request),
    customers: customersApi(request),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
