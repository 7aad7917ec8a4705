import type { SeedContext } from './context';
import { erpStaffNames, interactionTemplates, repairItems } from './reference';
import type { InteractionTemplate } from './reference';

const TEMPLATE_TABLE: readonly InteractionTemplate[] = interactionTemplates.flatMap((t) =>
  Array.from({ length: t.weight }, () => t),
);

/** A time on day `off` that is never later than now. */
function timeOn(ctx: SeedContext, off: number, from = 8 * 3600, to = 20 * 3600): string {
  const { rng, days } = ctx;
  if (off === 0) return days.at(0, rng.int(0, days.secondOfToday));
  return days.at(off, rng.int(from, to));
}

/** Repair requests: open, planned and closed, reported within the last two years (or `spanDays`). */
export function writeRepairs(ctx: SeedContext, householdId: number, count: number, spanDays = 730): void {
  const { rng, days, w } = ctx;
  for (let i = 0; i < count; i++) {
    const [location, description] = rng.pick(repairItems);
    const reported = -rng.int(0, spanDays);
    const recent = reported > -21;
    const status = recent
      ? rng.weighted([['open', 45], ['ingepland', 40], ['afgehandeld', 15]] as const)
      : rng.chance(0.97) ? 'afgehandeld' : 'ingepland';
    let appointment: string | null = null;
    let closed: string | null = null;
    if (status === 'ingepland') appointment = days.at(rng.int(1, 21), rng.pick([8, 10, 13, 15] as const) * 3600);
    if (status === 'afgehandeld') {
      const c = Math.min(0, reported + rng.int(1, 30));
      closed = timeOn(ctx, c, 9 * 3600, 17 * 3600);
    }
    const number = `RV-${String(ctx.next.repair++).padStart(8, '0')}`;
    w.repair_requests.add(householdId, number, timeOn(ctx, reported), location, description, status, appointment, closed);
  }
}

/** Timeline entries: the account's creation plus `count` portal, phone, counter and mail contacts. */
export function writeInteractions(
  ctx: SeedContext,
  householdId: number,
  count: number,
  account: { createdOffset: number; createdSecond: number } | null,
  spanDays = 1000,
): void {
  const { rng, days, w } = ctx;
  if (account) {
    w.interactions.add(
      householdId, days.at(account.createdOffset, account.createdSecond), 'CP_ACCOUNT_CREATED', 'portaal',
      'Account aangemaakt op het Klantportaal', null, null, 1,
    );
  }
  for (let i = 0; i < count; i++) {
    const t = rng.pick(TEMPLATE_TABLE);
    w.interactions.add(
      householdId, timeOn(ctx, -rng.int(0, spanDays)), t.template, t.channel, t.description, null,
      t.byStaff ? rng.pick(erpStaffNames) : null, t.showInPortal ? 1 : 0,
    );
  }
}

/** Documents: the tenancy agreement, rent letters, service-cost statements. */
export function writeDocuments(
  ctx: SeedContext,
  householdId: number,
  startOffset: number,
  yearsOfLetters: number,
  hasServiceCosts: boolean,
  hasArrangement: boolean,
): void {
  const { rng, days, w } = ctx;
  w.documents.add(householdId, 'Huurovereenkomst', days.date(startOffset), 'huurovereenkomst', 1);
  const thisYear = days.now.getUTCFullYear();
  // The yearly rent letter goes out in May for 1 July; this year's only once May is here.
  const lastLetterYear = days.now.getUTCMonth() >= 4 ? thisYear : thisYear - 1;
  for (let k = 0; k < yearsOfLetters; k++) {
    const y = lastLetterYear - k;
    const off = -Math.floor((days.now.getTime() - Date.UTC(y, 4, rng.int(1, 20))) / 86_400_000);
    if (off < startOffset) break;
    w.documents.add(householdId, `Jaarlijkse huuraanpassing ${y}`, days.date(off), 'brief', 1);
    if (hasServiceCosts && rng.chance(0.8)) {
      const so = -Math.floor((days.now.getTime() - Date.UTC(y, 5, rng.int(1, 28))) / 86_400_000);
      if (so <= 0) w.documents.add(householdId, `Jaarafrekening servicekosten ${y - 1}`, days.date(so), 'jaarafrekening', 1);
    }
  }
  if (hasArrangement) w.documents.add(householdId, 'Bevestiging betalingsregeling', days.date(-rng.int(0, 60)), 'brief', 1);
  if (rng.chance(0.03)) w.documents.add(householdId, 'Interne notitie woonconsulent', days.date(-rng.int(0, 700)), 'notitie', 0);
}
