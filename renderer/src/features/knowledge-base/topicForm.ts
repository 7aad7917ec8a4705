import { z } from 'zod';
import { CreateTopic, type Topic } from '../../../../shared/api/kb';

export interface TopicForm {
  description: string;
  /** Comma-separated, as typed. */
  keywords: string;
  version: number | null;
}

export const emptyTopicForm: TopicForm = { description: '', keywords: '', version: null };

export const formFromTopic = (t: Topic): TopicForm => ({ description: t.description, keywords: t.keywords.join(', '), version: t.version });

export const splitKeywords = (text: string): string[] => text.split(/[,;\n]/).map((k) => k.trim()).filter(Boolean);

/** The server's own rules on the typed values. */
export const topicSchema = z
  .object({ description: z.string(), keywords: z.string(), version: z.number().nullable() })
  .transform((f): z.input<typeof CreateTopic> => ({ description: f.description, keywords: splitKeywords(f.keywords) }))
  .pipe(CreateTopic);
