import { EventEmitter } from 'node:events';
import { sql, type Kysely, type Transaction } from 'kysely';
import pg from 'pg';
import type { DB } from '../db/schema';

/** One event for the clients of every instance (server-sent events: `GET /events`). Small: ids and states, no records. */
export interface BusEvent {
  type: string;
  data: Record<string, unknown>;
}

/**
 * Events to the listeners of every server instance on the database. SQLite (one process): in memory. PostgreSQL:
 * NOTIFY on one channel, and one LISTEN connection per instance (re-opened by itself when it breaks); a NOTIFY
 * sent inside a transaction reaches listeners only when it commits, and not at all when it rolls back.
 */
export interface NotifyBus {
  /** Publishes, in `trx` when given (then at its commit). */
  publish(event: BusEvent, trx?: Transaction<DB>): Promise<void>;
  subscribe(listener: (event: BusEvent) => void): () => void;
  close(): Promise<void>;
}

export const EVENT_CHANNEL = 'kcc_events';
/** PostgreSQL's NOTIFY payload limit is 8000 bytes. */
const MAX_PAYLOAD = 7_900;

export class LocalNotifyBus implements NotifyBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  async publish(event: BusEvent): Promise<void> {
    // After the current call stack, as a commit would be: a listener never runs inside the publisher's transaction.
    setImmediate(() => this.emitter.emit('event', event));
  }
  subscribe(listener: (event: BusEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

export class PostgresNotifyBus implements NotifyBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;
  private retryMs = 250;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly connectionString: string,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  async publish(event: BusEvent, trx?: Transaction<DB>): Promise<void> {
    const payload = JSON.stringify(event);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) throw new Error(`event ${event.type} is too large for NOTIFY`);
    await sql`SELECT pg_notify(${EVENT_CHANNEL}, ${payload})`.execute(trx ?? this.db);
  }

  subscribe(listener: (event: BusEvent) => void): () => void {
    this.emitter.on('event', listener);
    void this.listen();
    return () => this.emitter.off('event', listener);
  }

  /** Resolves once this instance listens (the first subscribe starts it). */
  listen(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'kcc-portal-events' });
    client.on('notification', (n) => {
      if (n.channel !== EVENT_CHANNEL || !n.payload) return;
      try {
        this.emitter.emit('event', JSON.parse(n.payload) as BusEvent);
      } catch {
        this.log('events: a notification that is not an event was ignored');
      }
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_CHANNEL}`);
      this.client = client;
      this.retryMs = 250;
    } catch (error) {
      this.log(`events: listening failed (${error instanceof Error ? error.message : String(error)}); retrying`);
      this.reconnect(client);
    }
  }

  /** The LISTEN connection broke (database restart): open a new one, with a growing pause (at most 5 s). */
  private reconnect(broken: pg.Client): void {
    if (this.client === broken) this.client = null;
    void broken.end().catch(() => undefined);
    if (this.closed || this.emitter.listenerCount('event') === 0) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(5_000, this.retryMs * 2);
    setTimeout(() => void this.listen(), wait).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.emitter.removeAllListeners();
    const c = this.client;
    this.client = null;
    if (c) await c.end().catch(() => undefined);
  }
}
