import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EVENT_HEARTBEAT_SECONDS, eventCapability, type LiveEvent } from '../../shared/api/events';
import type { StaffRole } from '../../shared/api/staff';
import { can } from '../../shared/roles';
import type { AuthedStaff } from '../context';
import type { Store } from '../db/connection';
import { eventBus } from './eventBus';

const BATCH = 500;

/** The open streams of each server, so closing the server ends them (an open stream is never an idle connection). */
const openStreams = new WeakMap<Store, Set<() => void>>();

export function endEventStreams(store: Store): void {
  for (const close of [...(openStreams.get(store) ?? [])]) close();
}

/** Whether these roles may receive this event (the guard of the stream, per event type). */
export function mayReceive(roles: readonly StaffRole[], event: Pick<LiveEvent, 'type'>): boolean {
  return can(roles, eventCapability[event.type]);
}

/** One event in the SSE wire format: its id (for Last-Event-ID), its type and its data as one JSON line. */
export function sseFrame(event: LiveEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Where a client resumes: the Last-Event-ID header, else the query's lastEventId, else "from now". */
export function resumeFrom(req: FastifyRequest, queryLastId: number | undefined): number | null {
  const header = req.headers['last-event-id'];
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw !== undefined && /^\d{1,15}$/.test(raw.trim())) return Number(raw.trim());
  return queryLastId ?? null;
}

export interface StreamOptions {
  heartbeatMs?: number;
}

/**
 * The live stream of one staff member: first the events after the resume point, then each new one as it is
 * committed, only those their roles may see; a heartbeat comment keeps proxies from closing an idle stream and
 * ends the stream once the staff session is gone (signed out or expired).
 */
export async function openEventStream(
  store: Store,
  staff: AuthedStaff,
  reply: FastifyReply,
  lastId: number | null,
  opts: StreamOptions = {},
): Promise<PassThrough> {
  const bus = eventBus(store);
  let cursor = lastId ?? (await bus.latestId());
  const out = new PassThrough();
  let pumping = false;
  let again = false;
  let closed = false;

  const pump = async (): Promise<void> => {
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      do {
        again = false;
        for (;;) {
          const events = await bus.after(cursor, BATCH);
          if (closed || events.length === 0) break;
          for (const e of events) if (mayReceive(staff.roles, e)) out.write(sseFrame(e));
          cursor = events[events.length - 1]!.id;
          if (events.length < BATCH) break;
        }
      } while (again && !closed);
    } finally {
      pumping = false;
    }
  };

  const sessionAlive = async () =>
    (await store.db.selectFrom('staff_sessions').select('id').where('id', '=', staff.sessionId).executeTakeFirst()) !== undefined;

  const unsubscribe = bus.subscribe(() => void pump().catch(() => close()));
  const heartbeat = setInterval(() => {
    void sessionAlive()
      .then((alive) => (alive ? out.write(`: heartbeat\n\n`) : close()))
      .catch(() => close());
  }, opts.heartbeatMs ?? EVENT_HEARTBEAT_SECONDS * 1000);
  heartbeat.unref();

  const streams = openStreams.get(store) ?? new Set<() => void>();
  openStreams.set(store, streams);
  function close(): void {
    if (closed) return;
    closed = true;
    streams.delete(close);
    clearInterval(heartbeat);
    unsubscribe();
    out.end();
  }
  streams.add(close);
  // The response's close: the client went away (a request's own close only means its body was read).
  reply.raw.on('close', close);
  out.on('error', close);

  reply
    .type('text/event-stream; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-accel-buffering', 'no')
    // A stream ended by the server (closing, session gone) also ends its connection: otherwise it would idle in
    // keep-alive after the server's close already let the idle ones go, and hold that close up for a minute.
    .header('connection', 'close');
  // retry: how long a browser's EventSource waits before reconnecting; the app's own client has its backoff.
  out.write(`retry: 3000\n: connected ${cursor}\n\n`);
  await pump();
  return out;
}

/** Without `Accept: text/event-stream`: the events after the resume point as one finite answer. */
export async function eventBacklog(store: Store, staff: AuthedStaff, lastId: number | null): Promise<string> {
  const bus = eventBus(store);
  const events = await bus.after(lastId ?? (await bus.latestId()), BATCH);
  return events.filter((e) => mayReceive(staff.roles, e)).map(sseFrame).join('');
}
