import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../shared/api/common';
import { Settings, UpdateSettings } from '../../shared/api/settings';
import { audited } from '../audit/audited';
import { readSettings } from '../auth/settingsRepo';
import { staleVersion } from '../errors';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody };

export async function settingsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/settings', { config: { roles: ['admin'] }, schema: { tags: ['settings'], response: { 200: Settings, ...errors } } }, async () =>
    readSettings(app.ctx.store.db),
  );

  r.put(
    '/settings',
    { config: { roles: ['admin'] }, schema: { tags: ['settings'], body: UpdateSettings, response: { 200: Settings, ...errors } } },
    async (req) => {
      const b = req.body;
      return audited(req, { action: 'settings.update', target: 'settings', details: { ...b, version: undefined } }, async (trx) => {
        const res = await trx
          .updateTable('settings')
          .set({
            ga_tracking_id: b.gaTrackingId,
            session_timeout_minutes: b.sessionTimeoutMinutes,
            keep_signed_in_days: b.keepSignedInDays,
            anonymous_repair_request: b.anonymousRepairRequest ? 1 : 0,
            version: b.version + 1,
          })
          .where('id', '=', 1)
          .where('version', '=', b.version)
          .executeTakeFirst();
        if (res.numUpdatedRows === 0n) throw staleVersion((await readSettings(trx)).version);
        return readSettings(trx);
      });
    },
  );
}
