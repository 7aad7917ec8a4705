import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../server/db/connection';
import { hashPassword } from '../../../server/security/passwords';
import { DEMO_MARKER_KEY } from '../../../server/seed/demoMarker';
import { ensureDemoData, startServer, type RunningServer } from '../../../server/start';
import { createApiClient } from '../../../shared/client';

const running: RunningServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-demo-'));
}

/** Starts with `--demo` asked for and reads what the sign-in screen would show. */
async function startAsDemo(dataDir: string) {
  const server = await startServer({ dataDir, port: 0, demo: true });
  running.push(server);
  const client = createApiClient({ baseUrl: () => server.url, token: () => null });
  return { server, info: await client.call('info.get'), demo: await client.call('info.demo') };
}

describe('demo mode only for a folder the demo made', () => {
  it('lists the demo accounts when the demo seed created the folder', async () => {
    const dataDir = tempDir();
    expect(await ensureDemoData(dataDir, 3)).toBe(true);
    const { server, info, demo } = await startAsDemo(dataDir);
    expect(server.demo).toBe(true);
    expect(server.notice).toBeNull();
    expect(info.demo).toBe(true);
    expect(demo.accounts.map((a) => a.username)).toContain('beheerder');
  });

  it('refuses demo mode for an existing folder with real staff, and says so', async () => {
    const dataDir = tempDir();
    const store = openStore(dataDir);
    await store.db
      .insertInto('staff_users')
      .values({ username: 'echtebeheerder', display_name: 'Echt', password_hash: await hashPassword('Echt!Wachtwoord2026'), roles: 'admin', created_at: new Date().toISOString() })
      .execute();
    await store.close();
    expect(await ensureDemoData(dataDir, 3)).toBe(false);
    const { server, info, demo } = await startAsDemo(dataDir);
    expect(server.demo).toBe(false);
    expect(server.notice).toMatch(/niet door de demo aangemaakt/);
    expect(info.demo).toBe(false);
    expect(demo).toEqual({ demo: false, accounts: [] });
  });

  it('treats a seeded folder without the marker (made before the marker existed) as not demo', async () => {
    const dataDir = tempDir();
    await ensureDemoData(dataDir, 3);
    const store = openStore(dataDir);
    await store.db.deleteFrom('meta').where('key', '=', DEMO_MARKER_KEY).execute();
    await store.close();
    const { server, demo } = await startAsDemo(dataDir);
    expect(server.demo).toBe(false);
    expect(demo.accounts).toEqual([]);
  });

  it('stays off without --demo even for a demo folder', async () => {
    const dataDir = tempDir();
    await ensureDemoData(dataDir, 3);
    const server = await startServer({ dataDir, port: 0, demo: false });
    running.push(server);
    expect(server.demo).toBe(false);
    expect(server.notice).toBeNull();
  });
});
