// The weborder state machine: one definition, used by the server (which refuses every other move with 409) and
// by the app (which offers only the moves allowed here). Seed 000 §2.2:
//   In afwachting → Budgethouder goedgekeurd → CJP goedgekeurd → Betaald;
//   Afgewezen from In afwachting (the school, the partner — only while the school has not approved — or the
//   helpdesk) and from Budgethouder goedgekeurd (the helpdesk, with a reason);
//   Foutmelding from any open state (with a message), and back to the state it came from once solved.

export const weborderStatuses = ['pending', 'budget_approved', 'cjp_approved', 'paid', 'rejected', 'error'] as const;
export type WeborderStatus = (typeof weborderStatuses)[number];

/** Who makes a move: the school's budget holder, the partner (cultural institution), the CJP helpdesk, or the system. */
export const weborderActors = ['school', 'partner', 'helpdesk', 'system'] as const;
export type WeborderActor = (typeof weborderActors)[number];

/** Dutch status names as the partner portal shows them. */
export const weborderStatusLabel: Record<WeborderStatus, string> = {
  pending: 'In afwachting',
  budget_approved: 'Budgethouder goedgekeurd',
  cjp_approved: 'CJP goedgekeurd',
  paid: 'Betaald',
  rejected: 'Afgewezen',
  error: 'Foutmelding',
};

/** Waiting for the helpdesk: approved by the budget holder (CJP's turn), or in Foutmelding. */
export const helpdeskWaitingStatuses = ['budget_approved', 'error'] as const satisfies readonly WeborderStatus[];

/** Open states: a weborder still on its way (Foutmelding may interrupt it). */
export const openWeborderStatuses: readonly WeborderStatus[] = ['pending', 'budget_approved', 'cjp_approved'];

export function isWeborderStatus(value: string): value is WeborderStatus {
  return (weborderStatuses as readonly string[]).includes(value);
}

/** The forward moves and rejections, with who may make them (error moves are handled below). */
const moves: Partial<Record<WeborderStatus, Partial<Record<WeborderStatus, readonly WeborderActor[]>>>> = {
  pending: { budget_approved: ['school'], rejected: ['school', 'partner', 'helpdesk'] },
  budget_approved: { cjp_approved: ['helpdesk'], rejected: ['helpdesk'] },
  cjp_approved: { paid: ['helpdesk', 'system'] },
};

/** Who may raise a Foutmelding, and who may mark it solved. */
const errorActors: readonly WeborderActor[] = ['helpdesk', 'system'];

/**
 * Whether `actor` may move a weborder from `from` to `to`. `errorFrom` is the state a weborder in Foutmelding
 * came from: solving it returns there and nowhere else.
 */
export function canTransition(
  from: WeborderStatus,
  to: WeborderStatus,
  actor: WeborderActor,
  errorFrom: WeborderStatus | null = null,
): boolean {
  if (to === 'error') return openWeborderStatuses.includes(from) && errorActors.includes(actor);
  if (from === 'error') return errorFrom !== null && to === errorFrom && openWeborderStatuses.includes(to) && errorActors.includes(actor);
  return moves[from]?.[to]?.includes(actor) ?? false;
}

/** The moves `actor` may make from `from` (for the UI: only these are offered). */
export function allowedTransitions(from: WeborderStatus, actor: WeborderActor, errorFrom: WeborderStatus | null = null): WeborderStatus[] {
  return weborderStatuses.filter((to) => to !== from && canTransition(from, to, actor, errorFrom));
}

/** Moves that need a text: a reason to reject, a message for a Foutmelding. */
export function transitionNeedsReason(to: WeborderStatus): boolean {
  return to === 'rejected' || to === 'error';
}
