import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Kysely, Transaction } from 'kysely';
import { letterParts } from '../../shared/api/customers';
import { newActivationCode } from '../customers/activationCodes';
import type { DB } from '../db/schema';
import { writeMailings, type LetterAddressee } from '../letters/activationLetters';
import { letterFile } from '../letters/letterFolder';
import { addressee } from '../letters/householdLetter';
import type { ItemOutcome, JobKindHandler } from './jobRunner';
import type { JobItemRow, JobRow, ResultFiles } from './jobRows';

const PAGE = 1_000;

/** A household's new activation code (the old one stops working); the code itself is never in the audit entry. */
export async function giveNewCode(trx: Transaction<DB>, item: JobItemRow, now: Date): Promise<ItemOutcome> {
  const changed = await trx
    .updateTable('households')
    .set({ activation_code: newActivationCode(), activation_code_generated_at: now.toISOString() })
    .where('customer_number', '=', item.customer_number)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) === 0) return { state: 'skipped', message: 'Klant bestaat niet (meer)' };
  return { state: 'done', audit: { action: 'job.item.activation_code', target: `customer:${item.customer_number}`, customerNumber: item.customer_number } };
}

/**
 * The letters of the items that are done, in item order, with each household's code as stored now: read
 * from the database, never made again, so a job resumed after a restart prints the codes its items set.
 */
async function lettersOf(db: Kysely<DB>, jobId: string): Promise<LetterAddressee[]> {
  const out: LetterAddressee[] = [];
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('job_items as i')
      .innerJoin('households as h', 'h.customer_number', 'i.customer_number')
      .select(['i.seq', 'h.customer_number', 'h.name', 'h.corr_street', 'h.corr_house_number', 'h.corr_house_number_addition', 'h.corr_postcode', 'h.corr_city', 'h.activation_code'])
      .where('i.job_id', '=', jobId)
      .where('i.state', '=', 'done')
      .where('i.seq', '>', after)
      .orderBy('i.seq')
      .limit(PAGE)
      .execute();
    for (const r of rows) if (r.activation_code) out.push(addressee(r, r.activation_code));
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return out;
    after = last.seq;
  }
}

/**
 * The two mailings (one page per household each; the code only in mailing 2), written owner-only into the
 * letters folder. Each is written under a name of its own and renamed into place when complete: a server that
 * lost the job's lease (several servers share the folder) never writes into the file of the one that took over,
 * and a half-written file of a stopped server is never handed out.
 */
export async function writeJobMailings(db: Kysely<DB>, dir: string, portalUrl: string, job: JobRow, now: Date): Promise<ResultFiles> {
  const files = { 1: letterFile(dir, job.id, 1), 2: letterFile(dir, job.id, 2) };
  const writing = randomUUID();
  const temp = { 1: `${files[1]}.${writing}.part`, 2: `${files[2]}.${writing}.part` };
  try {
    await writeMailings(temp, await lettersOf(db, job.id), { portalUrl, date: now }, () => undefined);
    for (const part of letterParts) fs.renameSync(temp[part], files[part]);
  } finally {
    for (const part of letterParts) fs.rmSync(temp[part], { force: true });
  }
  return { 1: files[1], 2: files[2] };
}

/** Bulk activation letters: per household a new code; at the end the two mailings. */
export function letterKind(dir: string, portalUrl: string): JobKindHandler {
  return {
    item: (trx, _job, item, now) => giveNewCode(trx, item, now),
    finish: (db, job, now) => writeJobMailings(db, dir, portalUrl, job, now),
  };
}
