import { z } from 'zod';
import type { CreateQuestion, Question } from '../../../../shared/api/kb';
import { kbDataItemKeys, type KbDataItem } from '../../../../shared/domain/kbDataItems';
import { safeLink } from '../../../../shared/markup';
import { splitKeywords } from './topicForm';

export interface FollowUpForm {
  question: string;
  /** One answer per line, as typed. */
  answers: string;
  /** '' = the tenant answers. */
  dataItem: KbDataItem | '';
}

/** What the question dialog holds (kept as a draft): the advice flattened so each part is a field of its own. */
export interface QuestionForm {
  topicCode: string;
  description: string;
  keywords: string;
  internal: boolean;
  portal: boolean;
  external: boolean;
  answer: string;
  followUps: FollowUpForm[];
  hasAdvice: boolean;
  adviceText: string;
  linkLabel: string;
  url: string;
  version: number | null;
}

export const emptyQuestionForm = (topicCode: string): QuestionForm => ({
  topicCode,
  description: '',
  keywords: '',
  internal: true,
  portal: true,
  external: false,
  answer: '',
  followUps: [],
  hasAdvice: false,
  adviceText: '',
  linkLabel: '',
  url: '',
  version: null,
});

export const formFromQuestion = (q: Question): QuestionForm => ({
  topicCode: q.topicCode,
  description: q.description,
  keywords: q.keywords.join(', '),
  internal: q.internal,
  portal: q.portal,
  external: q.external,
  answer: q.answer,
  followUps: q.followUps.map((f) => ({ question: f.question, answers: f.answers.join('\n'), dataItem: f.dataItem ?? '' })),
  hasAdvice: q.advice !== null,
  adviceText: q.advice?.text ?? '',
  linkLabel: q.advice?.linkLabel ?? '',
  url: q.advice?.url ?? '',
  version: q.version,
});

export const emptyFollowUp: FollowUpForm = { question: '', answers: '', dataItem: '' };

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

// The server's rules (shared/api/kb.ts), stated on the dialog's own fields so each message lands on its field.
export const questionSchema = z
  .object({
    topicCode: z.string().min(1, 'Kies een onderwerp'),
    description: z.string().trim().min(1, 'Vul een omschrijving in').max(200, 'De omschrijving is te lang (maximaal 200 tekens)'),
    keywords: z.string(),
    internal: z.boolean(),
    portal: z.boolean(),
    external: z.boolean(),
    answer: z.string().max(10_000, 'De tekst is te lang (maximaal 10000 tekens)'),
    followUps: z
      .array(
        z.object({
          question: z.string().trim().min(1, 'Vul de vervolgvraag in').max(300, 'De vervolgvraag is te lang (maximaal 300 tekens)'),
          answers: z.string().refine((a) => lines(a).length >= 1, 'Geef minstens één antwoord').refine((a) => lines(a).length <= 10, 'Maximaal 10 antwoorden'),
          dataItem: z.union([z.enum(kbDataItemKeys), z.literal('')]),
        }),
      )
      .max(10, 'Maximaal 10 vervolgvragen'),
    hasAdvice: z.boolean(),
    adviceText: z.string().max(10_000, 'De tekst is te lang (maximaal 10000 tekens)'),
    linkLabel: z.string().trim().max(60, 'De knoptekst is te lang (maximaal 60 tekens)'),
    url: z
      .string()
      .trim()
      .refine((u) => u === '' || safeLink(u) !== null, 'Alleen een relatief portaaladres (bijv. /reparaties) of een volledig http(s)-adres is toegestaan'),
    version: z.number().nullable(),
  })
  .superRefine((f, ctx) => {
    if (!f.hasAdvice) return;
    if (f.adviceText.trim() === '') ctx.addIssue({ code: 'custom', path: ['adviceText'], message: 'Vul de adviestekst in' });
    if (f.url && !f.linkLabel) ctx.addIssue({ code: 'custom', path: ['linkLabel'], message: 'Geef de linkknop een tekst' });
    if (f.linkLabel && !f.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'Vul het adres van de linkknop in' });
  })
  .transform(
    (f): z.input<typeof CreateQuestion> => ({
      topicCode: f.topicCode,
      description: f.description,
      keywords: splitKeywords(f.keywords),
      internal: f.internal,
      portal: f.portal,
      external: f.external,
      answer: f.answer,
      followUps: f.followUps.map((x) => ({ question: x.question, answers: lines(x.answers), dataItem: x.dataItem === '' ? null : x.dataItem })),
      advice: f.hasAdvice ? { text: f.adviceText, linkLabel: f.linkLabel || undefined, url: f.url || undefined } : null,
    }),
  );

type FieldPath = keyof QuestionForm | `followUps.${number}.${keyof FollowUpForm}`;

/** A server field path onto the dialog's fields. */
export function questionField(path: string): FieldPath | null {
  const advice: Record<string, FieldPath> = { advice: 'adviceText', 'advice.text': 'adviceText', 'advice.linkLabel': 'linkLabel', 'advice.url': 'url' };
  if (advice[path]) return advice[path];
  const follow = /^followUps\.(\d+)\.(question|answers|dataItem)/.exec(path);
  if (follow) return `followUps.${Number(follow[1])}.${follow[2] as keyof FollowUpForm}`;
  const top = path.split('.')[0] ?? '';
  const own: readonly string[] = ['topicCode', 'description', 'keywords', 'internal', 'portal', 'external', 'answer'];
  return own.includes(top) ? (top as FieldPath) : null;
}
