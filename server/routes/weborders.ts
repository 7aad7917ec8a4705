import type { FastifyRequest } from 'fastify';
import type { Partner } from '../../shared/api/partners';
import { weborderRoutes } from '../../shared/api/routes/weborders';
import type { BulkResult, WeborderDetail, WeborderRequest } from '../../shared/api/weborders';
import { XLSX_TYPE } from '../../shared/api/routes/admin';
import { audited } from '../audit/audited';
import { writeAudit } from '../audit/auditLog';
import { notFound } from '../errors';
import { financeOverview, ledgerLines } from '../finance/financeQuery';
import { defineHandlers } from '../http/routeTable';
import { decideApplication, getPartner, listPartners, updatePartner } from '../partners/partnerStore';
import type { AuthedStaff } from '../context';
import { bulkIds, bulkMove } from '../weborders/bulkTransition';
import { createRequest, listRequests } from '../weborders/requestStore';
import { streamWeborderExport } from '../weborders/weborderExport';
import { weborderEvents } from '../weborders/weborderEvents';
import { findDuplicates, getWeborder, listWeborders } from '../weborders/weborderQuery';
import { createWeborder, moveWeborder, proposeFromRequest, type Mover, type Moved } from '../weborders/weborderStore';

const helpdesk = (staff: AuthedStaff): Mover => ({ actor: 'helpdesk', actorName: staff.displayName, staffId: staff.id });

function publishMove(req: FastifyRequest, m: Moved, actor: Mover['actor'], at: string): void {
  weborderEvents(req.server.ctx.store).publish({ type: 'weborder.changed', weborderId: m.id, partnerId: m.partnerId, from: m.from, to: m.to, actor, at });
}

