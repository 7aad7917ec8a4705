import { z } from 'zod';
import type { Capability } from '../roles';

/**
 * Live events (Server-Sent Events on `GET /events`). Each carries ids only, never personal data or IBANs: a
 * client refreshes what it shows through the normal, guarded API. Each type is delivered only to roles with
 * its capability.
 */
export const eventTypes = ['weborder_request.created', 'weborder.changed', 'iban_change.created', 'iban_change.decided'] as const;
export type EventType = (typeof eventTypes)[number];

export const eventCapability = {
  'weborder_request.created': 'weborders.read',
  'weborder.changed': 'weborders.read',
  'iban_change.created': 'iban.manage',
  'iban_change.decided': 'iban.manage',
} as const satisfies Record<EventType, Capability>;

export const LiveEventData = z.object({
  /** The weborder, weborder request or IBAN change. */
  id: z.number().int(),
  partnerId: z.number().int().nullable().optional(),
  party: z.enum(['partner', 'tenant']).optional(),
  status: z.string().optional(),
  from: z.string().nullable().optional(),
  /** Who caused it (staff id), so a client can skip notifying the person who did it. */
  byStaffId: z.number().int().nullable().optional(),
});
export type LiveEventData = z.infer<typeof LiveEventData>;

export const LiveEvent = z.object({
  id: z.number().int(),
  type: z.enum(eventTypes),
  at: z.string(),
  data: LiveEventData,
});
export type LiveEvent = z.infer<typeof LiveEvent>;

export const EventsQuery = z.object({
  /** Resume after this id (the `Last-Event-ID` header wins when both are sent). */
  lastEventId: z.coerce.number().int().min(0).optional(),
});

/** Seconds between heartbeats (a comment line) on an idle stream. */
export const EVENT_HEARTBEAT_SECONDS = 15;
