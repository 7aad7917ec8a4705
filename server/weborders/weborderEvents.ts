import { EventEmitter } from 'node:events';
import type { Store } from '../db/connection';
import type { WeborderActor, WeborderStatus } from '../../shared/domain/weborderStatus';

/** A weborder moved (or was created: `from` null). Published after the change's transaction committed. */
export interface WeborderChangedEvent {
  type: 'weborder.changed';
  weborderId: number;
  partnerId: number;
  from: WeborderStatus | null;
  to: WeborderStatus;
  actor: WeborderActor;
  at: string;
}

/** A teacher's weborder request arrived. Published after its transaction committed. */
export interface WeborderRequestCreatedEvent {
  type: 'weborder_request.created';
  requestId: number;
  partnerId: number;
  schoolNumber: string;
  at: string;
}

export type WeborderEvent = WeborderChangedEvent | WeborderRequestCreatedEvent;
export type WeborderEventListener = (event: WeborderEvent) => void;

/**
 * The weborders' events of one server (one per Store, so test servers in one process never hear each other).
 * Issue 13 subscribes here and forwards to Server-Sent Events; a listener that throws never breaks the change.
 */
export class WeborderEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(event: WeborderEvent): void {
    for (const listener of this.emitter.listeners('event') as WeborderEventListener[]) {
      try {
        listener(event);
      } catch {
        // A subscriber's failure is its own; the weborder change already committed.
      }
    }
  }

  /** Subscribes; returns the function that unsubscribes. */
  subscribe(listener: WeborderEventListener): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}

const perStore = new WeakMap<Store, WeborderEvents>();

/** The event bus of the server that owns `store`. */
export function weborderEvents(store: Store): WeborderEvents {
  let bus = perStore.get(store);
  if (!bus) {
    bus = new WeborderEvents();
    perStore.set(store, bus);
  }
  return bus;
}
