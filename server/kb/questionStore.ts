import type { Kysely, Selectable } from 'kysely';
import type { Advice, CreateQuestion, FollowUp, Move, Question, UpdateQuestion } from '../../shared/api/kb';
import { textOrKeywordsMatch, normalizeTerm } from '../../shared/domain/kbSearch';
import type { DB } from '../db/schema';
import { fieldError, notFound, staleVersion } from '../errors';
import { lockKnowledgeBase, nextCode } from './codes';
import { parseJsonArray, parseJsonObject } from './json';

type Row = Selectable<DB['kb_questions']> & { topic_code: string };

function questionsQuery(db: Kysely<DB>) {
  return db.selectFrom('kb_questions as q').innerJoin('kb_topics as t', 't.id', 'q.topic_id').selectAll('q').select('t.code as topic_code');
}

export const toQuestion = (r: Row): Question => ({
  code: r.code,
  topicCode: r.topic_code,
  description: r.description,
  keywords: parseJsonArray<string>(r.keywords),
  internal: r.internal === 1,
  portal: r.portal === 1,
  external: r.external === 1,
  answer: r.answer,
  followUps: parseJsonArray<FollowUp>(r.follow_ups),
  advice: parseJsonObject<Advice>(r.advice),
  order: r.sort_order,
  version: r.version,
});

/** Questions in tree order (topic order, then their own); `q` filters with the portal's own "contains". */
export async function listQuestions(db: Kysely<DB>, filter: { topic?: string; q?: string }): Promise<Question[]> {
  let query = questionsQuery(db);
  if (filter.topic) query = query.where('t.code', '=', filter.topic);
  const rows = await query.orderBy('t.sort_order').orderBy('q.sort_order').orderBy('q.id').execute();
  const term = filter.q ? normalizeTerm(filter.q) : null;
  return rows.map(toQuestion).filter((x) => term === null || textOrKeywordsMatch(x.description, x.keywords, term));
}

async function getRow(db: Kysely<DB>, code: string): Promise<Row> {
  const r = await questionsQuery(db).where('q.code', '=', code).executeTakeFirst();
  if (!r) throw notFound('Klantvraag');
  return r;
}

export async function getQuestion(db: Kysely<DB>, code: string): Promise<Question> {
  return toQuestion(await getRow(db, code));
}

async function topicIdFor(trx: Kysely<DB>, topicCode: string): Promise<number> {
  const t = await trx.selectFrom('kb_topics').select('id').where('code', '=', topicCode).executeTakeFirst();
  if (!t) throw fieldError('topicCode', `Onderwerp ${topicCode} bestaat niet`);
  return t.id;
}

async function endOfTopic(trx: Kysely<DB>, topicId: number): Promise<number> {
  const last = await trx.selectFrom('kb_questions').select((eb) => eb.fn.max('sort_order').as('m')).where('topic_id', '=', topicId).executeTakeFirst();
  return Number(last?.m ?? 0) + 1;
}

export async function createQuestion(trx: Kysely<DB>, b: CreateQuestion): Promise<Question> {
  await lockKnowledgeBase(trx);
  const topicId = await topicIdFor(trx, b.topicCode);
  const code = await nextCode(trx, 'question');
  await trx
    .insertInto('kb_questions')
    .values({
      topic_id: topicId,
      code,
      description: b.description,
      keywords: JSON.stringify(b.keywords),
      internal: b.internal ? 1 : 0,
      portal: b.portal ? 1 : 0,
      external: b.external ? 1 : 0,
      answer: b.answer,
      follow_ups: JSON.stringify(b.followUps),
      advice: b.advice ? JSON.stringify(b.advice) : null,
      sort_order: await endOfTopic(trx, topicId),
    })
    .execute();
  return getQuestion(trx, code);
}

export async function updateQuestion(trx: Kysely<DB>, code: string, b: UpdateQuestion): Promise<Question> {
  await lockKnowledgeBase(trx);
  const row = await getRow(trx, code);
  if (row.version !== b.version) throw staleVersion(row.version);
  const current = toQuestion(row);
  let topicId = row.topic_id;
  let order = row.sort_order;
  if (b.topicCode !== undefined && b.topicCode !== current.topicCode) {
    topicId = await topicIdFor(trx, b.topicCode);
    order = await endOfTopic(trx, topicId);
  }
  const advice = b.advice === undefined ? current.advice : b.advice;
  await trx
    .updateTable('kb_questions')
    .set({
      topic_id: topicId,
      sort_order: order,
      description: b.description ?? current.description,
      keywords: JSON.stringify(b.keywords ?? current.keywords),
      internal: (b.internal ?? current.internal) ? 1 : 0,
      portal: (b.portal ?? current.portal) ? 1 : 0,
      external: (b.external ?? current.external) ? 1 : 0,
      answer: b.answer ?? current.answer,
      follow_ups: JSON.stringify(b.followUps ?? current.followUps),
      advice: advice ? JSON.stringify(advice) : null,
      version: row.version + 1,
    })
    .where('id', '=', row.id)
    .execute();
  return getQuestion(trx, code);
}

export async function deleteQuestion(trx: Kysely<DB>, code: string): Promise<Question> {
  await lockKnowledgeBase(trx);
  const row = await getRow(trx, code);
  await trx.deleteFrom('kb_questions').where('id', '=', row.id).execute();
  return toQuestion(row);
}

/** Swaps a question with its neighbour in the same topic; at either end nothing changes. */
export async function moveQuestion(trx: Kysely<DB>, code: string, m: Move): Promise<Question[]> {
  await lockKnowledgeBase(trx);
  const row = await getRow(trx, code);
  if (m.version !== undefined && m.version !== row.version) throw staleVersion(row.version);
  const up = m.direction === 'up';
  const neighbour = await trx
    .selectFrom('kb_questions')
    .select(['id', 'sort_order'])
    .where('topic_id', '=', row.topic_id)
    .where('sort_order', up ? '<' : '>', row.sort_order)
    .orderBy('sort_order', up ? 'desc' : 'asc')
    .limit(1)
    .executeTakeFirst();
  if (neighbour) {
    await trx.updateTable('kb_questions').set({ sort_order: neighbour.sort_order, version: row.version + 1 }).where('id', '=', row.id).execute();
    await trx.updateTable('kb_questions').set({ sort_order: row.sort_order }).where('id', '=', neighbour.id).execute();
  }
  return listQuestions(trx, { topic: row.topic_code });
}
