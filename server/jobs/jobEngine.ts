import type { FastifyInstance } from 'fastify';
import path from 'node:path';
import type { AppContext } from '../context';
import { ownerOnlyDir } from '../db/fileModes';
import { LETTER_FOLDER } from '../letters/letterFolder';
import { LetterJobs, removeOrphanLetters } from '../letters/letterJobs';
import { accountKind } from './accountKind';
import { JobRunner, runnerOptionsFromEnv } from './jobRunner';
import { letterKind } from './letterKind';

/** Per server: the job runner and the letter downloads. */
export interface JobEngine {
  runner: JobRunner;
  letters: LetterJobs;
  letterDir: string;
}

const engines = new WeakMap<AppContext, JobEngine>();

export function jobEngine(server: FastifyInstance): JobEngine {
  const known = engines.get(server.ctx);
  if (!known) throw new Error('jobs not installed');
  return known;
}

/**
 * At start: the letters folder owner-only and without PDFs of no live job; the runner resumes unfinished jobs
 * once the server is ready and stops (giving its lease back) when it closes.
 */
export async function installJobs(app: FastifyInstance, onNotice: (message: string) => void): Promise<void> {
  const { store, clock, portalUrl } = app.ctx;
  const letterDir = path.join(store.dataDir, LETTER_FOLDER);
  ownerOnlyDir(letterDir);
  await removeOrphanLetters(store.db, letterDir);
  const runner = new JobRunner(
    store.db,
    clock,
    { activation_letters: letterKind(letterDir, portalUrl), bulk_accounts: accountKind(letterDir, portalUrl) },
    runnerOptionsFromEnv(),
    onNotice,
  );
  const engine: JobEngine = { runner, letters: new LetterJobs(store.db, clock), letterDir };
  engines.set(app.ctx, engine);
  app.addHook('onReady', async () => runner.start());
  app.addHook('onClose', async () => {
    engine.letters.close();
    await runner.close();
  });
}
