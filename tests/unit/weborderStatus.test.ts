import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  canTransition,
  transitionNeedsReason,
  weborderActors,
  weborderStatuses,
  type WeborderActor,
  type WeborderStatus,
} from '../../shared/domain/weborderStatus';
import { commissionCents, parseEuroCents, payoutCents, weborderTotalCents } from '../../shared/domain/weborderMoney';

// The whole allowed set, written out by hand from seed 000 §2.2 and the issue (not derived from the code):
// "from>to:actor" (and for leaving Foutmelding "error(from)>to:actor").
const allowed = new Set([
  'pending>budget_approved:school',
  'pending>rejected:school',
  'pending>rejected:partner',
  'pending>rejected:helpdesk',
  'budget_approved>cjp_approved:helpdesk',
  'budget_approved>rejected:helpdesk',
  'cjp_approved>paid:helpdesk',
  'cjp_approved>paid:system',
  'pending>error:helpdesk',
  'pending>error:system',
  'budget_approved>error:helpdesk',
  'budget_approved>error:system',
  'cjp_approved>error:helpdesk',
  'cjp_approved>error:system',
  'error(pending)>pending:helpdesk',
  'error(pending)>pending:system',
  'error(budget_approved)>budget_approved:helpdesk',
  'error(budget_approved)>budget_approved:system',
  'error(cjp_approved)>cjp_approved:helpdesk',
  'error(cjp_approved)>cjp_approved:system',
]);

const errorOrigins: (WeborderStatus | null)[] = [null, ...weborderStatuses];

describe('weborder state machine: every from × to × actor', () => {
  const cases: [string, WeborderStatus, WeborderStatus, WeborderActor, WeborderStatus | null, boolean][] = [];
  for (const from of weborderStatuses)
    for (const to of weborderStatuses)
      for (const actor of weborderActors)
        for (const errorFrom of from === 'error' ? errorOrigins : [null]) {
          const key = from === 'error' ? `error(${errorFrom ?? '-'})>${to}:${actor}` : `${from}>${to}:${actor}`;
          cases.push([key, from, to, actor, errorFrom, allowed.has(key)]);
        }

  it('covers 6 × 6 × 4 moves (and every origin of a Foutmelding)', () => {
    expect(cases.length).toBe(5 * 6 * 4 + 6 * 4 * errorOrigins.length);
    expect(cases.filter((c) => c[5]).length).toBe(allowed.size);
  });

  it.each(cases)('%s → %s', (_key, from, to, actor, errorFrom, expected) => {
    expect(canTransition(from, to, actor, errorFrom)).toBe(expected);
  });

  it('offers the helpdesk only the moves it may make', () => {
    expect(allowedTransitions('pending', 'helpdesk')).toEqual(['rejected', 'error']);
    expect(allowedTransitions('budget_approved', 'helpdesk')).toEqual(['cjp_approved', 'rejected', 'error']);
    expect(allowedTransitions('cjp_approved', 'helpdesk')).toEqual(['paid', 'error']);
    expect(allowedTransitions('paid', 'helpdesk')).toEqual([]);
    expect(allowedTransitions('rejected', 'helpdesk')).toEqual([]);
    expect(allowedTransitions('error', 'helpdesk', 'budget_approved')).toEqual(['budget_approved']);
    expect(allowedTransitions('pending', 'partner')).toEqual(['rejected']);
    expect(allowedTransitions('budget_approved', 'partner')).toEqual([]);
  });

  it('needs a text to reject and to report an error', () => {
    expect(weborderStatuses.filter(transitionNeedsReason)).toEqual(['rejected', 'error']);
  });
});

describe('weborder money (integer cents)', () => {
  it.each([
    [30, 2, 28],
    [132, 7, 125],
    [100, 5, 95],
    [10, 1, 9],
    [9, 0, 9],
    [0, 0, 0],
    [1, 0, 1],
    [50, 3, 47],
    [123456789, 6172839, 117283950],
  ])('total %i cents: fee %i, payout %i', (total, fee, payout) => {
    expect(commissionCents(total)).toBe(fee);
    expect(payoutCents(total)).toBe(payout);
    expect(commissionCents(total) + payoutCents(total)).toBe(total);
  });

  it('computes the total from the ticket price per person or the package price', () => {
    expect(weborderTotalCents({ ticketPriceCents: 50, students: 1, teachers: 1 })).toBe(100);
    expect(weborderTotalCents({ ticketPriceCents: 1250, students: 28, teachers: 2 })).toBe(37500);
    expect(weborderTotalCents({ packagePriceCents: 45000, ticketPriceCents: 10, students: 28, teachers: 2 })).toBe(45000);
  });
});

describe('parseEuroCents', () => {
  it.each([
    ['12,50', 1250],
    ['12.50', 1250],
    ['€ 1.234,5', 123450],
    ['7', 700],
    ['0,3', 30],
    ['1,234', 123400],
    ['', null],
    ['abc', null],
    ['-5', null],
    ['1,2,3', null],
  ])('%s → %s', (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });
});
