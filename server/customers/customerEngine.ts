import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { jobEngine } from '../jobs/jobEngine';
import type { LetterJobs } from '../letters/letterJobs';
import { SqliteCustomerSearch, type CustomerSearchIndex } from './customerSearch';
import { SqliteOverviewReader, type CustomerOverviewReader } from './overview';

/**
 * What the customer routes keep per server: the engine-specific readers (prepared once, used by every
 * request) and the running letter jobs. Only SQLite today; another database engine adds its own two
 * implementations here and the routes stay as they are. The letter jobs are the durable jobs' (server/jobs/).
 */
export interface CustomerEngine {
  search: CustomerSearchIndex;
  overview: CustomerOverviewReader;
  letterJobs: LetterJobs;
}

// Keyed by the server's context: one per server, whichever plugin instance a route was registered in.
const engines = new WeakMap<AppContext, CustomerEngine>();

/** The server's engine, made on its first customer call. */
export function customerEngine(server: FastifyInstance): CustomerEngine {
  const known = engines.get(server.ctx);
  if (known) return known;
  const { sqlite } = server.ctx.store;
  const engine: CustomerEngine = {
    search: new SqliteCustomerSearch(sqlite),
    overview: new SqliteOverviewReader(sqlite),
    letterJobs: jobEngine(server).letters,
  };
  engines.set(server.ctx, engine);
  return engine;
}
