import type { FastifyInstance } from 'fastify';
import path from 'node:path';
import type { AppContext } from '../context';
import { LETTER_FOLDER } from '../letters/letterFolder';
import { LetterJobs } from '../letters/letterJobs';
import { sqlRunner } from '../db/sqlRunner';
import { KyselyBulkActivationCodes, SqliteBulkActivationCodes, type BulkActivationCodes } from './activationCodes';
import { RunnerCustomerSearch, type CustomerSearchIndex } from './customerSearch';
import { OverviewReader, type CustomerOverviewReader } from './overview';

/**
 * What the customer routes keep per server: the engine-specific readers (prepared once, used by every
 * request) and the running letter jobs. Per engine where it matters (SQLite's bulk code run uses raw statements
 * on its one connection; PostgreSQL's goes through the transaction); the routes stay as they are.
 */
export interface CustomerEngine {
  search: CustomerSearchIndex;
  overview: CustomerOverviewReader;
  bulkCodes: BulkActivationCodes;
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
    bulkCodes: store.engine === 'sqlite' ? new SqliteBulkActivationCodes(store.sqlite) : new KyselyBulkActivationCodes(),
    letterJobs: new LetterJobs(path.join(server.ctx.store.dataDir, LETTER_FOLDER), server.ctx.clock),
  };
  // Letter PDFs are temp files holding activation codes: they go when the server closes.
  server.server.once('close', () => engine.letterJobs.close());
  engines.set(server.ctx, engine);
  return engine;
}
