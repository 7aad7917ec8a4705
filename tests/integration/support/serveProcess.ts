import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real CLI in its own process (`serve --data DIR [--db URL] --port 0 …`; no URL: SQLite in DIR), so a test can
 * SIGKILL it (and a bench measures it apart from its caller); resolves with the address it printed once it listens.
 */
export async function spawnServe(
  dbUrl: string | null,
  dataDir: string,
  opts: { args?: string[]; env?: Record<string, string> } = {},
): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'serve', '--data', dataDir, ...(dbUrl === null ? [] : ['--db', dbUrl]), '--port', '0', ...(opts.args ?? [])], {
    // The repository root (import.meta: tsx runs this as an ES module outside vitest, where __dirname is missing).
    cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env },
  });
  let out = '';
  const serverUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /draait op (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { url: serverUrl, process: child };
}
