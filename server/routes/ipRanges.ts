import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ErrorBody, IdParam } from '../../shared/api/common';
import { CreateIpRange, IpRange, UpdateIpRange } from '../../shared/api/ipRanges';
import { normalizeRange } from '../../shared/domain/cidr';
import { audited } from '../audit/audited';
import type { DB } from '../db/schema';
import { fieldError, notFound, staleVersion } from '../errors';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const admin = { roles: ['admin'] as const };

async function getRange(db: Kysely<DB>, id: number): Promise<IpRange | undefined> {
  const r = await db.selectFrom('ip_ranges').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { id: r.id, cidr: r.cidr, admin: r.admin === 1, kcc: r.kcc === 1, description: r.description, version: r.version };
}

export async function ipRangeRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/ip-ranges', { config: admin, schema: { tags: ['network'], response: { 200: z.object({ items: z.array(IpRange) }), ...errors } } }, async () => {
    const rows = await app.ctx.store.db.selectFrom('ip_ranges').select('id').orderBy('id').execute();
    const items = await Promise.all(rows.map((x) => getRange(app.ctx.store.db, x.id)));
    return { items: items.filter((x): x is IpRange => x !== undefined) };
  });

  r.post('/ip-ranges', { config: admin, schema: { tags: ['network'], body: CreateIpRange, response: { 201: IpRange, ...errors } } }, async (req, reply) => {
    const cidr = normalizeRange(req.body.cidr);
    const created = await audited(
      req,
      (x: IpRange) => ({ action: 'ip_range.create', target: `ip-range:${x.id}`, details: { cidr, admin: x.admin, kcc: x.kcc } }),
      async (trx) => {
        const res = await trx
          .insertInto('ip_ranges')
          .values({ cidr, admin: req.body.admin ? 1 : 0, kcc: req.body.kcc ? 1 : 0, description: req.body.description })
          .executeTakeFirstOrThrow();
        const row = await getRange(trx, Number(res.insertId));
        if (!row) throw notFound('IP-bereik');
        return row;
      },
    );
    reply.code(201);
    return created;
  });

  r.patch(
    '/ip-ranges/:id',
    { config: admin, schema: { tags: ['network'], params: IdParam, body: UpdateIpRange, response: { 200: IpRange, ...errors } } },
    async (req) => {
      const { id } = req.params;
      const b = req.body;
      return audited(req, { action: 'ip_range.update', target: `ip-range:${id}`, details: { ...b, version: undefined } }, async (trx) => {
        const current = await getRange(trx, id);
        if (!current) throw notFound('IP-bereik');
        if (current.version !== b.version) throw staleVersion(current.version);
        const next = { admin: b.admin ?? current.admin, kcc: b.kcc ?? current.kcc };
        if (!next.admin && !next.kcc) throw fieldError('admin', 'Kies minstens één: beheerders of KCC-medewerkers');
        await trx
          .updateTable('ip_ranges')
          .set({
            cidr: b.cidr !== undefined ? normalizeRange(b.cidr) : current.cidr,
            admin: next.admin ? 1 : 0,
            kcc: next.kcc ? 1 : 0,
            description: b.description ?? current.description,
            version: current.version + 1,
          })
          .where('id', '=', id)
          .execute();
        const row = await getRange(trx, id);
        if (!row) throw notFound('IP-bereik');
        return row;
      });
    },
  );

  r.delete(
    '/ip-ranges/:id',
    { config: admin, schema: { tags: ['network'], params: IdParam, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const { id } = req.params;
      await audited(req, { action: 'ip_range.delete', target: `ip-range:${id}` }, async (trx) => {
        const current = await getRange(trx, id);
        if (!current) throw notFound('IP-bereik');
        await trx.deleteFrom('ip_ranges').where('id', '=', id).execute();
        return current;
      });
      reply.code(204);
      return null;
    },
  );
}
