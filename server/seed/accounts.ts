import { makeUsername } from './contact';
import type { SeedContext } from './context';
import type { Person } from './people';
import { blockReasons } from './reference';

export type AccountState =
  | 'confirmed'
  | 'unconfirmed'
  | 'auto_blocked'
  | 'auto_block_expired'
  | 'manually_blocked'
  | 'failed_attempts'
  | 'invalid_email'
  | 'admin';

/**
 * The first accounts go through every state once, so even a tiny seed shows them all, and then twice more
 * through the states a desk acts on (Activeren, activation mail, De-blokkeren), so trying one leaves others.
 */
const FORCED_STATES: readonly AccountState[] = [
  'unconfirmed', 'auto_blocked', 'auto_block_expired', 'manually_blocked', 'failed_attempts', 'invalid_email', 'admin',
  'auto_blocked', 'unconfirmed', 'manually_blocked', 'auto_blocked', 'unconfirmed', 'manually_blocked',
];

const STATE_WEIGHTS: readonly (readonly [AccountState, number])[] = [
  ['confirmed', 88.3], ['unconfirmed', 6], ['auto_blocked', 0.4], ['auto_block_expired', 0.4],
  ['manually_blocked', 0.6], ['failed_attempts', 3.5], ['invalid_email', 0.7], ['admin', 0.1],
];

export function pickAccountState(ctx: SeedContext): AccountState {
  const forced = FORCED_STATES[ctx.accountOrdinal];
  ctx.accountOrdinal++;
  return forced ?? ctx.rng.weighted(STATE_WEIGHTS);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Writes the tenant account of a household; returns its creation day (for the timeline) and when the portal
 * told the ERP its status (at confirmation, or at creation while unconfirmed).
 */
export function writeAccount(
  ctx: SeedContext,
  customerNumber: string,
  contractant: Person,
  email: string,
  state: AccountState,
  maxAgeDays: number,
): { createdOffset: number; createdSecond: number; erpSentAt: string } {
  const { rng, days } = ctx;
  const id = ctx.next.account++;
  const username = makeUsername(rng, contractant, ctx.usernames);
  const unconfirmed = state === 'unconfirmed';
  const createdOffset = unconfirmed ? -rng.int(0, 60) : -rng.int(1, Math.max(1, maxAgeDays));
  const createdSecond = createdOffset === 0 ? rng.int(0, days.secondOfToday) : rng.int(6 * 3600, 23 * 3600);
  const createdAt = days.at(createdOffset, createdSecond);
  // Confirmed a few minutes to hours after the request, the same day.
  const confirmedAt = unconfirmed ? null : days.at(createdOffset, Math.min(86_399, createdSecond + rng.int(60, 7200)));
  let failed = 0;
  let blockedUntil: string | null = null;
  let manual = 0;
  let reason: string | null = null;
  if (state === 'auto_blocked') {
    failed = 5;
    // The fifth wrong password up to five minutes before seeding (the lockout is 15 minutes): still blocked
    // 10–15 minutes after the seed, so a first start shows automatic blocks and Activeren can be tried.
    blockedUntil = days.fromNow(rng.int(10 * 60, 15 * 60) * SECOND);
  } else if (state === 'auto_block_expired') {
    failed = 5;
    blockedUntil = days.fromNow(-rng.int(60, 30 * 24 * 60) * MINUTE);
  } else if (state === 'manually_blocked') {
    manual = 1;
    reason = rng.pick(blockReasons);
    failed = rng.chance(0.3) ? rng.int(1, 4) : 0;
  } else if (state === 'failed_attempts') {
    failed = rng.int(1, 4);
  }
  let lastLogin: string | null = null;
  if (!unconfirmed && rng.chance(0.8)) {
    const off = rng.int(createdOffset, 0);
    lastLogin = off === 0 ? days.at(0, rng.int(0, days.secondOfToday)) : days.at(off, rng.int(6 * 3600, 23 * 3600));
  }
  ctx.w.accounts.add(
    id,
    username,
    email,
    state === 'invalid_email' ? 0 : 1,
    state === 'admin' ? 'admin' : 'user',
    customerNumber,
    ctx.tenantHash,
    confirmedAt,
    unconfirmed ? rng.hex64() : null,
    failed,
    blockedUntil,
    manual,
    reason,
    lastLogin,
    createdAt,
  );
  return { createdOffset, createdSecond, erpSentAt: confirmedAt ?? createdAt };
}

/** The steps of the portal's self-registration; a request stops after one of them. */
export type RequestStep = 'entered' | 'identified' | 'details' | 'details_no_email' | 'email_sent';
/** The first requests stop at each step twice, so a small seed has requests stuck at every step. */
const FORCED_STEPS: readonly RequestStep[] = [
  'entered', 'identified', 'details', 'details_no_email', 'email_sent',
  'entered', 'identified', 'details', 'details_no_email', 'email_sent',
];
const STEP_WEIGHTS: readonly (readonly [RequestStep, number])[] = [
  ['entered', 30], ['identified', 25], ['details', 12], ['details_no_email', 8], ['email_sent', 25],
];

/** An account request stuck at some step; `email` is what the tenant typed at the details step. */
export function writeAccountRequest(ctx: SeedContext, customerNumber: string, contractant: Person, email: string): void {
  const { rng, days } = ctx;
  const step = FORCED_STEPS[ctx.requestOrdinal] ?? rng.weighted(STEP_WEIGHTS);
  ctx.requestOrdinal++;
  // Today only when there is room for all steps before now (each step takes at most 10 minutes).
  const off = -rng.int(days.secondOfToday > 3600 ? 0 : 1, 90);
  let sec = off === 0 ? rng.int(0, days.secondOfToday - 3 * 600) : rng.int(7 * 3600, 21 * 3600);
  const enteredAt = days.at(off, sec);
  const next = (): string => {
    sec = Math.min(86_399, sec + rng.int(20, 600));
    return days.at(off, sec);
  };
  const identifiedAt = step !== 'entered' ? next() : null;
  const withDetails = step === 'details' || step === 'details_no_email' || step === 'email_sent';
  const detailsAt = withDetails ? next() : null;
  const sentAt = step === 'email_sent' ? next() : null;
  const hasEmail = withDetails && step !== 'details_no_email';
  ctx.w.account_requests.add(
    customerNumber,
    withDetails ? makeUsername(rng, contractant, ctx.usernames) : null,
    hasEmail ? email : null,
    withDetails ? ctx.tenantHash : null,
    enteredAt,
    identifiedAt,
    detailsAt,
    sentAt,
    sentAt ? rng.hex64() : null,
    enteredAt,
  );
}
