import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { appendCheckpoint, CHECKPOINT_FILE, readCheckpoints, signCheckpoint, type CheckpointFile, type SignedCheckpoint } from './auditCheckpoints';
import { loadAuditKey, type AuditKey } from './auditKey';

/** The SQL function writeAudit calls for an entry's MAC: the key stays in this process, never in the database. */
export const MAC_FUNCTION = 'kcc_audit_mac';
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

/**
 * The audit trail's secrets and its checkpoints, one per open database. It registers the MAC function on the
 * connection, so every audit write (writeAudit, in the caller's transaction) gets its MAC without passing the
 * key around, and counts entries to write a signed checkpoint every `checkpointEvery` of them, only once no
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

  constructor(
    private readonly sqlite: Database.Database,
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
    sqlite.function(MAC_FUNCTION, { deterministic: false }, (hash: unknown) => {
      if (typeof hash !== 'string') throw new TypeError(`${MAC_FUNCTION} expects the entry hash`);
      this.noteEntry();
      return this.mac(hash);
    });
    this.startIfNew();
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
  checkpoint(kind: SignedCheckpoint['kind'] = 'periodic'): SignedCheckpoint | null {
    if (this.sqlite.inTransaction) return null;
    const head = this.head();
    if (!head) return null;
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
  close(): void {
    if (this.closed) return;
    if (this.sinceCheckpoint > 0 && this.sqlite.open) this.checkpoint('shutdown');
    this.closed = true;
  }

  private head(): z.infer<typeof Head> | null {
    const exists = this.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'").get();
    if (!exists) return null;
    const row: unknown = this.sqlite.prepare('SELECT next_id, last_hash, mac_from FROM audit_head WHERE singleton = 1').get();
    return row === undefined ? null : Head.parse(row);
  }

  /**
   * The file's first line is written only while no entry has a MAC yet (a new data folder, or the first start
   * after migration 005). A file missing later is not recreated from whatever the table says now, or deleting
   * it would launder a tampered table; verify keeps reporting it instead.
   */
  private startIfNew(): void {
    if (fs.existsSync(this.checkpointFile) && fs.statSync(this.checkpointFile).size > 0) return;
    const head = this.head();
    if (head && head.next_id === head.mac_from) this.checkpoint('start');
    else if (head) this.log(`audit checkpoint file ${this.checkpointFile} is missing: /audit/verify reports it until it is restored`);
  }

  private noteEntry(): void {
    this.sinceCheckpoint++;
    if (this.sinceCheckpoint < this.every || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flushWhenIdle());
  }

  private flushWhenIdle(): void {
    if (this.closed || !this.sqlite.open) {
      this.scheduled = false;
      return;
    }
    try {
      if (!this.sqlite.inTransaction) {
        this.checkpoint('periodic');
        this.scheduled = false;
        return;
      }
    } catch (error) {
      // The connection may be busy streaming a query: try again shortly rather than lose the checkpoint.
      this.log(`audit checkpoint postponed: ${error instanceof Error ? error.message : String(error)}`);
    }
    setTimeout(() => this.flushWhenIdle(), 5).unref();
  }
}
