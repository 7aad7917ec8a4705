import { z } from 'zod';
import { AuditEntry, AuditExportQuery, AuditQuery, AuditVerifyResult } from '../audit';
import { IdParam, listOf } from '../common';
import { CreateIpRange, IpRange, UpdateIpRange } from '../ipRanges';
import { defineRoutes } from '../route';
import { Settings, UpdateSettings } from '../settings';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Portal administration: settings, IP ranges, the audit log. */
export const adminRoutes = defineRoutes({
  'settings.get': { method: 'GET', path: '/settings', summary: 'Portal settings', tag: 'settings', access: 'settings.manage', response: Settings },
  'settings.update': {
    method: 'PUT',
    path: '/settings',
    summary: 'Changes the portal settings (409 on a stale version)',
    tag: 'settings',
    access: 'settings.manage',
    audit: ['settings.update'],
    body: UpdateSettings,
    response: Settings,
  },
  'ipRanges.list': {
    method: 'GET',
    path: '/ip-ranges',
    summary: 'IP ranges that may reach staff functions',
    tag: 'network',
    access: 'network.manage',
    response: z.object({ items: z.array(IpRange) }),
  },
  'ipRanges.create': {
    method: 'POST',
    path: '/ip-ranges',
    summary: 'Adds an IP range',
    tag: 'network',
    access: 'network.manage',
    audit: ['ip_range.create'],
    body: CreateIpRange,
    response: IpRange,
    status: 201,
  },
  'ipRanges.update': {
    method: 'PATCH',
    path: '/ip-ranges/:id',
    summary: 'Changes an IP range (409 on a stale version)',
    tag: 'network',
    access: 'network.manage',
    audit: ['ip_range.update'],
    params: IdParam,
    body: UpdateIpRange,
    response: IpRange,
  },
  'ipRanges.remove': {
    method: 'DELETE',
    path: '/ip-ranges/:id',
    summary: 'Deletes an IP range',
    tag: 'network',
    access: 'network.manage',
    audit: ['ip_range.delete'],
    params: IdParam,
    response: null,
    status: 204,
  },
  'audit.list': {
    method: 'GET',
    path: '/audit',
    summary: 'Audit entries, newest first, filtered',
    tag: 'audit',
    access: 'audit.read',
    query: AuditQuery,
    response: listOf(AuditEntry),
  },
  'audit.verify': { method: 'GET', path: '/audit/verify', summary: 'Checks the audit chain', tag: 'audit', access: 'audit.read', response: AuditVerifyResult },
  'audit.export': {
    method: 'GET',
    path: '/audit/export',
    summary: 'The filtered audit entries as .xlsx (at most 100,000 rows); the export is itself audited',
    tag: 'audit',
    access: 'audit.read',
    audit: ['audit.export'],
    query: AuditExportQuery,
    response: null,
    file: XLSX_TYPE,
  },
});
