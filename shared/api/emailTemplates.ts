import { z } from 'zod';
import { CustomerNumber } from './common';
import { EditVersion } from './labels';

export const EmailTemplateId = z.enum([
  'account_confirmation',
  'activation_resent',
  'email_change_confirmation',
  'phone_changed',
  'correspondence_address_changed',
  'password_reset',
  'password_changed',
]);
export type EmailTemplateId = z.infer<typeof EmailTemplateId>;

export const TemplatePlaceholder = z.object({ name: z.string(), description: z.string(), required: z.boolean() });
export type TemplatePlaceholder = z.infer<typeof TemplatePlaceholder>;

export const EmailTemplate = z.object({
  id: EmailTemplateId,
  name: z.string(),
  description: z.string(),
  subject: z.string(),
  body: z.string(),
  defaultSubject: z.string(),
  defaultBody: z.string(),
  customized: z.boolean(),
  placeholders: z.array(TemplatePlaceholder),
  version: EditVersion,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type EmailTemplate = z.infer<typeof EmailTemplate>;

export const TemplateIdParam = z.object({ id: EmailTemplateId });

export const UpdateEmailTemplate = z.object({
  subject: z.string().trim().min(1, 'Vul een onderwerp in').max(200, 'Het onderwerp is hoogstens 200 tekens'),
  body: z.string().max(20_000, 'De tekst is hoogstens 20.000 tekens').refine((b) => b.trim() !== '', 'Vul de tekst van de e-mail in'),
  version: EditVersion,
});
export type UpdateEmailTemplate = z.infer<typeof UpdateEmailTemplate>;

/** Preview for a customer (example values without one); `subject`/`body` preview unsaved edits. */
export const PreviewEmailTemplate = z.object({
  customerNumber: CustomerNumber.optional(),
  subject: z.string().max(200).optional(),
  body: z.string().max(20_000).optional(),
});
export const EmailPreview = z.object({
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  /** The placeholder values used, so the app renders the same preview live while typing. */
  values: z.record(z.string(), z.string()),
});
export type EmailPreview = z.infer<typeof EmailPreview>;

export const TestEmailTemplate = z.object({
  to: z.string().trim().email('Vul een geldig e-mailadres in').max(254),
  customerNumber: CustomerNumber.optional(),
});
export const TestMailQueued = z.object({ outboxId: z.number().int() });
