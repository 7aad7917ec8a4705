import { z } from 'zod';
import { kbDataItemKeys } from '../domain/kbDataItems';
import { safeLink } from '../markup/url';
import { Version } from './common';

/** Knowledge base (catalogue E1–E4): topics (Onderwerpen) holding customer questions (Klantvragen). */
export const TOPIC_CODE = /^KBO-\d{5,}$/;
export const QUESTION_CODE = /^KBK-\d{5,}$/;
/** Markup fields are bounded: the parser is linear in practice, but nothing needs more than this. */
export const MAX_MARKUP = 10_000;

export const TopicCodeParam = z.object({ code: z.string().trim().toUpperCase().regex(TOPIC_CODE, 'Onderwerpcode heeft de vorm KBO-nnnnn') });
export const QuestionCodeParam = z.object({ code: z.string().trim().toUpperCase().regex(QUESTION_CODE, 'Klantvraagcode heeft de vorm KBK-nnnnn') });

const Description = z.string().trim().min(1, 'Vul een omschrijving in').max(200, 'De omschrijving is te lang (maximaal 200 tekens)');
/** Keywords: each trimmed, empty ones dropped, duplicates (ignoring case) once. */
export const Keywords = z
  .array(z.string().trim().max(60, 'Een trefwoord is te lang (maximaal 60 tekens)'))
  .max(30, 'Maximaal 30 trefwoorden')
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((k) => {
      const key = k.toLowerCase();
      if (k === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

export const Topic = z.object({
  code: z.string(),
  description: z.string(),
  keywords: z.array(z.string()),
  order: z.number().int(),
  questionCount: z.number().int().min(0),
  /** Of those, flagged for the portal. */
  portalCount: z.number().int().min(0),
  version: Version,
});
export type Topic = z.infer<typeof Topic>;

export const CreateTopic = z.object({ description: Description, keywords: Keywords.default([]) });
export type CreateTopic = z.infer<typeof CreateTopic>;
export const UpdateTopic = z.object({ description: Description.optional(), keywords: Keywords.optional(), version: Version });
export type UpdateTopic = z.infer<typeof UpdateTopic>;

export const Move = z.object({
  direction: z.enum(['up', 'down'], { message: 'Richting is "up" of "down"' }),
  /** When sent, a stale version is refused with 409 (someone else changed it meanwhile). */
  version: Version.optional(),
});
export type Move = z.infer<typeof Move>;

const Markup = z.string().max(MAX_MARKUP, `De tekst is te lang (maximaal ${MAX_MARKUP} tekens)`);

/** A link target for the advice button: an absolute http(s) URL (new tab) or a relative portal path (same tab). */
const LinkUrl = z
  .string()
  .trim()
  .refine((u) => safeLink(u) !== null, 'Alleen een relatief portaaladres (bijv. /reparaties) of een volledig http(s)-adres is toegestaan');

export const Advice = z
  .object({
    text: Markup.trim().min(1, 'Vul de adviestekst in'),
    linkLabel: z.string().trim().max(60, 'De knoptekst is te lang (maximaal 60 tekens)').optional(),
    url: LinkUrl.optional(),
  })
  .transform((a) => ({ text: a.text, linkLabel: a.linkLabel || undefined, url: a.url || undefined }))
  .superRefine((a, ctx) => {
    if (a.url && !a.linkLabel) ctx.addIssue({ code: 'custom', path: ['linkLabel'], message: 'Geef de linkknop een tekst' });
    if (a.linkLabel && !a.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'Vul het adres van de linkknop in' });
  });
export type Advice = z.infer<typeof Advice>;

export const FollowUp = z.object({
  question: z.string().trim().min(1, 'Vul de vervolgvraag in').max(300, 'De vervolgvraag is te lang (maximaal 300 tekens)'),
  answers: z
    .array(z.string().trim().min(1, 'Vul het antwoord in').max(200, 'Het antwoord is te lang (maximaal 200 tekens)'))
    .min(1, 'Geef minstens één antwoord')
    .max(10, 'Maximaal 10 antwoorden'),
  /** Answered from the tenant's own data ("Volgens onze gegevens …"); null: the tenant answers. */
  dataItem: z.enum(kbDataItemKeys).nullable().default(null),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const Question = z.object({
  code: z.string(),
  topicCode: z.string(),
  description: z.string(),
  keywords: z.array(z.string()),
  /** Intern gebruik, Gebruik in klantportaal, Extern gebruik. */
  internal: z.boolean(),
  portal: z.boolean(),
  external: z.boolean(),
  answer: z.string(),
  followUps: z.array(FollowUp),
  advice: z.object({ text: z.string(), linkLabel: z.string().optional(), url: z.string().optional() }).nullable(),
  order: z.number().int(),
  version: Version,
});
export type Question = z.infer<typeof Question>;

const TopicRef = z.string().trim().toUpperCase().regex(TOPIC_CODE, 'Kies een onderwerp');

export const CreateQuestion = z.object({
  topicCode: TopicRef,
  description: Description,
  keywords: Keywords.default([]),
  internal: z.boolean().default(true),
  portal: z.boolean().default(false),
  external: z.boolean().default(false),
  answer: Markup.default(''),
  followUps: z.array(FollowUp).max(10, 'Maximaal 10 vervolgvragen').default([]),
  advice: Advice.nullable().default(null),
});
export type CreateQuestion = z.infer<typeof CreateQuestion>;

/** Any field; `topicCode` moves the question to the end of another topic. */
export const UpdateQuestion = z.object({
  topicCode: TopicRef.optional(),
  description: Description.optional(),
  keywords: Keywords.optional(),
  internal: z.boolean().optional(),
  portal: z.boolean().optional(),
  external: z.boolean().optional(),
  answer: Markup.optional(),
  followUps: z.array(FollowUp).max(10, 'Maximaal 10 vervolgvragen').optional(),
  advice: Advice.nullable().optional(),
  version: Version,
});
export type UpdateQuestion = z.infer<typeof UpdateQuestion>;

export const QuestionQuery = z.object({
  topic: z.string().trim().toUpperCase().regex(TOPIC_CODE, 'Onderwerpcode heeft de vorm KBO-nnnnn').optional(),
  q: z.string().trim().max(200).optional(),
});

export const RenderBody = z.object({ markup: Markup });
export const Rendered = z.object({ html: z.string(), text: z.string() });

export const SearchQuery = z.object({ q: z.string().max(200, 'De zoekterm is te lang').default('') });

const FoundTopic = z.object({ code: z.string(), description: z.string(), matches: z.number().int() });
/** What the tenant's portal shows for a term. */
export const PortalSearchResult = z.object({
  topics: z.array(FoundTopic),
  questions: z.array(z.object({ code: z.string(), topicCode: z.string(), description: z.string() })),
  questionTotal: z.number().int(),
  minTermLength: z.number().int(),
});
/** The same, plus what the portal left out because it is not flagged for the portal (editors only). */
export const StaffSearchResult = PortalSearchResult.extend({
  leftOut: z.object({ questions: z.number().int(), topics: z.array(FoundTopic) }),
});

/** A follow-up with the answer the customer's own data gives ("Volgens onze gegevens …"); null: ask the question. */
export const AnsweredFollowUp = FollowUp.extend({ autoAnswer: z.string().nullable() });
export type AnsweredFollowUp = z.infer<typeof AnsweredFollowUp>;

export const DataAnswerLang = z.enum(['nl', 'en']).default('nl');

/** The tenant's view of a portal question: its texts and follow-ups, the data items already answered. */
export const PortalQuestion = z.object({
  code: z.string(),
  topicCode: z.string(),
  description: z.string(),
  answer: z.string(),
  followUps: z.array(AnsweredFollowUp),
  advice: z.object({ text: z.string(), linkLabel: z.string().optional(), url: z.string().optional() }).nullable(),
});
export type PortalQuestion = z.infer<typeof PortalQuestion>;
export const PortalQuestionQuery = z.object({ lang: DataAnswerLang });

export const DataAnswersQuery = z.object({
  customerNumber: z.string().trim().min(1, 'Vul een klantnummer in').max(20, 'Het klantnummer is te lang'),
  lang: DataAnswerLang,
});
export const DataAnswersResult = z.object({ customerNumber: z.string(), followUps: z.array(AnsweredFollowUp) });
export type DataAnswersResult = z.infer<typeof DataAnswersResult>;
