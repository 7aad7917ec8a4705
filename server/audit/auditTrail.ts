import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, Transaction, UnknownRow } from 'kysely';
import type pg from 'pg';
import { z } from 'zod';
import { appendCheckpoint, CHECKPOINT_FILE, readCheckpoints, signCheckpoint, type CheckpointFile, type SignedCheckpoint } from './auditCheckpoints';
import { loadAuditKey, type AuditKey } from './auditKey';

export const DEFAULT_CHECKPOINT_EVERY = 100;

export interface AuditTrailOptions {
  /** The key secret (normally process.env.KCC_AUDIT_KEY); without it, the data folder's key file. */
  secret?: string;
  /** A checkpoint after this many entries (and one at shutdown). */
  checkpointEvery?: number;
  /** Where checkpoint lines go besides the file (the server log). */
  log?: (line: string) => void;
}

const Head = z.object({ next_id: z.number().int(), last_hash: z.string(), mac_from: z.number().int() });
type HeadRow = z.infer<typeof Head>;

/**
 * Where the trail reads the committed chain head, per engine. SQLite: the one connection, which may be inside a
 * transaction (then a checkpoint waits). PostgreSQL: any pooled connection sees only committed rows.
 */
export interface AuditHeadSource {
  readHead(): Promise<HeadRow | null>;
  /** True while a checkpoint now could name an uncommitted head. */
  busy(): boolean;
  open(): boolean;
}

export function sqliteHeadSource(sqlite: Database.Database): AuditHeadSource & { readHeadSync(): HeadRow | null } {
  const readHeadSync = (): HeadRow | null => {
      const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'").get();
      if (!exists) return null;
      const row: unknown = sqlite.prepare('SELECT next_id, last_hash, mac_from FROM audit_head WHERE singleton = 1').get();
      return row === undefined ? null : Head.parse(row);
  };
  return {
    readHeadSync,
    readHead: () => Promise.resolve(readHeadSync()),
    busy: () => sqlite.inTransaction,
    open: () => sqlite.open,
  };
}

export function postgresHeadSource(pool: pg.Pool, isOpen: () => boolean): AuditHeadSource {
  return {
    async readHead() {
      const exists = await pool.query("SELECT to_regclass('audit_head') IS NOT NULL AS ok");
      if (!(exists.rows[0] as { ok: boolean } | undefined)?.ok) return null;
      const r = await pool.query('SELECT next_id, last_hash, mac_from FROM audit_head WHERE singleton = 1');
      return r.rows[0] === undefined ? null : Head.parse(r.rows[0]);
    },
    busy: () => false,
    open: isOpen,
  };
}

/**
 * Carries the trail on a Kysely instance (and every transaction made from it, which shares the executor's
 * plugins), so writeAudit finds the key for an entry's MAC without the key passing through SQL. Changes no query.
 */
export class AuditTrailPlugin implements KyselyPlugin {
  constructor(readonly trail: AuditTrail) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

/** The trail of the store `db` belongs to (a transaction of it too). */
export function auditTrailOf<T>(db: Kysely<T> | Transaction<T>): AuditTrail {
  const plugin = db.getExecutor().plugins.find((p): p is AuditTrailPlugin => p instanceof AuditTrailPlugin);
  if (!plugin) throw new Error('audit: this database handle has no audit trail (open it with openStore/openDatabase)');
  return plugin.trail;
}

/**
 * The audit trail's secrets and its checkpoints, one per open database. It rides on the store's Kysely instance
 * (AuditTrailPlugin), so every audit write (writeAudit, in the caller's transaction) gets its MAC without passing
 * the key around, and counts entries to write a signed checkpoint every `checkpointEvery` of them, only once no
 * transaction is open: a checkpoint must name a committed head, never one that might still roll back.
 */
export class AuditTrail {
  readonly keyId: string;
  readonly keySource: AuditKey['source'];
  readonly checkpointFile: string;
  private readonly key: Buffer;
  private readonly every: number;
  private readonly log: (line: string) => void;
  private sinceCheckpoint = 0;
  private scheduled = false;
  private closed = false;

  /** Loads the key and writes the first checkpoint of a new chain (see startIfNew). */
  static async open(source: AuditHeadSource, dataDir: string, opts: AuditTrailOptions = {}): Promise<AuditTrail> {
    const trail = new AuditTrail(source, dataDir, opts);
    await trail.startIfNew();
    return trail;
  }

