import type { Question, Topic } from '../../shared/api/kb';
import { kbRoutes } from '../../shared/api/routes/kb';
import { KB_MIN_TERM } from '../../shared/domain/kbSearch';
import { markupToHtml, markupToText, parseMarkup } from '../../shared/markup';
import { useTenantSession } from '../accounts/tenantSessions';
import { audited } from '../audit/audited';
import { bearerToken } from '../auth/staffGuard';
import { ApiError, notFound } from '../errors';
import { defineHandlers } from '../http/routeTable';
import { answeredFollowUps } from '../kb/answeredFollowUps';
import { kbSearchIndex } from '../kb/kbSearchIndex';
import { createQuestion, deleteQuestion, getQuestion, listQuestions, moveQuestion, updateQuestion } from '../kb/questionStore';
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

  // What the portal would fill in for this caller, so KCC staff on the phone see the same answers.
  'kb.dataAnswers': async ({ ctx, params, query }) => {
    const q = await getQuestion(ctx.store.db, params.code);
    const followUps = await answeredFollowUps(ctx.store.db, q.followUps, query.customerNumber, ctx.clock.now(), query.lang);
    if (!followUps) throw notFound(`Klant ${query.customerNumber}`);
    return { customerNumber: query.customerNumber, followUps };
  },
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
  // Only questions flagged for the portal exist for a tenant (an internal one is a 404, not a 403: not even its code).
  'portal.kbQuestion': async ({ ctx, req, params, query }) => {
    const token = bearerToken(req);
    if (!token) throw new ApiError('unauthenticated', 'Niet ingelogd');
    const now = ctx.clock.now();
    const session = await useTenantSession(ctx.store.db, token, now);
    const q = await getQuestion(ctx.store.db, params.code);
    if (!q.portal) throw notFound('Klantvraag');
    const answered = session.customerNumber ? await answeredFollowUps(ctx.store.db, q.followUps, session.customerNumber, now, query.lang) : null;
    return {
      code: q.code,
      topicCode: q.topicCode,
      description: q.description,
      answer: q.answer,
      followUps: answered ?? q.followUps.map((f) => ({ ...f, autoAnswer: null })),
      advice: q.advice,
    };
  },
});
