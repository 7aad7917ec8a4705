import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServerStatus } from '../../../shared/bridge';
import { EmbeddedServer, embeddedServerArgs, remoteStatus, type ServerProcess } from '../../../main/server/embeddedServer';
import { chooseLauncher } from '../../../main/server/launcherChoice';
import { needsReloadForCsp, ServerRuntime } from '../../../main/server/serverRuntime';

vi.mock('electron', () => ({ utilityProcess: { fork: vi.fn() } }));

/** A scripted stand-in for a server process. */
class FakeProcess implements ServerProcess {
  messageListeners: Array<(m: unknown) => void> = [];
  exitListeners: Array<(c: number | null) => void> = [];
  killed = false;
  constructor(readonly args: string[]) {}
  onMessage(l: (m: unknown) => void) {
    this.messageListeners.push(l);
  }
  onExit(l: (c: number | null) => void) {
    this.exitListeners.push(l);
  }
  kill() {
    this.killed = true;
    queueMicrotask(() => this.exit(0));
  }
  send(m: unknown) {
    for (const l of this.messageListeners) l(m);
  }
  exit(code: number | null) {
    for (const l of this.exitListeners.splice(0)) l(code);
  }
}

function setup(readyTimeoutMs?: number) {
  const processes: FakeProcess[] = [];
  const statuses: ServerStatus[] = [];
  const server = new EmbeddedServer({
    dataDir: '/data/portal-data',
    launch: (args) => {
      const p = new FakeProcess(args);
      processes.push(p);
      return p;
    },
    onStatus: (s) => statuses.push(s),
    readyTimeoutMs,
  });
  return { server, processes, statuses };
}

afterEach(() => vi.useRealTimers());

describe('EmbeddedServer', () => {
  it('starts with demo data on port 0 and reports running once ready', () => {
    const { server, processes, statuses } = setup();
    server.start();
    expect(processes[0]?.args).toEqual(['--data', '/data/portal-data', '--port', '0', '--demo']);
    processes[0]?.send({ type: 'progress', done: 500, total: 2000 });
    processes[0]?.send({ type: 'ready', url: 'http://127.0.0.1:40123' });
    expect(statuses.map((s) => s.state)).toEqual(['starting', 'starting', 'running']);
    expect(statuses[1]?.message).toContain('25%');
    expect(server.status()).toEqual({ state: 'running', url: 'http://127.0.0.1:40123' });
  });

  it('ignores malformed messages', () => {
    const { server, processes } = setup();
    server.start();
    processes[0]?.send({ type: 'ready', url: 'javascript:alert(1)' });
    processes[0]?.send({ type: 'ready', url: 'http://evil.example:80' });
    processes[0]?.send('ready');
    expect(server.status().state).toBe('starting');
  });

  it('restarts once after a crash, on the same port, then gives up', () => {
    const { server, processes, statuses } = setup();
    server.start();
    processes[0]?.send({ type: 'ready', url: 'http://127.0.0.1:40123' });
    processes[0]?.exit(1);
    expect(processes).toHaveLength(2);
    expect(processes[1]?.args).toEqual(embeddedServerArgs('/data/portal-data', 40123));
    processes[1]?.send({ type: 'ready', url: 'http://127.0.0.1:40123' });
    processes[1]?.exit(1);
    expect(processes).toHaveLength(2);
    expect(statuses.at(-1)?.state).toBe('failed');
    expect(statuses.at(-1)?.message).toMatch(/gestopt/);
  });

  it('reports a startup failure without restarting', () => {
    const { server, processes } = setup();
    server.start();
    processes[0]?.send({ type: 'failed', message: 'database is locked' });
    expect(server.status()).toEqual({ state: 'failed', url: null, message: 'database is locked' });
    expect(processes[0]?.killed).toBe(true);
    expect(processes).toHaveLength(1);
  });

  it('fails when the server shows no sign of life in time', () => {
    vi.useFakeTimers();
    const { server, processes } = setup(1000);
    server.start();
    vi.advanceTimersByTime(900);
    processes[0]?.send({ type: 'progress', done: 1, total: 10 });
    vi.advanceTimersByTime(900);
    expect(server.status().state).toBe('starting');
    vi.advanceTimersByTime(200);
    expect(server.status().state).toBe('failed');
    expect(processes[0]?.killed).toBe(true);
  });

  it('stops cleanly without restarting', async () => {
    const { server, processes } = setup();
    server.start();
    processes[0]?.send({ type: 'ready', url: 'http://127.0.0.1:40123' });
    await server.stop();
    expect(processes[0]?.killed).toBe(true);
    expect(processes).toHaveLength(1);
    expect(server.status().state).toBe('stopped');
  });
});

