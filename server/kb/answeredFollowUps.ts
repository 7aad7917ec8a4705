import type { Kysely } from 'kysely';
import type { AnsweredFollowUp, FollowUp } from '../../shared/api/kb';
import type { DB } from '../db/schema';
import { dataAnswersFor } from './dataAnswers';

/** The corporation's calendar day (Europe/Amsterdam) as YYYY-MM-DD: what "still running" is measured against. */
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * A question's follow-ups with the customer's own answers filled in (null where the follow-up has no data item
 * or the data has nothing to say, so the portal asks). null when the customer does not exist.
 */
export async function answeredFollowUps(
  db: Kysely<DB>,
  followUps: FollowUp[],
  customerNumber: string,
  now: Date,
  lang: 'nl' | 'en',
): Promise<AnsweredFollowUp[] | null> {
  const answers = await dataAnswersFor(db, customerNumber, dayFormat.format(now));
  if (!answers) return null;
  return followUps.map((f) => ({ ...f, autoAnswer: f.dataItem ? (answers[f.dataItem]?.[lang] ?? null) : null }));
}
