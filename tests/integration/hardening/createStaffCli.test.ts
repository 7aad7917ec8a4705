import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, dropDatabase, freshDatabaseUrl } from '../support/testDatabase';
import { verifyPassword } from '../../../server/security/passwords';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs `npm run portal -- create-staff …` as a real process with `stdin` piped in. */
function createStaff(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'server/cli.ts', 'create-staff', ...args], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** On the PostgreSQL run the CLI gets `--db` (a fresh database); on SQLite it uses the data folder's database. */
let databaseUrl: string | null = null;
const dbArgs = () => (databaseUrl ? ['--db', databaseUrl] : []);

async function staffRow(dataDir: string, username: string) {
  const store = await openTestStore(dataDir, { databaseUrl });
  try {
    return await store.db.selectFrom('staff_users').selectAll().where('username', '=', username).executeTakeFirst();
  } finally {
    await store.close();
  }
}

describe('create-staff takes the password from standard input, never from the command line', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-cli-'));
  beforeAll(async () => {
    databaseUrl = await freshDatabaseUrl();
  });
  afterAll(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase(databaseUrl);
  });

  it('creates the staff member with the first line of piped standard input', async () => {
    const run = await createStaff([...dbArgs(), '--data', dataDir, '--username', 'nieuwe.collega', '--roles', 'kcc', '--name', 'Nieuwe Collega'], 'Nieuw!Wachtwoord2026\n');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Medewerker nieuwe\.collega aangemaakt/);
    const row = await staffRow(dataDir, 'nieuwe.collega');
    expect(row && (await verifyPassword('Nieuw!Wachtwoord2026', row.password_hash))).toBe(true);
  });

  it('refuses --password (shell history, process list) and creates nobody', async () => {
    const run = await createStaff([...dbArgs(), '--data', dataDir, '--username', 'via.argument', '--password', 'Argument!2026', '--roles', 'kcc'], '');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--password wordt niet meer geaccepteerd/);
    expect(await staffRow(dataDir, 'via.argument')).toBeUndefined();
  });

  it('applies the password policy to the piped password', async () => {
    const run = await createStaff([...dbArgs(), '--data', dataDir, '--username', 'zwak.wachtwoord', '--roles', 'kcc'], 'zwak\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/wachtwoordbeleid/);
    expect(await staffRow(dataDir, 'zwak.wachtwoord')).toBeUndefined();
  });
});
