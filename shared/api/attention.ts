import { z } from 'zod';
import type { Capability } from '../roles';
import { IsoDateTime } from './common';
import { IbanParty } from './iban';

/** How many first rows each part of the overview carries. */
export const ATTENTION_FIRST_ROWS = 20;
/** Account requests open for longer than this are "stuck". */
export const STUCK_REQUEST_DAYS = 7;

const section = <T extends z.ZodType>(item: T) => z.object({ count: z.number().int(), items: z.array(item) });

export const BlockedAccountItem = z.object({
  id: z.number().int(),
  username: z.string(),
  customerNumber: z.string().nullable(),
  /** manual: blocked by staff; auto: too many wrong passwords, until `until`. */
  kind: z.enum(['manual', 'auto']),
  until: z.string().nullable(),
});
export const StuckRequestItem = z.object({
  id: z.number().int(),
  customerNumber: z.string(),
  email: z.string().nullable(),
  createdAt: IsoDateTime,
});
export const PendingIbanItem = z.object({
  id: z.number().int(),
  party: IbanParty,
  partyName: z.string(),
  newIban: z.string(),
  enteredAt: IsoDateTime,
  overdue: z.boolean(),
});
export const PendingWeborderItem = z.object({
  id: z.number().int(),
  name: z.string(),
  status: z.string(),
  partnerName: z.string(),
  orderDate: z.string(),
  total: z.number().int(),
});
export const OpenWeborderRequestItem = z.object({
  id: z.number().int(),
  teacherName: z.string(),
  event: z.string(),
  partnerName: z.string(),
  createdAt: z.string(),
});
/** One week (Monday, Europe/Amsterdam calendar date); a figure is null when the role may not see it. */
export const ActivityWeek = z.object({
  weekStart: z.string(),
  /** Portal accounts whose last sign-in fell in this week. */
  signIns: z.number().int().nullable(),
  newAccounts: z.number().int().nullable(),
  weborders: z.number().int().nullable(),
});

/** Each part is null when the caller's roles do not cover it (the server decides, by capability). */
export const Attention = z.object({
  generatedAt: IsoDateTime,
  from: IsoDateTime,
  to: IsoDateTime,
  blockedAccounts: section(BlockedAccountItem).nullable(),
  stuckRequests: section(StuckRequestItem).nullable(),
  pendingIbanChanges: section(PendingIbanItem).extend({ overdue: z.number().int() }).nullable(),
  pendingWeborders: section(PendingWeborderItem).nullable(),
  openWeborderRequests: section(OpenWeborderRequestItem).nullable(),
  /** `count`: the number of weeks; `items`: the weeks, oldest first. */
  activity90d: section(ActivityWeek).nullable(),
});
export type Attention = z.infer<typeof Attention>;
export type AttentionPart = Exclude<keyof Attention, 'generatedAt' | 'from' | 'to'>;

/** Which capability shows which part (server and app read the same table). */
export const attentionParts = {
  blockedAccounts: 'accounts.read',
  stuckRequests: 'accountRequests.read',
  pendingIbanChanges: 'iban.manage',
  pendingWeborders: 'weborders.read',
  // As the requests screen and its list (weborders.manage): a block whose link leads nowhere helps nobody.
  openWeborderRequests: 'weborders.manage',
  activity90d: 'attention.read',
} as const satisfies Record<AttentionPart, Capability>;

export const attentionPeriods = [7, 30, 90, 180, 365] as const;
export const AttentionQuery = z.object({
  /** The activity period in days, ending now. */
  days: z.coerce
    .number()
    .int()
    .refine((d) => (attentionPeriods as readonly number[]).includes(d), 'Kies 7, 30, 90, 180 of 365 dagen')
    .default(90),
});
