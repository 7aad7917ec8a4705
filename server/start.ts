import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app';
import { systemClock, type Clock } from './clock';
import type { AuditTrailOptions } from './audit/auditTrail';
import { openDatabase, type Store } from './db/connection';
import type { PgPoolSettings } from './db/postgres';
import { DEMO_REFUSED_NOTICE, hasDemoMarker } from './seed/demoMarker';
import { seedDemo, seedDemoStaff } from './seed/index';
import { MailDelivery, smtpTransport, type DeliveryOptions } from './mail/delivery';

export interface StartOptions extends AppOptions {
  dataDir: string;
  /** postgres://… (or KCC_DATABASE_URL via the CLI): the shared engine; absent: SQLite in `dataDir`. */
  databaseUrl?: string | null;
  pool?: PgPoolSettings;
  port?: number;
  host?: string;
  demo?: boolean;
  clock?: Clock;
  portalUrl?: string;
  /** Audit key secret and checkpoint interval; checkpoint lines also go to `onNotice` (the server log). */
  audit?: AuditTrailOptions;
  /** `smtp://host:port`: deliver the outbox over SMTP; without it mail stays in the outbox. */
  smtp?: string;
  mailFrom?: string;
  /** Delivery tuning (tests: short backoff and poll). */
  delivery?: Omit<DeliveryOptions, 'transport'>;
}

export interface RunningServer {
  url: string;
  /** Whether demo mode is on: asked for, and the demo seed created this folder's staff. */
  demo: boolean;
  /** Said at start when demo mode was asked for but refused (see DEMO_REFUSED_NOTICE). */
  notice: string | null;
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

/** Opens (and migrates) the data folder and listens. Port 0 picks a free port. */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const store = await openDatabase({
    dataDir: opts.dataDir,
    databaseUrl: opts.databaseUrl,
    pool: opts.pool,
    audit: { ...opts.audit, log: opts.audit?.log ?? opts.onNotice },
  });
  let app: FastifyInstance;
  let demo: boolean;
  try {
    demo = (opts.demo ?? false) && (await hasDemoMarker(store));
    app = await buildApp(
      {
        store,
        clock: opts.clock ?? systemClock,
        demo,
        portalUrl: opts.portalUrl ?? 'https://mijn.woonportaal.example.nl',
      },
      opts,
    );
    await app.listen({ port: opts.port ?? 4010, host: opts.host ?? '127.0.0.1' });
  } catch (error) {
    await store.close();
    throw error;
  }
  const notice = opts.demo && !demo ? DEMO_REFUSED_NOTICE : null;
  const host = opts.host ?? '127.0.0.1';
  const delivery = opts.smtp
    ? new MailDelivery(store.db, {
        ...(opts.mailFrom ? { from: opts.mailFrom } : {}),
        log: opts.onNotice ?? ((m) => app.log.warn(m)),
        ...opts.delivery,
        transport: smtpTransport(opts.smtp),
      })
    : null;
  app.ctx.mailDelivery = delivery;
  delivery?.start();
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}`,
    demo,
    notice,
    app,
    store,
    async close() {
      await delivery?.stop();
      await app.close();
      await store.close();
    },
  };
}

/**
 * First run of a data folder: demo households and demo staff (which marks the folder as demo data).
 * Returns false when data was already there; such a folder only runs in demo mode when the demo made it.
 */
export async function ensureDemoData(
  dataDir: string,
  households = 2_000,
  onProgress?: (done: number, total: number) => void,
  databaseUrl: string | null = null,
): Promise<boolean> {
  const store = await openDatabase({ dataDir, databaseUrl });
  try {
    const row = await store.db.selectFrom('staff_users').select('id').limit(1).executeTakeFirst();
    if (row) return false;
    await seedDemo(store, { households, onProgress });
    await seedDemoStaff(store);
    return true;
  } finally {
    await store.close();
  }
}
