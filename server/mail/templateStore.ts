import type { Kysely, Selectable } from 'kysely';
import type { EmailTemplate, EmailTemplateId, UpdateEmailTemplate } from '../../shared/api/emailTemplates';
import { checkPlaceholders, placeholderProblem } from '../../shared/domain/placeholders';
import type { DB } from '../db/schema';
import { ApiError, notFound, staleVersion } from '../errors';
import { templateDefaultById, templateDefaults, type TemplateDefault } from './templateDefaults';

type Row = Selectable<DB['email_templates']>;

function toTemplate(d: TemplateDefault, row: Row | undefined): EmailTemplate {
  return {
    id: d.id,
    name: d.name,
    description: d.description,
    subject: row?.subject ?? d.subject,
    body: row?.body ?? d.body,
    defaultSubject: d.subject,
    defaultBody: d.body,
    customized: row !== undefined && (row.subject !== d.subject || row.body !== d.body),
    placeholders: d.placeholders,
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
  };
}

export function templateDefault(id: EmailTemplateId): TemplateDefault {
  const d = templateDefaultById.get(id);
  if (!d) throw notFound('E-mailsjabloon');
  return d;
}

export async function listTemplates(db: Kysely<DB>): Promise<EmailTemplate[]> {
  const rows = new Map((await db.selectFrom('email_templates').selectAll().execute()).map((r) => [r.id, r]));
  return templateDefaults.map((d) => toTemplate(d, rows.get(d.id)));
}

/** The template as mails are made from it now (saved text, else the default). */
export async function getTemplate(db: Kysely<DB>, id: EmailTemplateId): Promise<EmailTemplate> {
  const d = templateDefault(id);
  const row = await db.selectFrom('email_templates').selectAll().where('id', '=', id).executeTakeFirst();
  return toTemplate(d, row);
}

/** Field errors for a subject and body: unknown placeholders anywhere, required ones missing from the body. */
export function templateProblems(d: TemplateDefault, subject: string, body: string): Record<string, string[]> | null {
  const allowed = d.placeholders.map((x) => x.name);
  const required = d.placeholders.filter((x) => x.required).map((x) => x.name);
  const fields: Record<string, string[]> = {};
  const s = placeholderProblem(checkPlaceholders(subject, allowed, []));
  if (s) fields.subject = [s];
  const b = placeholderProblem(checkPlaceholders(body, allowed, required));
  if (b) fields.body = [b];
  return Object.keys(fields).length > 0 ? fields : null;
}

export async function updateTemplate(trx: Kysely<DB>, id: EmailTemplateId, b: UpdateEmailTemplate, by: string, now: Date): Promise<EmailTemplate> {
  const d = templateDefault(id);
  const fields = templateProblems(d, b.subject, b.body);
  if (fields) throw new ApiError('validation', Object.values(fields).flat().join('; '), { fields });
  const current = await trx.selectFrom('email_templates').selectAll().where('id', '=', id).executeTakeFirst();
  const version = current?.version ?? 0;
  if (version !== b.version) throw staleVersion(version);
  const values = { subject: b.subject, body: b.body, version: version + 1, updated_at: now.toISOString(), updated_by: by };
  // The version condition in the write itself: two saves racing on one version cannot both pass.
  const row = current
    ? await trx.updateTable('email_templates').set(values).where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst()
    : await trx.insertInto('email_templates').values({ id, ...values }).onConflict((oc) => oc.column('id').doNothing()).returningAll().executeTakeFirst();
  if (!row) throw staleVersion(version + 1);
  return toTemplate(d, row);
}
