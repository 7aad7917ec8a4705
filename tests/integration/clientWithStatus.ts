import axios from 'axios';
import { createApiClient, type ApiClient } from '../../shared/client';

/**
 * The typed client plus the HTTP status of its last answer, for tests that hold the route table's success
 * statuses (201, 204) to account: the client itself only says "it worked".
 */
export function clientWithStatus(baseUrl: string, token: string | null, from?: string): { client: ApiClient; lastStatus: () => number } {
  const http = axios.create();
  let last = 0;
  http.interceptors.response.use((response) => {
    last = response.status;
    return response;
  });
  // `from`: a forwarded workstation address, as the test server trusts from loopback.
  const headers = from ? { 'x-forwarded-for': from } : undefined;
  return { client: createApiClient({ baseUrl: () => baseUrl, token: () => token }, http, headers), lastStatus: () => last };
}