/** The cultural-card helpdesk: weborders, teacher requests, schools, partners, finance. */
export const weborderHandlers = defineHandlers(weborderRoutes, {
  'weborders.list': async ({ ctx, query }) => listWeborders(ctx.store.db, query),
  'weborders.get': async ({ ctx, params }) => getWeborder(ctx.store.db, params.id),
  'weborders.duplicates': async ({ ctx, query }) => ({ items: await findDuplicates(ctx.store.db, query) }),

  'weborders.export': async ({ ctx, req, reply, query }) => {
    // The hand-out is recorded first (with its filters); the file is then written while it is sent.
    await audited(req, { action: 'weborder.export', details: { filters: { ...query } } }, async () => undefined);
    const day = ctx.clock.now().toISOString().slice(0, 10);
    reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="weborders-${day}.xlsx"`).header('cache-control', 'no-store');
    return streamWeborderExport(ctx.store.scanDb(), query);
  },

  'weborders.create': async ({ ctx, req, staff, body }) => {
    const now = ctx.clock.now().toISOString();
    const { confirmDuplicate, ...input } = body;
    const created = await audited(
      req,
      (w: WeborderDetail) => ({ action: 'weborder.create', target: `weborder:${w.id}`, details: { partnerId: w.partnerId, schoolNumber: w.schoolNumber, total: w.total } }),
      (trx) => createWeborder(trx, input, { confirmDuplicate: confirmDuplicate ?? false, by: helpdesk(staff), now }),
    );
    publishMove(req, { id: created.id, partnerId: created.partnerId, from: null, to: 'pending' }, 'helpdesk', now);
    return created;
  },

  'weborders.transition': async ({ ctx, req, staff, params, body }) => {
    const now = ctx.clock.now().toISOString();
    const by: Mover = { ...helpdesk(staff), actor: body.onBehalfOf ?? 'helpdesk' };
    const moved = await audited(
      req,
      (m: Moved) => ({ action: 'weborder.transition', target: `weborder:${m.id}`, details: { from: m.from, to: m.to, reason: body.reason ?? null, actor: by.actor } }),
      (trx) => moveWeborder(trx, params.id, { to: body.to, reason: body.reason, version: body.version }, by, now),
    );
    publishMove(req, moved, by.actor, now);
    return getWeborder(ctx.store.db, params.id);
  },

  'weborders.bulkTransition': async ({ ctx, req, staff, body }) => {
    const now = ctx.clock.now().toISOString();
    const by = helpdesk(staff);
    // One transaction for the whole selection, each weborder judged on its own (refusals are listed, not
    // thrown) and audited with its own entry.
    const { result, moved } = await ctx.store.db.transaction().execute(async (trx) => {
      const ids = await bulkIds(trx, body);
      return bulkMove(trx, ids, { to: body.to, reason: body.reason }, by, now, async (m) =>
        writeAudit(trx, {
          at: now,
          actorId: staff.id,
          actor: staff.username,
          roles: staff.roles,
          action: 'weborder.transition',
          target: `weborder:${m.id}`,
          customerNumber: null,
          sourceAddress: req.ip,
          lookAlongSessionId: staff.lookAlongSessionId,
          details: { from: m.from, to: m.to, reason: body.reason ?? null, actor: 'helpdesk', bulk: true },
        }),
      );
    });
    for (const m of moved) publishMove(req, m, 'helpdesk', now);
    return result satisfies BulkResult;
  },

  'schools.get': async ({ ctx, params }) => {
    const s = await ctx.store.db.selectFrom('schools').selectAll().where('school_number', '=', params.schoolNumber).executeTakeFirst();
    if (!s) throw notFound('School');
    return { schoolNumber: s.school_number, name: s.name, budgetHolder: s.budget_holder_name };
  },

  'weborderRequests.list': async ({ ctx, query }) => listRequests(ctx.store.db, query),
  'weborderRequests.create': async ({ ctx, req, body }) => {
    const now = ctx.clock.now().toISOString();
    const created = await audited(
      req,
      (r: WeborderRequest) => ({ action: 'weborder_request.create', target: `weborder-request:${r.id}`, details: { partnerId: r.partnerId, schoolNumber: r.schoolNumber } }),
      (trx) => createRequest(trx, body, now),
    );
    weborderEvents(ctx.store).publish({ type: 'weborder_request.created', requestId: created.id, partnerId: created.partnerId, schoolNumber: created.schoolNumber, at: now });
    return created;
  },
  'weborderRequests.propose': async ({ ctx, req, staff, params, body }) => {
    const now = ctx.clock.now().toISOString();
    const created = await audited(
      req,
      (w: WeborderDetail) => ({ action: 'weborder.create', target: `weborder:${w.id}`, details: { requestId: params.id, partnerId: w.partnerId, total: w.total } }),
      (trx) => proposeFromRequest(trx, params.id, body, { by: helpdesk(staff), now }),
    );
    publishMove(req, { id: created.id, partnerId: created.partnerId, from: null, to: 'pending' }, 'helpdesk', now);
    return created;
  },

  'partners.list': async ({ ctx, query }) => listPartners(ctx.store.db, query, ctx.clock.now()),
  'partners.get': async ({ ctx, params }) => getPartner(ctx.store.db, params.id, ctx.clock.now()),
  'partners.update': async ({ ctx, req, params, body }) =>
    audited(req, { action: 'partner.update', target: `partner:${params.id}`, details: { fields: Object.keys(body).filter((k) => k !== 'version') } }, (trx) =>
      updatePartner(trx, params.id, body, ctx.clock.now()),
    ),
  'partners.approve': async ({ ctx, req, staff, params, body }) =>
    audited(req, (p: Partner) => ({ action: 'partner.approve', target: `partner:${p.id}` }), (trx) =>
      decideApplication(trx, params.id, { approve: true, version: body.version }, staff.displayName, ctx.clock.now()),
    ),
  'partners.reject': async ({ ctx, req, staff, params, body }) =>
    audited(req, (p: Partner) => ({ action: 'partner.reject', target: `partner:${p.id}`, details: { reason: body.reason } }), (trx) =>
      decideApplication(trx, params.id, { approve: false, version: body.version, reason: body.reason }, staff.displayName, ctx.clock.now()),
    ),

  'finance.overview': async ({ ctx, query }) => financeOverview(ctx.store.db, query),
  'finance.ledger': async ({ ctx, query }) => ledgerLines(ctx.store.db, query),
});

