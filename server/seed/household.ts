import { pickAccountState, writeAccount, writeAccountRequest } from './accounts';
import type { AccountState } from './accounts';
import { makeActivationCode, makeAddress, makeEmail, makePhone } from './contact';
import type { SeedContext } from './context';
import { writeArrangements, writeInvoices } from './finance';
import { displayName, makePersons, writePersons } from './people';
import type { Person } from './people';
import { writeTenancy } from './tenancy';
import { writeDocuments, writeInteractions, writeRepairs } from './timeline';

export interface HouseholdProfile {
  /** Months of rent invoices (3 normally, 120 for the benchmark household). */
  months: number;
  /** Force a confirmed account (the benchmark household). */
  confirmedAccount: boolean;
  /** Fixed numbers of repairs and interactions; random (0–4) when absent. */
  repairs?: number;
  interactions?: number;
}

export const NORMAL: HouseholdProfile = { months: 3, confirmedAccount: false };
/** The benchmark household: ten years of invoices and payments and a long timeline. */
export const LONG_HISTORY: HouseholdProfile = { months: 120, confirmedAccount: true, repairs: 40, interactions: 150 };

/** Generates every row of one household. The caller reseeds ctx.rng for this household first. */
export function writeHousehold(ctx: SeedContext, id: number, customerNumber: string, profile: HouseholdProfile): void {
  const { rng, days, w } = ctx;
  const size = rng.weighted([[1, 30], [2, 30], [3, 17], [4, 14], [5, 9]] as const);
  const longTenancy = profile.months > 12;
  const persons = makePersons(ctx, size, longTenancy ? 35 : 20);
  const contractant = persons[0] as Person;
  const ageDays = -contractant.birthOffset;
  // Tenancy began after the contractant turned 18, at least four months ago (ten years for the benchmark).
  const minStart = longTenancy ? 3700 : 120;
  const startOffset = -rng.int(minStart, Math.max(minStart, Math.min(ageDays - 18 * 366, 45 * 365)));
  const addr = makeAddress(rng);
  // About 8% receive mail elsewhere (a bewindvoerder's office, a second address).
  const corr = rng.chance(0.08) ? makeAddress(rng) : addr;
  const phone = makePhone(rng, addr.area);

  // E-mail first decides whether an account is possible; 66% of those with an address have one (≈60% overall).
  const hasEmail = profile.confirmedAccount || rng.chance(0.91);
  const wantsAccount = hasEmail && (profile.confirmedAccount || rng.chance(0.66));
  const state: AccountState | null = wantsAccount ? (profile.confirmedAccount ? 'confirmed' : pickAccountState(ctx)) : null;
  // Households with an account show the invalid-address case through their account; a few others too.
  const invalid = state === 'invalid_email' || (state === null && hasEmail && rng.chance(0.006));
  const email = hasEmail ? makeEmail(rng, contractant, invalid) : '';

  const erpStatus = state === null ? 'not_created' : state === 'unconfirmed' ? 'created_not_activated' : 'activated';
  // Households without an active account keep a code for the letter; an activated account used it up.
  const withCode = erpStatus !== 'activated';
  const codeOffset = -rng.int(1, 400);
  const code = withCode ? makeActivationCode(rng) : null;
  const codeAt = withCode ? days.at(codeOffset, rng.int(6 * 3600, 18 * 3600)) : null;
  writePersons(ctx, id, persons, email, phone);

  let account: { createdOffset: number; createdSecond: number; erpSentAt: string } | null = null;
  if (state !== null) account = writeAccount(ctx, customerNumber, contractant, email, state, Math.min(-startOffset, 3000));
  else if (rng.chance(0.05)) writeAccountRequest(ctx, customerNumber, contractant, email || makeEmail(rng, contractant, false));
  // Written after the account (the same draws in the same order): the ERP heard of the account when it was made.
  w.households.add(
    id, customerNumber, displayName(contractant), phone, email,
    corr.street, corr.houseNumber, corr.addition, corr.postcode, corr.city,
    code, codeAt, erpStatus, account?.erpSentAt ?? null,
  );

  const tenancy = writeTenancy(ctx, id, addr, startOffset, rng.chance(0.03));
  const arrears = rng.chance(0.05) ? rng.int(1, 3) : 0;
  const open = writeInvoices(ctx, id, customerNumber, tenancy, profile.months, arrears);
  const hasArrangement = writeArrangements(ctx, id, open.openCents, open.firstOpenOffset);

  const span = longTenancy ? 3650 : 730;
  const repairs = profile.repairs ?? rng.weighted([[0, 45], [1, 30], [2, 15], [3, 10]] as const);
  const contacts = profile.interactions ?? rng.weighted([[0, 25], [1, 30], [2, 22], [3, 13], [4, 10]] as const);
  writeRepairs(ctx, id, repairs, span);
  writeInteractions(ctx, id, contacts, account, span + 270);
  writeDocuments(ctx, id, startOffset, longTenancy ? 10 : rng.int(1, 2), tenancy.hasServiceCosts, hasArrangement);
}
