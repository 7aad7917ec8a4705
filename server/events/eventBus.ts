import { sql, type Kysely, type Transaction } from 'kysely';
import type { EventType, LiveEvent, LiveEventData } from '../../shared/api/events';
import type { Store } from '../db/connection';
import { engineOf } from '../db/engine';
import type { DB } from '../db/schema';
import type { NotifyBus } from './notifyBus';

/**
 * Publish and subscribe for live events, behind one small interface. Events are rows of the `events` table
 * (written in the transaction of the change they announce, so an event exists exactly when its change does,
 * and a client resumes with Last-Event-ID by reading rows after that id). Subscribers are only *woken*; they
 * read the rows themselves. The wake-up goes through the store's NotifyBus: in process on SQLite, LISTEN/NOTIFY on
 * PostgreSQL so clients of every instance hear a change made on any of them.
 */
export interface EventBus {
  /** Writes the event in `db` (a transaction of the change); subscribers wake once it can be read. */
  publish(db: Kysely<DB>, type: EventType, data: LiveEventData, at: string): Promise<number>;
  /** Called whenever new events may be readable; returns the function that unsubscribes. */
  subscribe(wake: () => void): () => void;
  /** Events after `afterId`, oldest first, at most `limit`. */
  after(afterId: number, limit: number): Promise<LiveEvent[]>;
  /** The id of the newest event (0 when there is none). */
  latestId(): Promise<number>;
}

/** PostgreSQL advisory lock key that orders event publishers (any constant no other code uses). */
export const EVENT_ORDER_LOCK = 0x6b63_6365_7674;

/** The bus over the `events` table; `notify` wakes subscribers of this (and, on PostgreSQL, every) instance. */
export class TableEventBus implements EventBus {
  private readonly listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly notify: NotifyBus,
  ) {}

  async publish(db: Kysely<DB>, type: EventType, data: LiveEventData, at: string): Promise<number> {
    if (engineOf(db) === 'postgres') {
      // Readers resume after the highest id they saw, so ids must become visible in id order. On PostgreSQL two
      // transactions may take ids 10 and 11 and commit 11 first: a reader would pass 10 for good. A transaction
      // lock around "take the id … commit" makes event publishers commit one at a time (events are few and
      // these transactions short). Publish before the audit entry (the audit head is the other lock held to commit),
      // so both are always taken in the same order.
      if (!db.isTransaction) return db.transaction().execute((trx) => this.publish(trx, type, data, at));
      await sql`SELECT pg_advisory_xact_lock(${EVENT_ORDER_LOCK})`.execute(db);
    }
    const row = await db.insertInto('events').values({ at, type, payload: JSON.stringify(data) }).returning('id').executeTakeFirstOrThrow();
    // The wake-up travels with the change: SQLite's in-process bus fires after this tick (a subscriber's read waits
    // for the one connection, i.e. for the commit); PostgreSQL's NOTIFY inside `db` reaches the listeners of every
    // instance at commit, and never on rollback. Either way a woken subscriber finds the row committed.
    await this.notify.publish({ type: 'events.new', data: { id: row.id } }, db.isTransaction ? (db as Transaction<DB>) : undefined);
    return row.id;
  }

  wake(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch {
        // One stream's failure is its own.
      }
    }
  }

  subscribe(wake: () => void): () => void {
    this.listeners.add(wake);
    this.unsubscribe ??= this.notify.subscribe((e) => {
      if (e.type === 'events.new') this.wake();
    });
    return () => {
      this.listeners.delete(wake);
      if (this.listeners.size === 0 && this.unsubscribe) {
        this.unsubscribe();
        this.unsubscribe = null;
      }
    };
  }

  async after(afterId: number, limit: number): Promise<LiveEvent[]> {
    const rows = await this.db.selectFrom('events').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, type: r.type as EventType, at: r.at, data: JSON.parse(r.payload) as LiveEventData }));
  }

  async latestId(): Promise<number> {
    const row = await this.db.selectFrom('events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
    return Number(row?.id ?? 0);
  }
}

const buses = new WeakMap<Store, EventBus>();

/** The bus of the server that owns `store` (one per store, so test servers in one process never hear each other). */
export function eventBus(store: Store): EventBus {
  let bus = buses.get(store);
  if (!bus) {
    bus = new TableEventBus(store.db, store.events);
    buses.set(store, bus);
  }
  return bus;
}
