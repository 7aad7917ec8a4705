import {
  Account,
  AccountList,
  AccountRequest,
  AccountRequestList,
  ErpSyncResult,
  ErpSyncStatus,
  type AccountListQuery,
  type AccountRequestListQuery,
  type BlockAccount,
  type CreateAccount,
  type ResendActivation,
  type UpdateAccount,
} from '../api/accounts';
import type { Requester } from './http';

/** Query of a list call: paging has server defaults, everything else is optional. */
export type AccountListParams = Partial<AccountListQuery>;
export type AccountRequestListParams = Partial<AccountRequestListQuery>;

/** Tenant portal accounts and account requests (catalogue B1–B6). `signal` cancels a stale lookup. */
export function accountsApi(request: Requester) {
  return {
    list: (query: AccountListParams, signal?: AbortSignal) => request('GET', '/accounts', AccountList, { query, signal }),
    get: (id: number, signal?: AbortSignal) => request('GET', `/accounts/${id}`, Account, { signal }),
    create: (body: CreateAccount) => request('POST', '/accounts', Account, { body }),
    update: (id: number, body: UpdateAccount) => request('PATCH', `/accounts/${id}`, Account, { body }),
    block: (id: number, body: BlockAccount) => request('POST', `/accounts/${id}/block`, Account, { body }),
    unblock: (id: number) => request('POST', `/accounts/${id}/unblock`, Account, { body: {} }),
    activate: (id: number) => request('POST', `/accounts/${id}/activate`, Account, { body: {} }),
    remove: (id: number) => request('DELETE', `/accounts/${id}`, null),
    erpSyncStatus: (signal?: AbortSignal) => request('GET', '/accounts/erp-sync', ErpSyncStatus, { signal }),
    erpSync: () => request('POST', '/accounts/erp-sync', ErpSyncResult, { body: {} }),
    requests: {
      list: (query: AccountRequestListParams, signal?: AbortSignal) =>
        request('GET', '/account-requests', AccountRequestList, { query, signal }),
      get: (id: number, signal?: AbortSignal) => request('GET', `/account-requests/${id}`, AccountRequest, { signal }),
      resendActivation: (id: number, body: ResendActivation) =>
        request('POST', `/account-requests/${id}/resend-activation`, AccountRequest, { body }),
      remove: (id: number) => request('DELETE', `/account-requests/${id}`, null),
    },
  };
}
