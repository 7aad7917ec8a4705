import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { jobEngine } from '../jobs/jobEngine';
import type { LetterJobs } from '../letters/letterJobs';
import { sqlRunner } from '../db/sqlRunner';
import { RunnerCustomerSearch, type CustomerSearchIndex } from './customerSearch';
import { OverviewReader, type CustomerOverviewReader } from './overview';

/**
 * What the customer routes keep per server: the readers (statements prepared once per engine, used by every
 * request) and the letter jobs, which are the durable jobs' (server/jobs/). The routes stay the same on both engines.
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
  const { store } = server.ctx;
  const run = sqlRunner(store);
  const engine: CustomerEngine = {
    search: new RunnerCustomerSearch(run, store.engine),
    overview: new OverviewReader(run),
    letterJobs: jobEngine(server).letters,
  };
  engines.set(server.ctx, engine);
  return engine;
}
