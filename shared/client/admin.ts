import { z } from 'zod';
import { listOf } from '../api/common';
import { AuditEntry, AuditVerifyResult, type AuditQuery } from '../api/audit';
import { IpRange, type CreateIpRange, type UpdateIpRange } from '../api/ipRanges';
import { Settings, type UpdateSettings } from '../api/settings';
import type { Requester } from './http';

const IpRangeList = z.union([z.array(IpRange), z.object({ items: z.array(IpRange) }).transform((l) => l.items)]);
const AuditList = listOf(AuditEntry);
const Bytes = z.instanceof(ArrayBuffer);
/** The list's filters without paging (GET /audit/export). */
export type AuditFilters = Omit<Partial<AuditQuery>, 'page' | 'pageSize'>;

/** Portal administration: settings, IP ranges, audit log. */
export function adminApi(request: Requester) {
  return {
    settings: {
      get: () => request('GET', '/settings', Settings),
      update: (body: UpdateSettings) => request('PUT', '/settings', Settings, { body }),
    },
    ipRanges: {
      list: () => request('GET', '/ip-ranges', IpRangeList),
      create: (body: CreateIpRange) => request('POST', '/ip-ranges', IpRange, { body }),
      update: (id: number, body: UpdateIpRange) => request('PATCH', `/ip-ranges/${id}`, IpRange, { body }),
      remove: (id: number) => request('DELETE', `/ip-ranges/${id}`, null),
    },
    audit: {
      list: (query: Partial<AuditQuery>, signal?: AbortSignal) => request('GET', '/audit', AuditList, { query, signal }),
      verify: () => request('GET', '/audit/verify', AuditVerifyResult),
      export: (query: AuditFilters) =>
        request('GET', '/audit/export', Bytes, {
          query,
          responseType: 'arraybuffer',
          headers: { Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
          timeoutMs: 120_000,
        }),
    },
  };
}
