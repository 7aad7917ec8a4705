import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

interface Pending {
  resolve: (css: string) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class SassCompileError extends Error {}

const TIMEOUT_MS = 20_000;

/**
 * The worker file: beside this module in the source tree (server/theme/), or beside the bundled embedded server
 * (dist/server/, copied there by scripts/build-electron.mjs).
 */
function workerUrl(): URL {
  const candidates = [new URL('./sassWorker.mjs', import.meta.url), new URL('./sassWorker.cjs', import.meta.url)];
  return candidates.find((u) => existsSync(u)) ?? (candidates[0] as URL);
}

/**
 * Compiles Sass with the real `sass` package in one long-lived worker thread (started at the first compile, then
 * kept: loading sass costs a few hundred ms). The worker is unref'd so it never keeps the process alive; a compile
 * that hangs is cut off after 20 s and the worker replaced.
 */
class SassCompiler {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    const worker = new Worker(workerUrl());
    worker.unref();
    worker.on('message', (msg: { id: number; css?: string; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error !== undefined) p.reject(new SassCompileError(msg.error));
      else p.resolve(msg.css ?? '');
    });
    const fail = (e: Error) => {
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(e);
      }
      this.pending.clear();
      if (this.worker === worker) this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`Sass-worker gestopt (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  compile(source: string): Promise<string> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('Het compileren van het stylesheet duurde te lang'));
        void worker.terminate();
      }, TIMEOUT_MS);
      timer.unref();
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, source });
    });
  }

  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

/** One compiler per process. */
export const sassCompiler = new SassCompiler();
