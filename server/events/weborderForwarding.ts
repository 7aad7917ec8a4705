import type { Store } from '../db/connection';
import { weborderEvents } from '../weborders/weborderEvents';
import { eventBus } from './eventBus';

const forwarded = new WeakSet<Store>();

/**
 * The weborders publish their events in process after each change commits; this stores them as live events
 * (so they reach the SSE streams and a reconnecting client can resume past them). Once per store.
 */
export function forwardWeborderEvents(store: Store): void {
  if (forwarded.has(store)) return;
  forwarded.add(store);
  const bus = eventBus(store);
  weborderEvents(store).subscribe((e) => {
    const write =
      e.type === 'weborder.changed'
        ? bus.publish(store.db, 'weborder.changed', { id: e.weborderId, partnerId: e.partnerId, from: e.from, status: e.to }, e.at)
        : bus.publish(store.db, 'weborder_request.created', { id: e.requestId, partnerId: e.partnerId }, e.at);
    // A lost live event only delays a refresh; the change itself is committed.
    write.catch(() => undefined);
  });
}
