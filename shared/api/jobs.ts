import { z } from 'zod';
import { IsoDateTime } from './common';

const CustomerNumber = z.string().trim().toUpperCase().regex(/^HM-\d{5,7}$/, 'Klantnummer heeft de vorm HM-nnnnnn');

/*
 * Bulk work as durable jobs (catalogue H4): a job and its items live in the database, so progress survives a
 * server restart and no item is done twice. Only the staff member who started a job sees it.
 */

export const JobKind = z.enum(['activation_letters', 'bulk_accounts']);
export type JobKind = z.infer<typeof JobKind>;
export const JobState = z.enum(['queued', 'running', 'done', 'failed', 'cancelled']);
export type JobState = z.infer<typeof JobState>;
export const JobItemState = z.enum(['pending', 'done', 'skipped', 'failed']);
export type JobItemState = z.infer<typeof JobItemState>;

export const JobResult = z.object({
  /** What the file is, e.g. "Verzending 1: huurdernummer en portaaladres". */
  name: z.string(),
  /** Below the API prefix, e.g. "/activation-letters/<id>/mailings/1". */
  url: z.string(),
  fetched: z.boolean(),
});

export const Job = z.object({
  jobId: z.string(),
  kind: JobKind,
  state: JobState,
  /** Items finished (done, skipped or failed) of total. */
  done: z.number().int(),
  total: z.number().int(),
  failed: z.number().int(),
  error: z.string().nullable(),
  cancelRequested: z.boolean(),
  createdAt: IsoDateTime,
  finishedAt: IsoDateTime.nullable(),
  /** When the result files not downloaded by then are deleted. */
  expiresAt: IsoDateTime.nullable(),
  /** The first result file, when there is one (api.md); all of them in `results`. */
  resultUrl: z.string().optional(),
  results: z.array(JobResult),
});
export type Job = z.infer<typeof Job>;

export const JobParam = z.object({ jobId: z.string().uuid() });
export const JobAccepted = z.object({ jobId: z.string(), total: z.number().int() });

export const JobItem = z.object({
  seq: z.number().int(),
  customerNumber: z.string(),
  state: JobItemState,
  message: z.string().nullable(),
  doneAt: IsoDateTime.nullable(),
});
export type JobItem = z.infer<typeof JobItem>;
export const JobItemsQuery = z.object({
  state: JobItemState.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

/**
 * Which customers a bulk action is for: a list of customer numbers (e.g. those of the import just done), the
 * members of a group, or everyone matching a filter. "No account yet" can be combined with a group.
 */
export const BulkSelection = z
  .object({
    customerNumbers: z.array(CustomerNumber).max(100_000).optional(),
    group: z.number().int().min(1).optional(),
    filter: z.enum(['no_account']).optional(),
  })
  .refine((s) => s.customerNumbers !== undefined || s.group !== undefined || s.filter !== undefined, {
    message: 'Kies klanten: klantnummers, een groep of een filter',
    path: ['customerNumbers'],
  });
export type BulkSelection = z.infer<typeof BulkSelection>;
export const BulkSelectionCount = z.object({ total: z.number().int(), withoutAccount: z.number().int() });
export const BulkSelectionQuery = z.object({
  group: z.coerce.number().int().min(1).optional(),
  filter: z.enum(['no_account']).optional(),
});