  /** SQLite: the same, synchronously (the head is read on the one connection). */
  static openSync(source: AuditHeadSource & { readHeadSync(): HeadRow | null }, dataDir: string, opts: AuditTrailOptions = {}): AuditTrail {
    const trail = new AuditTrail(source, dataDir, opts);
    if (trail.needsStart()) {
      const head = source.readHeadSync();
      if (head) trail.writeStart(head);
    }
    return trail;
  }

  private constructor(
    private readonly source: AuditHeadSource,
    dataDir: string,
    opts: AuditTrailOptions = {},
  ) {
    const k = loadAuditKey(dataDir, opts.secret);
    this.key = k.key;
    this.keyId = k.id;
    this.keySource = k.source;
    this.checkpointFile = path.join(dataDir, CHECKPOINT_FILE);
    this.every = Math.max(1, opts.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY);
    this.log = opts.log ?? (() => undefined);
  }

  /** The MAC of a new entry (writeAudit), counted towards the next periodic checkpoint. */
  macForNewEntry(hash: string): string {
    this.noteEntry();
    return this.mac(hash);
  }

  /** HMAC-SHA256 over the entry hash, which already covers every field, the id and the previous hash. */
  mac(hash: string): string {
    return createHmac('sha256', this.key).update(`entry\n${hash}`).digest('hex');
  }

  macMatches(hash: string, mac: string | null): boolean {
    if (mac === null || !/^[0-9a-f]{64}$/.test(mac)) return false;
    return timingSafeEqual(Buffer.from(this.mac(hash), 'hex'), Buffer.from(mac, 'hex'));
  }

  readCheckpoints(): Promise<CheckpointFile> {
    return readCheckpoints(this.checkpointFile, this.key, this.keyId);
  }

  /** Appends a checkpoint of the committed head now; null while a transaction is open (or before migration 005). */
  async checkpoint(kind: SignedCheckpoint['kind'] = 'periodic'): Promise<SignedCheckpoint | null> {
    if (this.source.busy()) return null;
    const head = await this.source.readHead();
    if (!head) return null;
    return this.sign(kind, head);
  }

  private sign(kind: SignedCheckpoint['kind'], head: HeadRow): SignedCheckpoint {
    const c = signCheckpoint(this.key, {
      v: 1,
      kind,
      id: head.next_id - 1,
      hash: head.last_hash,
      macFrom: head.mac_from,
      at: new Date().toISOString(),
      keyId: this.keyId,
    });
    appendCheckpoint(this.checkpointFile, c);
    this.sinceCheckpoint = 0;
    this.log(`audit checkpoint ${c.kind} id=${c.id} hash=${c.hash} macFrom=${c.macFrom} key=${c.keyId} sig=${c.sig}`);
    return c;
  }

  /** At shutdown: a last checkpoint when entries were written since the previous one. Call before closing the database. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.sinceCheckpoint > 0 && this.source.open()) await this.checkpoint('shutdown');
    this.closed = true;
  }

  /**
   * The file's first line is written only while no entry has a MAC yet (a new data folder, or the first start
   * after migration 005). A file missing later is not recreated from whatever the table says now, or deleting
   * it would launder a tampered table; verify keeps reporting it instead.
   */
  private async startIfNew(): Promise<void> {
    if (!this.needsStart()) return;
    const head = await this.source.readHead();
    if (head) this.writeStart(head);
  }

  private needsStart(): boolean {
    return !(fs.existsSync(this.checkpointFile) && fs.statSync(this.checkpointFile).size > 0);
  }

  private writeStart(head: HeadRow): void {
    if (head.next_id === head.mac_from) this.sign('start', head);
    else this.log(`audit checkpoint file ${this.checkpointFile} is missing: /audit/verify reports it until it is restored`);
  }

  private noteEntry(): void {
    this.sinceCheckpoint++;
    if (this.sinceCheckpoint < this.every || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.flushWhenIdle());
  }

  private async flushWhenIdle(): Promise<void> {
    if (this.closed || !this.source.open()) {
      this.scheduled = false;
      return;
    }
    try {
      if (!this.source.busy()) {
        await this.checkpoint('periodic');
        this.scheduled = false;
        return;
      }
    } catch (error) {
      // The connection may be busy streaming a query (or the database away): try again shortly rather than lose it.
      this.log(`audit checkpoint postponed: ${error instanceof Error ? error.message : String(error)}`);
    }
    setTimeout(() => void this.flushWhenIdle(), 5).unref();
  }
}