describe('ServerRuntime', () => {
  it('runs the embedded server for the embedded profile and stops it for a remote one', async () => {
    const processes: FakeProcess[] = [];
    const seen: ServerStatus[] = [];
    let made = 0;
    const runtime = new ServerRuntime(
      (onStatus) => {
        made += 1;
        const launch = (args: string[]) => {
          const p = new FakeProcess(args);
          processes.push(p);
          return p;
        };
        return new EmbeddedServer({ dataDir: '/d', launch, onStatus });
      },
      (status) => seen.push(status),
    );
    await runtime.apply({ id: 'embedded', name: 'Demo', kind: 'embedded' });
    await runtime.apply({ id: 'embedded', name: 'Demo', kind: 'embedded' });
    expect(made).toBe(1);
    processes[0]?.send({ type: 'ready', url: 'http://127.0.0.1:5000' });
    expect(runtime.status()).toEqual({ state: 'running', url: 'http://127.0.0.1:5000' });
    await runtime.apply({ id: 'prod', name: 'Productie', kind: 'remote', serverUrl: 'https://portaal.example.nl' });
    expect(processes[0]?.killed).toBe(true);
    expect(runtime.status()).toEqual({ state: 'remote', url: 'https://portaal.example.nl' });
    expect(seen.at(-1)?.state).toBe('remote');
    await runtime.apply({ id: 'embedded', name: 'Demo', kind: 'embedded' });
    expect(made).toBe(2);
  });

  it('decides when the page must reload for a new connect-src', () => {
    expect(needsReloadForCsp(null, { state: 'running', url: 'http://127.0.0.1:5000' })).toBe(true);
    expect(needsReloadForCsp('http://127.0.0.1:5000', { state: 'running', url: 'http://127.0.0.1:5000/' })).toBe(false);
    expect(needsReloadForCsp('http://127.0.0.1:5000', remoteStatus({ id: 'p', name: 'P', kind: 'remote', serverUrl: 'https://p.nl' }))).toBe(true);
    expect(needsReloadForCsp('http://127.0.0.1:5000', { state: 'starting', url: null })).toBe(false);
    expect(needsReloadForCsp('http://127.0.0.1:5000', { state: 'failed', url: null })).toBe(false);
  });
});

describe('chooseLauncher', () => {
  it('uses plain Node in development when npm start passes it, a utility process otherwise', () => {
    expect(chooseLauncher({ isPackaged: false, nodePath: '/usr/bin/node' })).toBe('node');
    expect(chooseLauncher({ isPackaged: false, nodePath: undefined })).toBe('utility');
    expect(chooseLauncher({ isPackaged: true, nodePath: '/usr/bin/node' })).toBe('utility');
  });
});

describe('nodeLauncher with a real child process', () => {
  it('starts a Node child, receives ready over IPC, restarts it after a crash and stops it', async () => {
    const { nodeLauncher } = await import('../../../main/server/launchers');
    const dir = mkdtempSync(path.join(tmpdir(), 'kcc-launch-'));
    const script = path.join(dir, 'fake-server.cjs');
    // Reports ready with a URL built from its --port; crashes on the first run (marker file).
    writeFileSync(
      script,
      `const fs = require('fs'); const path = require('path');
       const port = process.argv[process.argv.indexOf('--port') + 1];
       const marker = path.join(${JSON.stringify(dir)}, 'crashed');
       process.send({ type: 'ready', url: 'http://127.0.0.1:' + (port === '0' ? '41234' : port) });
       if (!fs.existsSync(marker)) { fs.writeFileSync(marker, '1'); setTimeout(() => process.exit(3), 50); }
       else setInterval(() => {}, 1000);`,
    );
    const statuses: ServerStatus[] = [];
    const server = new EmbeddedServer({ dataDir: dir, launch: nodeLauncher(script, process.execPath), onStatus: (s) => statuses.push(s) });
    server.start();
    await vi.waitFor(() => expect(statuses.filter((s) => s.state === 'running')).toHaveLength(2), { timeout: 5000 });
    expect(server.status()).toEqual({ state: 'running', url: 'http://127.0.0.1:41234' });
    await server.stop();
    expect(server.status().state).toBe('stopped');
  });
});
