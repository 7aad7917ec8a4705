import type { Kysely } from 'kysely';
import type { CreateTopic, Move, Topic, UpdateTopic } from '../../shared/api/kb';
import type { DB } from '../db/schema';
import { conflict, notFound, staleVersion } from '../errors';
import { lockKnowledgeBase, nextCode } from './codes';
import { parseJsonArray } from './json';

function topicsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('kb_topics as t')
    .select((eb) => [
      't.id',
      't.code',
      't.description',
      't.keywords',
      't.sort_order',
      't.version',
      eb.selectFrom('kb_questions as q').select((e) => e.fn.countAll<number>().as('n')).whereRef('q.topic_id', '=', 't.id').as('question_count'),
      eb
        .selectFrom('kb_questions as q')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('q.topic_id', '=', 't.id')
        .where('q.portal', '=', 1)
        .as('portal_count'),
    ]);
}

type TopicRow = Awaited<ReturnType<ReturnType<typeof topicsQuery>['executeTakeFirstOrThrow']>>;

const toTopic = (r: TopicRow): Topic => ({
  code: r.code,
  description: r.description,
  keywords: parseJsonArray<string>(r.keywords),
  order: r.sort_order,
  questionCount: Number(r.question_count ?? 0),
  portalCount: Number(r.portal_count ?? 0),
  version: r.version,
});

export async function listTopics(db: Kysely<DB>): Promise<Topic[]> {
  return (await topicsQuery(db).orderBy('t.sort_order').orderBy('t.id').execute()).map(toTopic);
}

export async function getTopic(db: Kysely<DB>, code: string): Promise<Topic & { id: number }> {
  const r = await topicsQuery(db).where('t.code', '=', code).executeTakeFirst();
  if (!r) throw notFound('Onderwerp');
  return { ...toTopic(r), id: r.id };
}

export async function createTopic(trx: Kysely<DB>, b: CreateTopic): Promise<Topic> {
  await lockKnowledgeBase(trx);
  const code = await nextCode(trx, 'topic');
  const last = await trx.selectFrom('kb_topics').select((eb) => eb.fn.max('sort_order').as('m')).executeTakeFirst();
  await trx
    .insertInto('kb_topics')
    .values({ code, description: b.description, keywords: JSON.stringify(b.keywords), sort_order: Number(last?.m ?? 0) + 1 })
    .execute();
  return getTopic(trx, code);
}

export async function updateTopic(trx: Kysely<DB>, code: string, b: UpdateTopic): Promise<Topic> {
  await lockKnowledgeBase(trx);
  const current = await getTopic(trx, code);
  if (current.version !== b.version) throw staleVersion(current.version);
  await trx
    .updateTable('kb_topics')
    .set({
      description: b.description ?? current.description,
      keywords: JSON.stringify(b.keywords ?? current.keywords),
      version: current.version + 1,
    })
    .where('id', '=', current.id)
    .execute();
  return getTopic(trx, code);
}

/** Refused with 409 while the topic holds questions: move or delete those first (nothing is deleted silently). */
export async function deleteTopic(trx: Kysely<DB>, code: string): Promise<Topic> {
  await lockKnowledgeBase(trx);
  const current = await getTopic(trx, code);
  if (current.questionCount > 0) {
    throw conflict(
      current.questionCount === 1
        ? 'Dit onderwerp bevat nog 1 klantvraag; verplaats of verwijder die eerst.'
        : `Dit onderwerp bevat nog ${current.questionCount} klantvragen; verplaats of verwijder die eerst.`,
      { reason: 'has_questions' },
    );
  }
  await trx.deleteFrom('kb_topics').where('id', '=', current.id).execute();
  return current;
}

/** Swaps a topic with its neighbour; at the top (or bottom) nothing changes. */
export async function moveTopic(trx: Kysely<DB>, code: string, m: Move): Promise<Topic[]> {
  await lockKnowledgeBase(trx);
  const current = await getTopic(trx, code);
  if (m.version !== undefined && m.version !== current.version) throw staleVersion(current.version);
  const up = m.direction === 'up';
  const neighbour = await trx
    .selectFrom('kb_topics')
    .select(['id', 'sort_order'])
    .where('sort_order', up ? '<' : '>', current.order)
    .orderBy('sort_order', up ? 'desc' : 'asc')
    .limit(1)
    .executeTakeFirst();
  if (neighbour) {
    await trx.updateTable('kb_topics').set({ sort_order: neighbour.sort_order, version: current.version + 1 }).where('id', '=', current.id).execute();
    await trx.updateTable('kb_topics').set({ sort_order: current.order }).where('id', '=', neighbour.id).execute();
  }
  return listTopics(trx);
}
