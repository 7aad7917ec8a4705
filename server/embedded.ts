/**
 * Entry of the embedded portal server inside the desktop app (an Electron utility process, or a plain
 * Node child). Options come from argv: --data DIR [--port 0] [--demo]. Reports {type:'ready', url} or
 * {type:'failed', message} to its parent.
 */
import { parseArgs } from 'node:util';
import { ensureDemoData, startServer } from './start';
import { ELECTRON_ORIGIN } from './http/cors';

interface ParentPort {
  postMessage(message: unknown): void;
}

/** Electron's utility process adds `process.parentPort`; plain Node has none. */
function electronParentPort(): ParentPort | null {
  const port: unknown = Reflect.get(process, 'parentPort');
  if (typeof port !== 'object' || port === null) return null;
  const post: unknown = Reflect.get(port, 'postMessage');
  return typeof post === 'function' ? { postMessage: (m: unknown) => void Reflect.apply(post, port, [m]) } : null;
}

function report(message: unknown): void {
  const parentPort = electronParentPort();
  if (parentPort) parentPort.postMessage(message);
  else if (process.send) process.send(message);
  else console.log(JSON.stringify(message));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { data: { type: 'string' }, port: { type: 'string', default: '0' }, demo: { type: 'boolean', default: false } },
    strict: false,
  });
  const dataDir = typeof values.data === 'string' ? values.data : undefined;
  if (!dataDir) throw new Error('--data ontbreekt');
  if (values.demo === true) {
    await ensureDemoData(dataDir, 2_000, (done, total) => report({ type: 'progress', done, total }));
  }
  const server = await startServer({
    dataDir,
    port: Number(values.port),
    host: '127.0.0.1',
    demo: values.demo === true,
    corsOrigins: [ELECTRON_ORIGIN],
    // Signed audit checkpoints (and other notices) in the server's output, beside the checkpoint file.
    onNotice: (message) => console.log(`${new Date().toISOString()} ${message}`),
  });
  if (server.notice) console.warn(server.notice);
  report({ type: 'ready', url: server.url, demo: server.demo, ...(server.notice ? { notice: server.notice } : {}) });
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  report({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
