import { z } from 'zod';
import { PageQuery, listOf } from './common';

export const OutboxMail = z.object({
  id: z.number().int(),
  to: z.string(),
  template: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  customerNumber: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type OutboxMail = z.infer<typeof OutboxMail>;

export const OutboxQuery = PageQuery.extend({
  to: z.string().trim().max(254).optional(),
  template: z.string().trim().max(100).optional(),
  state: z.enum(['waiting', 'sent', 'failing']).optional(),
});
export type OutboxQuery = z.output<typeof OutboxQuery>;

export const OutboxList = listOf(OutboxMail).extend({
  /** Whether this server delivers over SMTP (`serve --smtp`); without it mail stays in the outbox. */
  delivering: z.boolean(),
  waiting: z.number().int(),
  failing: z.number().int(),
});
export type OutboxList = z.infer<typeof OutboxList>;
