import type { Kysely } from 'kysely';
import type { EventType, LiveEvent, LiveEventData } from '../../shared/api/events';
import type { Store } from '../db/connection';
import type { DB } from '../db/schema';

/**
 * Publish and subscribe for live events, behind one small interface. Events are rows of the `events` table
 * (written in the transaction of the change they announce, so an event exists exactly when its change does,
 * and a client resumes with Last-Event-ID by reading rows after that id). Subscribers are only *woken*; they
 * read the rows themselves. A PostgreSQL port with several server instances wakes them with LISTEN/NOTIFY
 * instead of the in-process wake-up below; nothing else changes.
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

/** The in-process bus over the `events` table (SQLite: one server process owns the database). */
export class TableEventBus implements EventBus {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: Kysely<DB>) {}

  async publish(db: Kysely<DB>, type: EventType, data: LiveEventData, at: string): Promise<number> {
    const row = await db.insertInto('events').values({ at, type, payload: JSON.stringify(data) }).returning('id').executeTakeFirstOrThrow();
    // Woken after this tick: a subscriber's read waits for the connection, i.e. for the change's commit (SQLite
    // has one connection), and so sees the row exactly when it is committed. A rollback leaves nothing to read.
    setImmediate(() => this.wake());
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
    return () => void this.listeners.delete(wake);
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
    bus = new TableEventBus(store.db);
    buses.set(store, bus);
  }
  return bus;
}
