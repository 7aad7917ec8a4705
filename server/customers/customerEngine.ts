import type { FastifyInstance } from 'fastify';
import path from 'node:path';
import type { AppContext } from '../context';
import { LETTER_FOLDER } from '../letters/letterFolder';
import { LetterJobs } from '../letters/letterJobs';
import { SqliteBulkActivationCodes, type BulkActivationCodes } from './activationCodes';
import { SqliteCustomerSearch, type CustomerSearchIndex } from './customerSearch';
import { SqliteOverviewReader, type CustomerOverviewReader } from './overview';

/**
 * What the customer routes keep per server: the engine-specific readers (prepared once, used by every
 * request) and the running letter jobs. Only SQLite today; another database engine adds its own three
 * implementations here and the routes stay as they are.
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
  const { sqlite } = server.ctx.store;
  const engine: CustomerEngine = {
    search: new SqliteCustomerSearch(sqlite),
    overview: new SqliteOverviewReader(sqlite),
    bulkCodes: new SqliteBulkActivationCodes(sqlite),
    letterJobs: new LetterJobs(path.join(server.ctx.store.dataDir, LETTER_FOLDER), server.ctx.clock),
  };
  // Letter PDFs are temp files holding activation codes: they go when the server closes.
  server.server.once('close', () => engine.letterJobs.close());
  engines.set(server.ctx, engine);
  return engine;
}
