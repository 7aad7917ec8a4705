import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { JobKind } from '../../shared/api/jobs';
import type { AuthedStaff } from '../context';
import { forUpdate } from '../db/engine';
import type { DB } from '../db/schema';
import { ApiError, conflict, notFound } from '../errors';
import type { JobRow } from './jobRows';

const ITEM_BATCH = 500;

export interface NewJob {
  kind: JobKind;
  staff: AuthedStaff;
  sourceAddress: string;
  customerNumbers: readonly string[];
  params?: Record<string, unknown>;
  now: Date;
}

/** A job and its items, queued, in the caller's transaction (with the audit entry that records the start). */
export async function createJob(trx: Transaction<DB>, j: NewJob): Promise<{ jobId: string; total: number }> {
  const id = randomUUID();
  await trx
    .insertInto('jobs')
    .values({
      id,
      kind: j.kind,
      state: 'queued',
      staff_id: j.staff.id,
      staff_username: j.staff.username,
      staff_roles: j.staff.roles.join(','),
      source_address: j.sourceAddress,
      params: JSON.stringify(j.params ?? {}),
      total: j.customerNumbers.length,
      created_at: j.now.toISOString(),
    })
    .execute();
  for (let i = 0; i < j.customerNumbers.length; i += ITEM_BATCH) {
    const slice = j.customerNumbers.slice(i, i + ITEM_BATCH);
    await trx
      .insertInto('job_items')
      .values(slice.map((customer_number, k) => ({ job_id: id, seq: i + k + 1, customer_number })))
      .execute();
  }
  return { jobId: id, total: j.customerNumbers.length };
}

/** The job as its own staff member may see it: unknown → 404, another member's → 403. */
export async function ownJob(db: Kysely<DB>, jobId: string, staffId: number, what = 'Opdracht'): Promise<JobRow> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
  if (!row) throw notFound(what);
  if (row.staff_id !== staffId) {
    throw new ApiError('forbidden', 'Alleen de medewerker die deze opdracht heeft gestart, kan hem zien.', { reason: 'not_job_owner' });
  }
  return row;
}

/** Asks the runner to stop after the items in hand; a queued job stops at once. Finished jobs: 409. */
export async function cancelJob(trx: Transaction<DB>, jobId: string, staffId: number, now: Date): Promise<JobRow> {
  // The row locked first: a runner on another instance cannot claim a queued job between our read and our write.
  await forUpdate(trx, trx.selectFrom('jobs').select('id').where('id', '=', jobId)).execute();
  const job = await ownJob(trx, jobId, staffId);
  if (job.state !== 'queued' && job.state !== 'running') throw conflict('Deze opdracht is al afgelopen.', { state: job.state });
  return trx
    .updateTable('jobs')
    .set((eb) => ({
      cancel_requested: 1,
      version: eb('version', '+', 1),
      ...(job.state === 'queued' ? { state: 'cancelled', finished_at: now.toISOString() } : {}),
    }))
    .where('id', '=', jobId)
    .returningAll()
    .executeTakeFirstOrThrow();
}
