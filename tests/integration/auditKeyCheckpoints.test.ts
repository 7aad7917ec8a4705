import Database from 'better-sqlite3';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, GENESIS } from '../../server/audit/auditHash';
import { AUDIT_KEY_ENV, AUDIT_KEY_FILE } from '../../server/audit/auditKey';
import { writeAudit } from '../../server/audit/auditLog';
import { CHECKPOINT_FILE } from '../../server/audit/auditCheckpoints';
import { verifyAuditChain } from '../../server/audit/auditVerify';
import { DB_FILE, openStore, type Store } from '../../server/db/connection';
import { migrations, migrationSql } from '../../server/db/migrations/index';
import { startServer } from '../../server/start';

// Security item 3: the MAC key outside the database, signed checkpoints outside it, and databases from
// before the MAC.
const dirs: string[] = [];
let savedKey: string | undefined;
beforeEach(() => {
  savedKey = process.env[AUDIT_KEY_ENV];
  delete process.env[AUDIT_KEY_ENV];
});
afterEach(() => {
  if (savedKey === undefined) delete process.env[AUDIT_KEY_ENV];
  else process.env[AUDIT_KEY_ENV] = savedKey;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kcc-audit-'));
  dirs.push(d);
  return d;
}

async function write(store: Store, n: number, opts: { yieldEach?: boolean } = {}) {
  for (let i = 0; i < n; i++) {
    await writeAudit(store.db, { at: new Date().toISOString(), actorId: 1, actor: 'anna', roles: ['admin'], action: 'test.write', sourceAddress: '10.1.1.1', details: { i } });
    // Like separate requests: the periodic checkpoint runs between them.
    if (opts.yieldEach) await new Promise((resolve) => setImmediate(resolve));
  }
}

const checkpointLines = (dir: string) =>
  fs
    .readFileSync(path.join(dir, CHECKPOINT_FILE), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { kind: string; id: number; macFrom: number });

describe('audit key', () => {
  it('is created owner-only in the data folder on first start, signs every entry, and never enters the database', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    const keyFile = path.join(dir, AUDIT_KEY_FILE);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const hex = fs.readFileSync(keyFile, 'utf8').trim();
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    await write(store, 3);
    const rows = await store.db.selectFrom('audit_log').select(['hash', 'mac']).execute();
    for (const r of rows) expect(r.mac).toBe(createHmac('sha256', Buffer.from(hex, 'hex')).update(`entry\n${r.hash}`).digest('hex'));
    await store.close();
    for (const f of fs.readdirSync(dir).filter((n) => n.startsWith(DB_FILE))) {
      expect(fs.readFileSync(path.join(dir, f)).includes(hex)).toBe(false);
    }
  });

  it('comes from KCC_AUDIT_KEY when set (no key file); a server with another key reports wrong_key', async () => {
    const dir = tempDir();
    process.env[AUDIT_KEY_ENV] = 'a-long-secret-from-the-secrets-manager-0123456789';
    let store = openStore(dir);
    expect(store.audit.keySource).toBe('env');
    await write(store, 3);
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, checked: 3 });
    await store.close();
    expect(fs.existsSync(path.join(dir, AUDIT_KEY_FILE))).toBe(false);

    delete process.env[AUDIT_KEY_ENV];
    store = openStore(dir);
    expect(store.audit.keySource).toBe('file');
    expect(await verifyAuditChain(store)).toMatchObject({ ok: false, reason: 'wrong_key' });
    await store.close();
  });

  it('refuses a short KCC_AUDIT_KEY and a damaged key file instead of starting with a new key', () => {
    process.env[AUDIT_KEY_ENV] = 'too-short';
    expect(() => openStore(tempDir())).toThrow(AUDIT_KEY_ENV);
    delete process.env[AUDIT_KEY_ENV];
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, AUDIT_KEY_FILE), 'not a key\n');
    expect(() => openStore(dir)).toThrow('beschadigd');
    expect(fs.readFileSync(path.join(dir, AUDIT_KEY_FILE), 'utf8')).toBe('not a key\n');
  });
});

