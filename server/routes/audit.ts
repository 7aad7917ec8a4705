import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditEntry, AuditQuery, AuditVerifyResult } from '../../shared/api/audit';
import { ErrorBody, listOf } from '../../shared/api/common';
import { verifyAuditChain } from '../audit/auditLog';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
const auditRoles = { roles: ['admin', 'kcc-admin'] as const };

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/audit',
    { config: auditRoles, schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: listOf(AuditEntry), ...errors } } },
    async (req) => {
      const q = req.query;
      let base = app.ctx.store.db.selectFrom('audit_log');
      if (q.actor) base = base.where('actor', '=', q.actor);
      if (q.customerNumber) base = base.where('customer_number', '=', q.customerNumber.toUpperCase());
      // Prefix match ("account." finds every account action) as a range, so no LIKE wildcards to escape.
      if (q.action) base = base.where('action', '>=', q.action).where('action', '<', `${q.action}\uffff`);
      if (q.from) base = base.where('at', '>=', new Date(q.from).toISOString());
      if (q.to) base = base.where('at', '<=', new Date(q.to).toISOString());
      const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('id', 'desc')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return {
        items: rows.map((x) => ({
          id: x.id,
          at: x.at,
          actorId: x.actor_id,
          actor: x.actor,
          roles: x.roles ? x.roles.split(',') : [],
          action: x.action,
          target: x.target,
          customerNumber: x.customer_number,
          sourceAddress: x.source_address,
          lookAlongSessionId: x.look_along_session_id,
          details: x.details ? (JSON.parse(x.details) as Record<string, unknown>) : null,
        })),
        total: Number(total),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get('/audit/verify', { config: auditRoles, schema: { tags: ['audit'], response: { 200: AuditVerifyResult, ...errors } } }, async () =>
    verifyAuditChain(app.ctx.store.db),
  );
}
