import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKPOINT_FILE } from '../../server/audit/auditCheckpoints';
import { AUDIT_KEY_FILE } from '../../server/audit/auditKey';
import { writeAudit } from '../../server/audit/auditLog';
import { DB_FILE, openStore } from '../../server/db/connection';
import { LETTER_FOLDER } from '../../server/letters/letterFolder';
import { insertHousehold } from './customersFixture';
import { startTestServer, type TestServer } from './support/testServer';

// Security item 6: the data folder is owner-only (0700) and so is everything the server keeps in it (0600),
// whatever the umask, and also when an older version left the files readable by others.
const mode = (p: string) => fs.statSync(p).mode & 0o777;
const cleanup: string[] = [];
afterEach(() => {
  for (const d of cleanup.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Runs `work` with a permissive umask (as a careless service manager might set), restoring it after. */
async function withUmask<T>(mask: number, work: () => Promise<T>): Promise<T> {
  const before = process.umask(mask);
  try {
    return await work();
  } finally {
    process.umask(before);
  }
}

const dataFiles = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, AUDIT_KEY_FILE, CHECKPOINT_FILE];

describe('file modes of the data folder', () => {
  it('creates the folder 0700 and the database, WAL, shared memory, audit key and checkpoints 0600 under umask 000', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-modes-'));
    cleanup.push(parent);
    const dir = path.join(parent, 'data');
    const seen = await withUmask(0, async () => {
      const store = openStore(dir);
      await writeAudit(store.db, { at: new Date().toISOString(), actorId: null, actor: 'x', roles: [], action: 'test.write', sourceAddress: '10.0.0.1' });
      await store.audit.checkpoint();
      const modes = Object.fromEntries([['.', mode(dir)], ...dataFiles.map((f) => [f, mode(path.join(dir, f))])]);
      await store.close();
      return modes;
    });
    expect(seen).toEqual({
      '.': 0o700,
      [DB_FILE]: 0o600,
      [`${DB_FILE}-wal`]: 0o600,
      [`${DB_FILE}-shm`]: 0o600,
      [AUDIT_KEY_FILE]: 0o600,
      [CHECKPOINT_FILE]: 0o600,
    });
  });

  it('tightens a folder and files an older version left readable by others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-modes-'));
    cleanup.push(dir);
    await withUmask(0o022, async () => {
      fs.chmodSync(dir, 0o755);
      const old = new Database(path.join(dir, DB_FILE));
      old.pragma('journal_mode = WAL');
      old.exec('CREATE TABLE t (x)');
      // Left open: the WAL and shared-memory files stay, as after a crash.
      fs.writeFileSync(path.join(dir, AUDIT_KEY_FILE), `${'ab'.repeat(32)}\n`, { mode: 0o644 });
      expect(mode(path.join(dir, DB_FILE))).toBe(0o644);
      expect(mode(path.join(dir, `${DB_FILE}-wal`))).toBe(0o644);
      const store = openStore(dir);
      old.close();
      expect(mode(dir)).toBe(0o700);
      for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, AUDIT_KEY_FILE, CHECKPOINT_FILE]) expect([f, mode(path.join(dir, f))]).toEqual([f, 0o600]);
      await store.close();
    });
  });
});

describe('letter PDFs with activation codes', () => {
  let s: TestServer | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('are written owner-only into an owner-only folder in the data folder, not the shared temp folder', async () => {
    s = await startTestServer();
    await s.addStaff('adm', 'Geheim!123', ['admin']);
    const admin = await s.signIn('adm', 'Geheim!123');
    await insertHousehold(s, 'HM-001022');
    const { jobId } = await withUmask(0o022, () => s!.client(admin).call('letters.start', { body: { onlyWithoutAccount: true } }));
    let job = await s.client(admin).call('letters.status', { params: { jobId } });
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = await s.client(admin).call('letters.status', { params: { jobId } });
    }
    expect(job.state).toBe('done');
    const folder = path.join(s.dataDir, LETTER_FOLDER);
    const pdfs = fs.readdirSync(folder);
    expect(pdfs.sort()).toEqual([`letters-${jobId}-1.pdf`, `letters-${jobId}-2.pdf`]);
    expect(mode(folder)).toBe(0o700);
    for (const pdf of pdfs) expect(mode(path.join(folder, pdf))).toBe(0o600);
    expect(fs.existsSync(path.join(os.tmpdir(), `kcc-letters-${jobId}.pdf`))).toBe(false);
  });
});
