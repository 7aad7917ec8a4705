import type { TestProject } from 'vitest/node';
import { openPostgresStore } from '../../../server/db/connection';
import { startPgCluster } from '../../support/pgCluster';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the throwaway cluster (project integration-pg). */
    pgAdminUrl: string;
    /** The migrated database each test server copies (CREATE DATABASE … TEMPLATE). */
    pgTemplate: string;
  }
}

export const PG_TEMPLATE = 'kcc_template';

/**
 * The integration suite on PostgreSQL: one throwaway cluster for the run (fsync off, a free loopback port), a
 * migrated template database, and every test server gets a fresh copy of it (testServer.ts). No PostgreSQL
 * binaries is an error, not a skip: CI installs them (.ci/run).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const started = performance.now();
  const cluster = await startPgCluster();
  try {
    const url = await cluster.createDatabase(PG_TEMPLATE);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-pg-template-'));
    const store = await openPostgresStore(url, dir);
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('pgAdminUrl', cluster.adminUrl);
  project.provide('pgTemplate', PG_TEMPLATE);
  console.log(`PostgreSQL test cluster on port ${cluster.port} ready in ${Math.round(performance.now() - started)} ms`);
  return () => cluster.stop();
}
