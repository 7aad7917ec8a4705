import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DemoInfo, ServerInfo } from '../../shared/api/staff';
import { demoStaff } from '../seed/demoStaff';

export const SERVER_VERSION = '0.1.0';

/** Public, unauthenticated: health/identity for the connection banner, and the demo accounts in demo mode. */
export async function infoRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/info', { schema: { tags: ['info'], response: { 200: ServerInfo } } }, async () => ({
    name: 'kcc-portal-server' as const,
    version: SERVER_VERSION,
    demo: app.ctx.demo,
    time: app.ctx.clock.now().toISOString(),
  }));
  r.get('/demo', { schema: { tags: ['info'], response: { 200: DemoInfo } } }, async () => ({
    demo: app.ctx.demo,
    accounts: app.ctx.demo
      ? demoStaff.map((s) => ({ username: s.username, password: s.password, roles: [...s.roles], displayName: s.displayName }))
      : [],
  }));
}
