import { z } from 'zod';
import { IsoDateTime, PageQuery } from './common';

/** The action of the entries that record staff reading a customer's personal data (overview, lookup results). */
export const CUSTOMER_VIEW_ACTION = 'customer.view';

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
  /** Leaves out entries with exactly this action, e.g. `customer.view` (staff reading customer data). */
  excludeAction: z.string().trim().optional(),
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** The list's filters without paging (the export is capped instead). */
export const AuditExportQuery = AuditQuery.omit({ page: true, pageSize: true });
export type AuditExportQuery = z.infer<typeof AuditExportQuery>;
/** The filters as a caller sends them (each optional). */
export type AuditFilters = Partial<z.input<typeof AuditExportQuery>>;

/**
 * Why the chain does not verify: `sequence` an entry missing or out of place, `hash` an entry's fields changed,
 * `mac` an entry not signed with the server's audit key (e.g. a chain recomputed without it), `checkpoint` the
 * table disagrees with a signed checkpoint (an entry changed, or entries cut off the end or wiped), `head` the
 * table's end disagrees with the chain head, `checkpoints_missing` the checkpoint file is gone or lacks its first
 * line, `checkpoint_signature` a checkpoint line was altered, `wrong_key` the server runs with another audit key.
 */
export const AuditBreak = z.enum([
  'sequence',
  'hash',
  'mac',
  'checkpoint',
  'head',
  'checkpoints_missing',
  'checkpoint_signature',
  'wrong_key',
]);
export type AuditBreak = z.infer<typeof AuditBreak>;

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  reason: AuditBreak.optional(),
  /** The id of the newest signed checkpoint the table was compared with. */
  checkpointId: z.number().int().optional(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
