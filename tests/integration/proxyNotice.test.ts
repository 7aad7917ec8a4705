import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_TRUST_PROXY_NOTICE, oneProxyWarning, SAME_ADDRESS_CALLS } from '../../server/auth/proxyWarning';
import { openStore } from '../../server/db/connection';
import { startServer, type RunningServer, type StartOptions } from '../../server/start';

// Security item 5c: with IP ranges but without --trust-proxy, `serve` says that callers arriving through a
// reverse proxy would all look like the proxy: at start, and when the first staff calls share one address.
const running: RunningServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A data folder that already has an IP range (or none). */
async function dataDir(withRange: boolean): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-proxy-'));
  dirs.push(dir);
  const store = openStore(dir);
  if (withRange) await store.db.insertInto('ip_ranges').values({ cidr: '10.0.0.0/8', admin: 1, kcc: 1, description: '' }).execute();
  await store.close();
  return dir;
}

async function start(opts: Omit<StartOptions, 'onNotice'>): Promise<{ server: RunningServer; notices: string[] }> {
  const notices: string[] = [];
  const server = await startServer({ ...opts, port: 0, onNotice: (m) => notices.push(m) });
  running.push(server);
  return { server, notices };
}

/** This machine's first non-loopback IPv4 address, to be called on from a non-loopback socket address. */
const lanAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe('the missing --trust-proxy notice', () => {
  it('is said at start when ranges exist and no proxy is trusted', async () => {
    const { notices } = await start({ dataDir: await dataDir(true) });
    expect(notices).toContain(NO_TRUST_PROXY_NOTICE);
  });

  it('is not said without ranges, nor with --trust-proxy', async () => {
    expect((await start({ dataDir: await dataDir(false) })).notices).not.toContain(NO_TRUST_PROXY_NOTICE);
    expect((await start({ dataDir: await dataDir(true), trustProxy: '127.0.0.1' })).notices).not.toContain(NO_TRUST_PROXY_NOTICE);
  });

  it.skipIf(!lanAddress)('warns once when the first staff calls all come from one non-loopback address', async () => {
    const { server, notices } = await start({ dataDir: await dataDir(true), host: lanAddress });
    for (let i = 0; i < SAME_ADDRESS_CALLS + 5; i++) {
      const res = await fetch(`${server.url}/api/v1/staff/me`);
      expect(res.status).toBe(401);
    }
    expect(notices.filter((n) => n === oneProxyWarning(lanAddress!))).toHaveLength(1);
  });
});
