import { XLSX_TYPE } from '../../shared/api/routes/admin';
import { portalTextRoutes } from '../../shared/api/routes/portalTexts';
import type { Label, LabelImportReport } from '../../shared/api/labels';
import { audited } from '../audit/audited';
import { ApiError } from '../errors';
import { defineHandlers } from '../http/routeTable';
import { labelPages } from '../labels/catalogue/index';
import { effectiveLabels } from '../labels/effectiveLabels';
import { getLabel, labelHistory, listLabels, resetLabel, writeLabel } from '../labels/labelStore';
import { exportLabels, importLabels } from '../labels/labelWorkbook';
import { customerValues, listOutbox, queueMail, renderMail } from '../mail/outbox';
import { getTemplate, listTemplates, templateDefault, updateTemplate } from '../mail/templateStore';
import { householdFor } from '../customers/contactChanges';

/** Flexible labels, e-mail templates, the outbox, and the portal's texts (public). */
export const portalTextHandlers = defineHandlers(portalTextRoutes, {
  'labels.pages': async () => [...labelPages],
  'labels.list': async ({ ctx, query }) => listLabels(ctx.store.db, query),
  'labels.get': async ({ ctx, params, query }) => getLabel(ctx.store.db, params.key, query.lang),
  'labels.history': async ({ ctx, params, query }) => ({ items: await labelHistory(ctx.store.db, params.key, query.lang) }),
  'labels.update': async ({ req, ctx, staff, params, query, body }) =>
    audited(
      req,
      (l: Label) => ({ action: 'label.update', target: `label:${l.key}:${l.lang}`, details: { text: l.text, version: l.version } }),
      (trx) => writeLabel(trx, params.key, query.lang, body.text, body.version, { by: staff.username, now: ctx.clock.now() }),
    ),
  'labels.reset': async ({ req, ctx, staff, params, query }) =>
    audited(
      req,
      (l: Label) => ({ action: 'label.reset', target: `label:${l.key}:${l.lang}`, details: { version: l.version } }),
      (trx) => resetLabel(trx, params.key, query.lang, { by: staff.username, now: ctx.clock.now() }),
    ),
  'labels.export': async ({ req, ctx, reply, query }) => {
    const bytes = await audited(req, { action: 'label.export', details: { lang: query.lang } }, (trx) => exportLabels(trx, query.lang));
    const day = ctx.clock.now().toISOString().slice(0, 10);
    reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="labels-${query.lang}-${day}.xlsx"`).header('cache-control', 'no-store');
    return bytes;
  },
  'labels.import': async ({ req, ctx, staff, query, body }) => {
    if (!Buffer.isBuffer(body) || body.length === 0) throw new ApiError('validation', 'Geen bestand ontvangen', { fields: { file: ['Kies een .xlsx-bestand'] } });
    return audited(
      req,
      (r: LabelImportReport) => ({
        action: 'label.import',
        details: { lang: query.lang, dryRun: r.dryRun, applied: r.applied, rows: r.rows, changed: r.changed, errors: r.errors.length, keys: r.applied ? r.changes.slice(0, 200).map((c) => c.key) : [] },
      }),
      (trx) => importLabels(trx, body, query.lang, query.dryRun, { by: staff.username, now: ctx.clock.now() }),
    );
  },

  'emailTemplates.list': async ({ ctx }) => ({ items: await listTemplates(ctx.store.db) }),
  'emailTemplates.get': async ({ ctx, params }) => getTemplate(ctx.store.db, params.id),
  'emailTemplates.update': async ({ req, ctx, staff, params, body }) =>
    audited(req, { action: 'email_template.update', target: `email_template:${params.id}`, details: { subject: body.subject } }, (trx) =>
      updateTemplate(trx, params.id, body, staff.username, ctx.clock.now()),
    ),
  'emailTemplates.preview': async ({ req, ctx, params, body }) => {
    const d = templateDefault(params.id);
    return audited(
      req,
      { action: 'email_template.preview', target: `email_template:${params.id}`, customerNumber: body.customerNumber ?? null },
      async (trx) => {
        const t = await getTemplate(trx, params.id);
        if (body.customerNumber) await householdFor(trx, body.customerNumber);
        // A real customer's name and number over the example values; links stay examples (no token is made).
        const values = { ...d.example, ...(body.customerNumber ? await customerValues(trx, body.customerNumber, ctx.portalUrl) : {}) };
        return { ...renderMail(body.subject ?? t.subject, body.body ?? t.body, values), values };
      },
    );
  },
  'emailTemplates.test': async ({ req, ctx, params, body }) => {
    const d = templateDefault(params.id);
    const result = await audited(
      req,
      { action: 'email_template.test', target: `email_template:${params.id}`, details: { to: body.to } },
      async (trx) => {
        const values = { ...d.example, ...(body.customerNumber ? await customerValues(trx, body.customerNumber, ctx.portalUrl) : {}) };
        const outboxId = await queueMail(trx, {
          template: params.id,
          to: body.to,
          customerNumber: null,
          values,
          portalUrl: ctx.portalUrl,
          at: ctx.clock.now(),
        });
        return { outboxId };
      },
    );
    ctx.mailDelivery?.kick();
    return result;
  },

  'outbox.list': async ({ ctx, query }) => listOutbox(ctx.store.db, query, Boolean(ctx.mailDelivery)),

  'portal.labels': async ({ ctx, query, reply }) => {
    // Live at the next page load (seed 001 §4.6): never cached.
    reply.header('cache-control', 'no-store');
    return effectiveLabels(ctx.store.db, query.lang);
  },
});
