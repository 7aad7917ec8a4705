import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temporary folder (as the `postgres` OS user
 * when running as root, since PostgreSQL refuses to run as root), fsync off, a free port on 127.0.0.1, trust
 * authentication on loopback only, and the settings the README recommends for the portal (jit off, SSD costs).
 * `stop()` shuts it down and removes the folder.
 */
export interface PgCluster {
  /** Superuser URL of the `postgres` database. */
  adminUrl: string;
  port: number;
  dir: string;
  /** A URL for database `name` on this cluster. */
  urlFor(name: string): string;
  createDatabase(name: string, template?: string): Promise<string>;
  /** Stops the server (fast shutdown: connections are cut) but keeps the data, to test a database going away. */
  pause(): void;
  /** Starts it again on the same port. */
  resume(): void;
  stop(): void;
}

/** The newest installed PostgreSQL's bin folder (Debian layout), or null. */
export function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function runPg(bin: string, args: string[], opts: { detached?: boolean } = {}): void {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { stdio: opts.detached ? 'ignore' : 'pipe', encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${path.basename(bin)} failed (${r.status}): ${r.stderr ?? ''}${r.stdout ?? ''}`);
}

export async function startPgCluster(opts: { sharedBuffers?: string; logPrefix?: string } = {}): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (install the Debian package postgresql)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), opts.logPrefix ?? 'kcc-pg-'));
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, 'data');
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  runPg(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const conf = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    `shared_buffers = ${opts.sharedBuffers ?? '128MB'}`,
    'max_connections = 300',
    'max_wal_size = 4GB',
    'checkpoint_timeout = 30min',
    'log_min_messages = warning',
    // What the README asks operators to set: no JIT (it compiles a query for tens of ms when its cost estimate
    // is high; every query here is short), and random reads priced as on an SSD.
    'jit = off',
    'random_page_cost = 1.1',
  ].join('\n');
  fs.appendFileSync(path.join(data, 'postgresql.conf'), `\n${conf}\n`);
  runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  const urlFor = (name: string) => `postgres://postgres@127.0.0.1:${port}/${name}`;
  const adminUrl = urlFor('postgres');
  let stopped = false;
  return {
    adminUrl,
    port,
    dir,
    urlFor,
    async createDatabase(name, template) {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        const tpl = template ? ` TEMPLATE "${template}" STRATEGY FILE_COPY` : '';
        await c.query(`CREATE DATABASE "${name}"${tpl}`);
      } finally {
        await c.end();
      }
      return urlFor(name);
    },
    pause() {
      runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    resume() {
      runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped (paused): nothing to stop.
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
