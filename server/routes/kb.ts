import type { Question, Topic } from '../../shared/api/kb';
import { kbRoutes } from '../../shared/api/routes/kb';
import { KB_MIN_TERM } from '../../shared/domain/kbSearch';
import { markupToHtml, markupToText, parseMarkup } from '../../shared/markup';
import { audited } from '../audit/audited';
import { defineHandlers } from '../http/routeTable';
import { kbSearchIndex } from '../kb/kbSearchIndex';
import { createQuestion, deleteQuestion, listQuestions, moveQuestion, updateQuestion } from '../kb/questionStore';
import { createTopic, deleteTopic, listTopics, moveTopic, updateTopic } from '../kb/topicStore';

/** What an audit entry keeps of a question change: the fields, not the (long) texts. */
const questionDetails = (b: Record<string, unknown>) => {
  const { version: _v, answer, advice, followUps, ...rest } = b;
  return { ...rest, answerChanged: answer !== undefined || undefined, adviceChanged: advice !== undefined || undefined, followUpsChanged: followUps !== undefined || undefined };
};

/** Knowledge base: topics, questions, the markup renderer and the portal's search (staff and tenant side). */
export const kbHandlers = defineHandlers(kbRoutes, {
  'kb.topics': async ({ ctx }) => ({ items: await listTopics(ctx.store.db) }),
  'kb.createTopic': async ({ req, body }) =>
    audited(req, (t: Topic) => ({ action: 'kb.topic.create', target: `kb-topic:${t.code}`, details: { description: t.description } }), (trx) => createTopic(trx, body)),
  'kb.updateTopic': async ({ req, params, body }) =>
    audited(req, { action: 'kb.topic.update', target: `kb-topic:${params.code}`, details: { ...body, version: undefined } }, (trx) => updateTopic(trx, params.code, body)),
  'kb.removeTopic': async ({ req, params }) => {
    await audited(req, (t: Topic) => ({ action: 'kb.topic.delete', target: `kb-topic:${params.code}`, details: { description: t.description } }), (trx) =>
      deleteTopic(trx, params.code),
    );
  },
  'kb.moveTopic': async ({ req, params, body }) => ({
    items: await audited(req, { action: 'kb.topic.move', target: `kb-topic:${params.code}`, details: { direction: body.direction } }, (trx) =>
      moveTopic(trx, params.code, body),
    ),
  }),

  'kb.questions': async ({ ctx, query }) => ({ items: await listQuestions(ctx.store.db, query) }),
  'kb.createQuestion': async ({ req, body }) =>
    audited(
      req,
      (q: Question) => ({ action: 'kb.question.create', target: `kb-question:${q.code}`, details: { topicCode: q.topicCode, description: q.description, portal: q.portal } }),
      (trx) => createQuestion(trx, body),
    ),
  'kb.updateQuestion': async ({ req, params, body }) =>
    audited(req, { action: 'kb.question.update', target: `kb-question:${params.code}`, details: questionDetails(body) }, (trx) => updateQuestion(trx, params.code, body)),
  'kb.removeQuestion': async ({ req, params }) => {
    await audited(
      req,
      (q: Question) => ({ action: 'kb.question.delete', target: `kb-question:${params.code}`, details: { topicCode: q.topicCode, description: q.description } }),
      (trx) => deleteQuestion(trx, params.code),
    );
  },
  'kb.moveQuestion': async ({ req, params, body }) => ({
    items: await audited(req, { action: 'kb.question.move', target: `kb-question:${params.code}`, details: { direction: body.direction } }, (trx) =>
      moveQuestion(trx, params.code, body),
    ),
  }),

  'kb.render': async ({ body }) => {
    const blocks = parseMarkup(body.markup);
    return { html: markupToHtml(blocks), text: markupToText(blocks) };
  },
  'kb.search': async ({ ctx, query }) => ({ ...(await kbSearchIndex(ctx.store).search(query.q)), minTermLength: KB_MIN_TERM }),
  'portal.kbSearch': async ({ ctx, query }) => {
    // Same code as the staff preview; what was left out as internal is not the tenant's business.
    const { leftOut: _hidden, ...found } = await kbSearchIndex(ctx.store).search(query.q);
    return { ...found, minTermLength: KB_MIN_TERM };
  },
});
