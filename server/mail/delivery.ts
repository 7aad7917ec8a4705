import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import { engineOf } from '../db/engine';
import type { DB } from '../db/schema';

/** What sends one message: nodemailer's transporter in production; anything with sendMail in tests. */
export interface MailTransport {
  sendMail(m: { from: string; to: string; subject: string; text: string; html?: string; messageId: string }): Promise<unknown>;
  close?(): void;
}

export interface DeliveryOptions {
  transport: MailTransport;
  /** The sender address of every mail. */
  from?: string;
  /** Mails claimed per round. */
  batchSize?: number;
  /** Pause between rounds when nothing was due. */
  pollMs?: number;
  /** First retry after this long; doubles per attempt up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How long a claim holds: a process that dies mid-send leaves its mails to others after this. */
  leaseMs?: number;
  clock?: Clock;
  /** Told about failures (without addresses or bodies). */
  log?: (line: string) => void;
}

export const DEFAULT_FROM = 'Klantportaal <noreply@woonportaal.example.nl>';

/** The wait before attempt n+1 after n failed attempts: backoff · 2^(n-1), capped. */
export function retryDelay(attempts: number, backoffMs: number, maxBackoffMs: number): number {
  return Math.min(maxBackoffMs, backoffMs * 2 ** Math.max(0, attempts - 1));
}

/** An SMTP transport from `smtp://host:port` (or smtps://, user:pass@ when the relay needs it). */
export function smtpTransport(url: string): MailTransport {
  const parsed = new URL(url);
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new Error('--smtp moet de vorm smtp://host:poort hebben');
  return nodemailer.createTransport(url);
}

/** An error as stored and logged: its message, one line, short; never the mail itself. */
function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 500);
}

/**
 * Sends what is waiting in outbox_mail. Each round claims due mails in the database with one UPDATE … WHERE
 * unclaimed-or-lease-expired (so several server processes on one database never take the same mail; on
 * PostgreSQL the batch's rows are locked while claimed, and SKIP LOCKED lets each instance take another batch), sends
 * them one by one and records the outcome: sent_at, or attempts + last error + the next attempt (backoff).
 * A mail is never given up on; a process that stops mid-send leaves its claims to expire. SMTP acceptance
 * followed by a crash before the write can mean one duplicate (at least once, never lost); the Message-ID
 * names the outbox row so a duplicate is recognisable.
 */
export class MailDelivery {
  private readonly owner = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private readonly o: Required<Omit<DeliveryOptions, 'log'>> & { log: (line: string) => void };
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private stopping = false;

  constructor(
    private readonly db: Kysely<DB>,
    options: DeliveryOptions,
  ) {
    this.o = {
      from: DEFAULT_FROM,
      batchSize: 20,
      pollMs: 2_000,
      backoffMs: 30_000,
      maxBackoffMs: 3_600_000,
      leaseMs: 120_000,
      clock: systemClock,
      log: () => undefined,
      ...options,
    };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.stopping = false;
    this.schedule(0);
  }

  /** Stops after the round in flight; claims of unsent mails are released. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    this.o.transport.close?.();
  }

  /** Asks for a round now (after a mail was queued), instead of at the next poll. */
  kick(): void {
    if (!this.stopped && this.running === null) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.runOnce()
        .catch((error: unknown) => {
          this.o.log(`Mailbezorging: ronde mislukt: ${errorText(error)}`);
          return 0;
        })
        .then((n) => {
          this.running = null;
          // A full batch: more may be due at once.
          this.schedule(n >= this.o.batchSize ? 0 : this.o.pollMs);
        });
    }, ms);
  }

  /** One round: claim, send, record. Returns how many mails it handled. */
  async runOnce(): Promise<number> {
    const now = this.o.clock.now();
    const nowIso = now.toISOString();
    const due = this.db
      .selectFrom('outbox_mail')
      .select('id')
      .where('sent_at', 'is', null)
      .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', nowIso)]))
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', nowIso)]))
      .orderBy('id')
      .limit(this.o.batchSize);
    const lease = { claimed_until: new Date(now.getTime() + this.o.leaseMs).toISOString(), claimed_by: this.owner };
    const returned = ['id', 'to_address', 'subject', 'body', 'html', 'attempts'] as const;
    // PostgreSQL: the batch is picked once (a MATERIALIZED CTE; as a plain subquery with SKIP LOCKED a rescan
    // would pick further rows) and rows another instance is claiming right now are skipped, not waited for, so
    // two instances claim two different batches at once. SQLite has one writer: nothing to skip.
    const claimed =
      engineOf(this.db) === 'postgres'
        ? await this.db
            .with((cte) => cte('due').materialized(), () => due.forUpdate().skipLocked())
            .updateTable('outbox_mail')
            .set(lease)
            .where('id', 'in', (eb) => eb.selectFrom('due').select('due.id'))
            .where('sent_at', 'is', null)
            .returning(returned)
            .execute()
        : await this.db
            .updateTable('outbox_mail')
            .set(lease)
            .where('id', 'in', due)
            // Checked again on the row itself: under concurrent claimers only one UPDATE matches it.
            .where('sent_at', 'is', null)
            .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', nowIso)]))
            .returning(returned)
            .execute();
    const ordered = claimed.sort((a, b) => a.id - b.id);
    for (const [i, m] of ordered.entries()) {
      if (this.stopping) {
        // Stopping: what this round has not sent yet is left for the next process at once.
        const rest = ordered.slice(i).map((r) => r.id);
        await this.db.updateTable('outbox_mail').set({ claimed_until: null }).where('id', 'in', rest).where('claimed_by', '=', this.owner).execute();
        break;
      }
      // Still ours? A slow SMTP server can outlast the lease; then another instance may have taken (and sent)
      // the rest of this batch. Renewing the claim row by row keeps a duplicate to the one mail in flight.
      const renewed = await this.db
        .updateTable('outbox_mail')
        .set({ claimed_until: new Date(this.o.clock.now().getTime() + this.o.leaseMs).toISOString() })
        .where('id', '=', m.id)
        .where('claimed_by', '=', this.owner)
        .where('sent_at', 'is', null)
        .executeTakeFirst();
      if (Number(renewed.numUpdatedRows) === 0) continue;
      try {
        await this.o.transport.sendMail({
          from: this.o.from,
          to: m.to_address,
          subject: m.subject,
          text: m.body,
          ...(m.html ? { html: m.html } : {}),
          messageId: `<outbox-${m.id}@kcc-desk>`,
        });
        await this.db
          .updateTable('outbox_mail')
          .set({ sent_at: this.o.clock.now().toISOString(), attempts: m.attempts + 1, last_attempt_at: this.o.clock.now().toISOString(), last_error: null, claimed_until: null, next_attempt_at: null })
          .where('id', '=', m.id)
          .where('claimed_by', '=', this.owner)
          .execute();
      } catch (error) {
        const attempts = m.attempts + 1;
        const at = this.o.clock.now();
        await this.db
          .updateTable('outbox_mail')
          .set({
            attempts,
            last_error: errorText(error),
            last_attempt_at: at.toISOString(),
            next_attempt_at: new Date(at.getTime() + retryDelay(attempts, this.o.backoffMs, this.o.maxBackoffMs)).toISOString(),
            claimed_until: null,
          })
          .where('id', '=', m.id)
          .where('claimed_by', '=', this.owner)
          .execute();
        this.o.log(`Mailbezorging: mail ${m.id} poging ${attempts} mislukt: ${errorText(error)}`);
      }
    }
    return claimed.length;
  }
}
