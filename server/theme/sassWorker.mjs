// The Sass compiler's thread (worker_threads): compiles what the server sends, one message at a time, so a
// compile never blocks the server's event loop. Plain JavaScript so every runner (tsx, vitest, the bundled
// embedded server) can start it without a TypeScript loader. Messages: {id, source} → {id, css} | {id, error}.
import { parentPort } from 'node:worker_threads';
import * as sass from 'sass';

parentPort?.on('message', (msg) => {
  const { id, source } = msg;
  try {
    const result = sass.compileString(source, { style: 'expanded', logger: sass.Logger.silent });
    parentPort?.postMessage({ id, css: result.css });
  } catch (e) {
    parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