describe('audit checkpoints', () => {
  it('are written every N entries and at shutdown, owner-only, to the file and the server log', async () => {
    const dir = tempDir();
    const notices: string[] = [];
    const server = await startServer({ dataDir: dir, port: 0, audit: { checkpointEvery: 5 }, onNotice: (m) => notices.push(m) });
    await write(server.store, 12, { yieldEach: true });
    const file = path.join(dir, CHECKPOINT_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(checkpointLines(dir).map((c) => [c.kind, c.id])).toEqual([
      ['start', 0],
      ['periodic', 5],
      ['periodic', 10],
    ]);
    await server.close();
    expect(checkpointLines(dir).at(-1)).toMatchObject({ kind: 'shutdown', id: 12, macFrom: 1 });
    expect(notices.filter((n) => n.startsWith('audit checkpoint')).map((n) => /^audit checkpoint (\w+) id=(\d+)/.exec(n)?.slice(1).join(' '))).toEqual([
      'start 0',
      'periodic 5',
      'periodic 10',
      'shutdown 12',
    ]);
    // Every line is signed: the log line carries the same signature as the file.
    const last = fs.readFileSync(file, 'utf8').trim().split('\n').at(-1)!;
    expect(notices.at(-1)).toContain(`sig=${(JSON.parse(last) as { sig: string }).sig}`);

    const again = openStore(dir);
    expect(checkpointLines(dir)).toHaveLength(4);
    expect(await verifyAuditChain(again)).toMatchObject({ ok: true, checked: 12, checkpointId: 12 });
    await again.close();
  });

  it('a deleted checkpoint file is not recreated from the table at the next start', async () => {
    const dir = tempDir();
    let store = openStore(dir);
    await write(store, 3);
    await store.close();
    fs.rmSync(path.join(dir, CHECKPOINT_FILE));
    store = openStore(dir);
    expect(fs.existsSync(path.join(dir, CHECKPOINT_FILE))).toBe(false);
    expect(await verifyAuditChain(store)).toMatchObject({ ok: false, reason: 'checkpoints_missing' });
    await store.close();
  });
});

describe('a database from before the audit MAC', () => {
  /** Migrations 001-004 and entries written the old way: SHA-256 chain, head in `meta`. */
  function oldDatabase(dir: string, entries: number, headId = entries) {
    const db = new Database(path.join(dir, DB_FILE));
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of migrations.filter((x) => x.version <= 4)) {
      db.exec(migrationSql(m, 'sqlite') ?? '');
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
    let prev = GENESIS;
    const hashes: string[] = [];
    for (let id = 1; id <= Math.max(entries, headId); id++) {
      const f = {
        at: `2025-01-0${id}T10:00:00.000Z`, actor_id: 1, actor: 'anna', roles: 'admin', action: 'old.write', target: null,
        customer_number: null, source_address: '10.0.0.1', look_along_session_id: null, details: null,
      };
      const hash = entryHash(id, prev, f);
      db.prepare(
        `INSERT INTO audit_log (id, at, actor_id, actor, roles, action, target, customer_number, source_address, look_along_session_id, details, prev_hash, hash)
         VALUES (@id, @at, @actor_id, @actor, @roles, @action, @target, @customer_number, @source_address, @look_along_session_id, @details, @prev_hash, @hash)`,
      ).run({ id, ...f, prev_hash: prev, hash });
      hashes.push(hash);
      prev = hash;
    }
    db.prepare("INSERT INTO meta (key, value) VALUES ('audit_head', ?)").run(`${headId}:${hashes[headId - 1]}`);
    // Rows cut off the end before the upgrade: the old head still names them.
    db.prepare('DELETE FROM audit_log WHERE id > ?').run(entries);
    db.close();
  }

  it('keeps verifying the old entries by their SHA-256 chain and signs the new ones', async () => {
    const dir = tempDir();
    oldDatabase(dir, 3);
    const store = openStore(dir);
    expect(await store.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()).toMatchObject({ next_id: 4, mac_from: 4 });
    expect(checkpointLines(dir)).toEqual([expect.objectContaining({ kind: 'start', id: 3, macFrom: 4 })]);
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, checked: 3 });
    await write(store, 2);
    const rows = await store.db.selectFrom('audit_log').select(['id', 'mac']).orderBy('id').execute();
    expect(rows.map((r) => [r.id, r.mac === null])).toEqual([[1, true], [2, true], [3, true], [4, false], [5, false]]);
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, checked: 5 });
    // An old entry is still covered by the chain (and by the start checkpoint naming entry 3).
    await store.db.updateTable('audit_log').set({ actor: 'someone-else' }).where('id', '=', 2).execute();
    expect(await verifyAuditChain(store)).toMatchObject({ ok: false, firstBrokenId: 2 });
    await store.close();
  });

  it('goes on after the old head, so ids cut off before the upgrade are not handed out again', async () => {
    const dir = tempDir();
    oldDatabase(dir, 3, 5);
    const store = openStore(dir);
    expect(await store.db.selectFrom('audit_head').select('next_id').executeTakeFirstOrThrow()).toEqual({ next_id: 6 });
    expect(await verifyAuditChain(store)).toMatchObject({ ok: false, firstBrokenId: 4, reason: 'checkpoint' });
    await store.close();
  });
});
