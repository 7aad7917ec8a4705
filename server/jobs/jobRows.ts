import type { Selectable } from 'kysely';
import { JobItemState, JobKind, JobState, type Job, type JobItem } from '../../shared/api/jobs';
import type { DB } from '../db/schema';

export type JobRow = Selectable<DB['jobs']>;
export type JobItemRow = Selectable<DB['job_items']>;

/** The result files of a job: a name per file kind (e.g. mailing "1" and "2"), inside the letters folder. */
export type ResultFiles = Record<string, string>;

export function resultFilesOf(row: Pick<JobRow, 'result_files'>): ResultFiles | null {
  return row.result_files ? (JSON.parse(row.result_files) as ResultFiles) : null;
}

export function fetchedOf(row: Pick<JobRow, 'fetched'>): string[] {
  return JSON.parse(row.fetched) as string[];
}

const mailingNames: Record<string, string> = {
  '1': 'Verzending 1: huurdernummer en portaaladres',
  '2': 'Verzending 2: activeercode',
};

/** The job as its owner sees it; results only while their files are there (not expired). */
export function toJob(row: JobRow, now: Date): Job {
  const files = resultFilesOf(row);
  const live = files !== null && (row.expires_at === null || row.expires_at > now.toISOString());
  const fetched = fetchedOf(row);
  const results = live
    ? Object.keys(files).map((part) => ({
        name: mailingNames[part] ?? part,
        url: `/activation-letters/${row.id}/mailings/${part}`,
        fetched: fetched.includes(part),
      }))
    : [];
  const firstOpen = results.find((r) => !r.fetched);
  return {
    jobId: row.id,
    kind: JobKind.parse(row.kind),
    state: JobState.parse(row.state),
    done: row.done,
    total: row.total,
    failed: row.failed,
    error: row.error,
    cancelRequested: row.cancel_requested === 1,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    expiresAt: row.expires_at,
    ...(firstOpen ? { resultUrl: firstOpen.url } : {}),
    results,
  };
}

export function toJobItem(row: JobItemRow): JobItem {
  return {
    seq: row.seq,
    customerNumber: row.customer_number,
    state: JobItemState.parse(row.state),
    message: row.message,
    doneAt: row.done_at,
  };
}
