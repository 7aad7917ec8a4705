import { z } from 'zod';
import { IsoDateTime, PageQuery } from './common';

export const AuditEntry = z.object({
  id: z.number().int(),
  at: IsoDateTime,
  actorId: z.number().int().nullable(),
  actor: z.string(),
  roles: z.array(z.string()),
  action: z.string(),
  target: z.string().nullable(),
  customerNumber: z.string().nullable(),
  sourceAddress: z.string(),
  lookAlongSessionId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = PageQuery.extend({
  actor: z.string().trim().optional(),
  customerNumber: z.string().trim().optional(),
  action: z.string().trim().optional(),
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** The list's filters without paging (the export is capped instead). */
export const AuditExportQuery = AuditQuery.omit({ page: true, pageSize: true });
export type AuditExportQuery = z.infer<typeof AuditExportQuery>;

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
