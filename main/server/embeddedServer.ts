import type { Profile, ServerStatus } from '../../shared/bridge';
import { parseServerMessage } from './messages';

/** A running server process, whichever way it was started (utility process or node child). */
export interface ServerProcess {
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type LaunchServer = (args: string[]) => ServerProcess;

export interface EmbeddedServerOptions {
  dataDir: string;
  launch: LaunchServer;
  onStatus: (status: ServerStatus) => void;
  /** Without a sign of life (ready or progress) for this long, the start counts as failed. */
  readyTimeoutMs?: number;
  /** How often a crashed server is started again before giving up. */
  maxRestarts?: number;
}

/** Status for a profile that talks to a server somewhere else. */
export function remoteStatus(profile: Profile): ServerStatus {
  return { state: 'remote', url: profile.serverUrl ?? null };
}

/** Command-line arguments for server/embedded.ts (port 0 = any free port; a restart keeps the port). */
export function embeddedServerArgs(dataDir: string, port: number): string[] {
  return ['--data', dataDir, '--port', String(port), '--demo'];
}

/**
 * Runs the embedded portal server: start, wait for {type:'ready'}, restart once after a crash (on the
 * same port, so the renderer's CSP origin stays valid), stop on quit.
 */
export class EmbeddedServer {
  private current: ServerProcess | null = null;
  private state: ServerStatus = { state: 'stopped', url: null };
  private restarts = 0;
  private port = 0;
  private stopping = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private exitWaiters: Array<() => void> = [];

  constructor(private readonly opts: EmbeddedServerOptions) {}

  status(): ServerStatus {
    return this.state;
  }

  start(): void {
    if (this.current) return;
    this.stopping = false;
    this.launch();
  }

  /** Stops the process and resolves once it exited (or after a grace period). */
  async stop(graceMs = 5_000): Promise<void> {
    this.stopping = true;
    this.clearTimer();
    const proc = this.current;
    if (!proc) {
      this.setStatus({ state: 'stopped', url: null });
      return;
    }
    const exited = new Promise<void>((resolve) => this.exitWaiters.push(resolve));
    proc.kill();
    await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, graceMs))]);
    this.current = null;
    this.setStatus({ state: 'stopped', url: null });
  }

  private launch(): void {
    this.setStatus({ state: 'starting', url: null });
    const proc = this.opts.launch(embeddedServerArgs(this.opts.dataDir, this.port));
    this.current = proc;
    this.armTimer(proc);
    proc.onMessage((raw) => {
      if (proc !== this.current) return;
      const message = parseServerMessage(raw);
      if (!message) return;
      if (message.type === 'ready') {
        this.clearTimer();
        this.port = Number(new URL(message.url).port) || this.port;
        this.setStatus({ state: 'running', url: message.url, ...(message.notice ? { message: message.notice } : {}) });
      } else if (message.type === 'progress') {
        this.armTimer(proc);
        const percent = message.total > 0 ? Math.round((message.done / message.total) * 100) : 0;
        this.setStatus({ state: 'starting', url: null, message: `Demodata aanmaken… ${percent}%` });
      } else {
        this.clearTimer();
        this.failed(message.message);
      }
    });
    proc.onExit((code) => {
      for (const resolve of this.exitWaiters.splice(0)) resolve();
      if (proc !== this.current) return;
      this.current = null;
      this.clearTimer();
      if (this.stopping) return;
      if (this.state.state === 'failed') return;
      if (this.restarts < (this.opts.maxRestarts ?? 1)) {
        this.restarts += 1;
        this.launch();
      } else {
        this.setStatus({ state: 'failed', url: null, message: `De ingebouwde server is gestopt (code ${code ?? 'onbekend'})` });
      }
    });
  }

  private failed(message: string): void {
    this.setStatus({ state: 'failed', url: null, message });
    const proc = this.current;
    this.current = null;
    proc?.kill();
  }

  private armTimer(proc: ServerProcess): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      if (proc === this.current) this.failed('De ingebouwde server reageert niet');
    }, this.opts.readyTimeoutMs ?? 120_000);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private setStatus(status: ServerStatus): void {
    this.state = status;
    this.opts.onStatus(status);
  }
}
