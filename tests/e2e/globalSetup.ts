import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureRendererBuild, repoRoot, startWeb } from '../../scripts/web-server.mjs';
import { freePort } from './ports';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The web build behind startWeb, e.g. "http://127.0.0.1:41234/". */
    webUrl: string;
    /** The portal server itself, e.g. "http://127.0.0.1:41235". */
    serverUrl: string;
  }
}

function cli(args: string[]): ChildProcess {
  // node --import tsx instead of npx: one process, so the kill in teardown reaches the server.
  return spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'cli.ts'), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function runToEnd(child: ChildProcess, what: string): Promise<void> {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code}):\n${output}`))));
  });
}

async function waitForInfo(serverUrl: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`portal server exited (${server.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${serverUrl}/api/v1/info`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`portal server did not answer /api/v1/info within 60 s:\n${log()}`);
}

/**
 * Once for all E2E specs: a seeded data folder, a real portal server (demo mode) and the web
 * build served by startWeb in front of it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureRendererBuild({ log: (m) => console.log(`[e2e] ${m}`) });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kcc-e2e-'));
  await runToEnd(cli(['seed', '--data', dataDir, '--households', '300']), 'seeding demo data');

  const port = await freePort();
  const serverUrl = `http://127.0.0.1:${port}`;
  const server = cli(['serve', '--data', dataDir, '--port', String(port), '--demo']);
  let serverLog = '';
  server.stdout?.on('data', (d: Buffer) => (serverLog += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (serverLog += d.toString()));
  await waitForInfo(serverUrl, server, () => serverLog);

  const web = await startWeb({ serverUrl, port: 0 });
  project.provide('webUrl', web.url);
  project.provide('serverUrl', serverUrl);
  console.log(`[e2e] portal server ${serverUrl}, web ${web.url}`);

  return async () => {
    await web.close();
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r(undefined) : server.once('exit', r)));
    await rm(dataDir, { recursive: true, force: true });
  };
}
