import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './context';
import { installErrorHandler } from './http/errorHandler';
import { installCors } from './http/cors';
import { clientErrorHandler, installUrlLimit } from './http/clientErrors';
import { serializeRequestForLog } from './http/requestLogging';
import { installSecurityHeaders } from './http/securityHeaders';
import { installFormPosts } from './http/formPosts';
import { installStaffGuard } from './auth/staffGuard';
import { installViewLog } from './audit/viewLog';
import { installProxyWarnings } from './auth/proxyWarning';
import { routes } from '../shared/api/routes/index';
import { API_PREFIX } from '../shared/api/route';
import { registerRouteTable } from './http/routeTable';
import { handlers } from './routes/index';
import { SERVER_VERSION } from './routes/staff';
import { forwardWeborderEvents } from './events/weborderForwarding';
import { endEventStreams } from './events/eventStream';
import { installJobs } from './jobs/jobEngine';

export interface AppOptions {
  /** Proxies whose X-Forwarded-For is believed (e.g. "127.0.0.1" behind a reverse proxy). */
  trustProxy?: string | string[] | boolean;
  corsOrigins?: string[];
  logger?: boolean;
  /** Where log lines go when `logger` is on (default stdout); tests read them from here. */
  logStream?: { write(line: string): void };
  /** Operational notices for the administrator (audit checkpoints, proxy warnings); default the log's warn level. */
  onNotice?: (message: string) => void;
}

/** Builds the portal server: one Fastify app, every route of the route table behind the staff guard, OpenAPI from it. */
export async function buildApp(ctx: AppContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger
      ? {
          level: 'info',
          redact: ['req.headers.authorization', 'body.password', 'body.token', 'body.activationCode'],
          // The one-time link token and ?token= values sit in the URL: masked before anything is written.
          serializers: { req: serializeRequestForLog },
          ...(opts.logStream ? { stream: opts.logStream } : {}),
        }
      : false,
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 10 * 1024 * 1024,
    // Requests node's parser refuses (headers over its limit, malformed HTTP) still get the uniform error body.
    clientErrorHandler,
  });
  app.decorate('ctx', ctx);
  // Weborder events become live events (SSE) from the start, also before the first stream connects.
  forwardWeborderEvents(ctx.store);
  app.addHook('preClose', async () => endEventStreams(ctx.store));
  // Durable jobs: letter PDFs of no live job go at start; unfinished jobs resume once the server is ready.
  await installJobs(app, opts.onNotice ?? ((m) => app.log.warn(m)));
  app.decorateRequest('staff', null);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installCors(app, opts.corsOrigins ?? []);
  installSecurityHeaders(app);
  installUrlLimit(app);
  // Only the one-time link's landing page posts a browser form.
  installFormPosts(app, new Set(['portal.redeemLink']));

  await app.register(swagger, {
    openapi: {
      info: { title: 'KCC Desk portal server', version: SERVER_VERSION },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installProxyWarnings(app, { trustProxy: opts.trustProxy, log: opts.onNotice ?? ((m) => app.log.warn(m)) });
  installStaffGuard(app);
  installViewLog(app);
  await app.register(
    async (api) => {
      registerRouteTable(api, routes, handlers);
    },
    { prefix: API_PREFIX },
  );
  return app;
}
