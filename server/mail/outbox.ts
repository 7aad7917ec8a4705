import { sql, type Kysely } from 'kysely';
import type { EmailTemplateId } from '../../shared/api/emailTemplates';
import type { OutboxList, OutboxMail, OutboxQuery } from '../../shared/api/outbox';
import { renderSubject, renderTemplateBlocks } from '../../shared/domain/mailTemplate';
import { escapeHtml, markupToHtml, markupToText } from '../../shared/markup';
import type { DB } from '../db/schema';
import { getTemplate } from './templateStore';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Renders subject and body with values: the text part and the (escaped, our tags only) HTML part. */
export function renderMail(subject: string, body: string, values: Readonly<Record<string, string>>): RenderedMail {
  const blocks = renderTemplateBlocks(body, values);
  return { subject: renderSubject(subject, values), text: markupToText(blocks), html: markupToHtml(blocks) };
}

/** Common values every template may use: the household's name, its number and the portal's address. */
export async function customerValues(db: Kysely<DB>, customerNumber: string | null, portalUrl: string): Promise<Record<string, string>> {
  const base = { portalUrl: portalUrl.replace(/\/+$/, ''), customerName: 'huurder', customerNumber: customerNumber ?? '' };
  if (!customerNumber) return base;
  const h = await db.selectFrom('households').select(['name']).where('customer_number', '=', customerNumber).executeTakeFirst();
  return { ...base, customerName: h?.name ?? base.customerName };
}

export interface QueueMail {
  template: EmailTemplateId;
  to: string;
  customerNumber: string | null;
  /** The template's own values (links, the changed phone number…); customerName/portalUrl are added. */
  values: Record<string, string>;
  portalUrl: string;
  at: Date;
  /** Stored under this template name instead of the template id (test mails). */
  storedAs?: string;
}

/**
 * Renders the template as it is now and writes the mail to the outbox, in the caller's transaction: the mail
 * exists exactly when the change that causes it does. The delivery worker sends it later.
 */
export async function queueMail(trx: Kysely<DB>, m: QueueMail): Promise<number> {
  const t = await getTemplate(trx, m.template);
  const values = { ...(await customerValues(trx, m.customerNumber, m.portalUrl)), ...m.values };
  const r = renderMail(t.subject, t.body, values);
  const row = await trx
    .insertInto('outbox_mail')
    .values({
      created_at: m.at.toISOString(),
      to_address: m.to,
      template: m.storedAs ?? m.template,
      subject: r.subject,
      body: r.text,
      html: r.html,
      customer_number: m.customerNumber,
      sent_at: null,
      next_attempt_at: m.at.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listOutbox(db: Kysely<DB>, q: OutboxQuery, delivering: boolean): Promise<OutboxList> {
  let base = db.selectFrom('outbox_mail');
  if (q.to) {
    const pattern = `%${q.to.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where(sql<boolean>`lower(to_address) like ${pattern} escape '\\'`);
  }
  if (q.template) base = base.where('template', '=', q.template);
  if (q.state === 'sent') base = base.where('sent_at', 'is not', null);
  if (q.state === 'waiting') base = base.where('sent_at', 'is', null);
  if (q.state === 'failing') base = base.where('sent_at', 'is', null).where('last_error', 'is not', null);
  const [{ total }, rows, counts] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    base
      .selectAll()
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    db
      .selectFrom('outbox_mail')
      .select((eb) => [eb.fn.countAll<number>().as('waiting'), eb.fn.count<number>('last_error').as('failing')])
      .where('sent_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  const items: OutboxMail[] = rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    template: r.template,
    subject: r.subject,
    text: r.body,
    // Mails from before templates had only a text part: shown as escaped text.
    html: r.html ?? `<p>${escapeHtml(r.body).replace(/\n/g, '<br>')}</p>`,
    customerNumber: r.customer_number,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    attempts: r.attempts,
    lastError: r.last_error,
    lastAttemptAt: r.last_attempt_at,
    nextAttemptAt: r.next_attempt_at,
  }));
  return { items, total: Number(total), page: q.page, pageSize: q.pageSize, delivering, waiting: Number(counts.waiting), failing: Number(counts.failing) };
}
