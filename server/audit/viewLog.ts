import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { CUSTOMER_VIEW_ACTION } from '../../shared/api/audit';
import type { AppContext } from '../context';
import type { DB } from '../db/schema';
import { writeAudit, type AuditInput } from './auditLog';

export const VIEW_FLUSH_MS = 200;

/**
 * Audit entries of reads (opening a customer, a lookup's results), written in batches. A read must stay as fast
 * as a read: with synchronous=FULL each commit waits for the disk (≈4 ms), and the lookup runs on every pause
 * in typing. So entries are collected and written together, in one transaction through the same writeAudit
 * (chain and MAC as every entry), at most VIEW_FLUSH_MS after the first of them, and at server close.
 *
 * What a crash can lose: the entries of reads from the last interval (at most VIEW_FLUSH_MS) — the read was
 * answered, its entry not yet on disk. Never a change's entry: changes are audited in their own transaction.
 */
export class ViewLog {
  private queue: AuditInput[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly report: (message: string) => void,
    private readonly intervalMs = VIEW_FLUSH_MS,
  ) {}

  record(entry: AuditInput): void {
    this.queue.push(entry);
    if (this.closed) {
      // A read answered while the server closes: written at once, the batch timer is gone.
      void this.flush();
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush(), this.intervalMs);
    // The timer alone must not keep a process alive; close() writes what is left.
    this.timer.unref();
  }

  /** Writes every entry collected so far; resolves once they are committed (or reported as failed). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // One write at a time, in order: ids follow the order the reads were recorded in.
    this.writing = this.writing.then(() => this.writeQueued());
    return this.writing;
  }

  /** At server close, before the database closes: the last entries, then no timer any more. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  private async writeQueued(): Promise<void> {
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const entry of batch) await writeAudit(trx, entry);
      });
    } catch (error) {
      // Kept for the next attempt (a busy or full disk passes); the administrator hears of it meanwhile.
      this.queue = batch.concat(this.queue);
      this.report(`audit: ${batch.length} view entries not yet written: ${error instanceof Error ? error.message : String(error)}`);
      if (!this.closed && !this.timer) {
        this.timer = setTimeout(() => void this.flush(), this.intervalMs);
        this.timer.unref();
      }
    }
  }
}

// One per server (keyed by its context, like the customer engine).
const logs = new WeakMap<AppContext, ViewLog>();

/** Makes the server's view log and writes what is left of it when the server closes (before the database does). */
export function installViewLog(app: FastifyInstance): void {
  const log = new ViewLog(app.ctx.store.db, (m) => app.log.error(m));
  logs.set(app.ctx, log);
  app.addHook('onClose', async () => log.close());
}

function viewLogOf(server: FastifyInstance): ViewLog {
  const log = logs.get(server.ctx);
  if (!log) throw new Error('view log not installed (installViewLog in buildApp)');
  return log;
}

/** Writes the collected view entries now (tests, and anything that must see them in the table). */
export function flushViewLog(server: FastifyInstance): Promise<void> {
  return viewLogOf(server).flush();
}

/** What a read showed: one customer (the overview), or the customer numbers of a page of lookup results. */
export type ViewWhat = { customerNumber: string; via: 'overview' } | { customerNumbers: readonly string[]; via: 'search' };

/**
 * Records that the signed-in staff member was shown personal data, with who, when, from where and in which
 * look-along session, as every audit entry. A lookup names the customers shown, never the term typed; with a
 * single result the entry carries its customer number, so filtering the log on a customer finds it.
 */
export function recordView(req: FastifyRequest, what: ViewWhat): void {
  const staff = req.staff;
  if (!staff) return;
  const single = what.via === 'overview' ? what.customerNumber : what.customerNumbers.length === 1 ? what.customerNumbers[0] : undefined;
  viewLogOf(req.server).record({
    at: req.server.ctx.clock.now().toISOString(),
    actorId: staff.id,
    actor: staff.username,
    roles: staff.roles,
    action: CUSTOMER_VIEW_ACTION,
    target: single ? `customer:${single}` : null,
    customerNumber: single ?? null,
    sourceAddress: req.ip,
    lookAlongSessionId: staff.lookAlongSessionId,
    details: what.via === 'overview' ? { via: 'overview' } : { via: 'search', customerNumbers: [...what.customerNumbers] },
  });
}
