import type { Address } from './contact';
import type { SeedContext } from './context';
import { energyIndexFor, wozReferenceDate, wozValueCentsFor } from './dwellingValues';
import { nlIban } from './iban';
import { banks } from './places';
import { dwellingTypes, energyLabels, energyPoints, extraUnitTypes, paymentMethods, wwsCategories } from './reference';
import type { DwellingType } from './reference';

const DWELLING_TABLE: readonly DwellingType[] = dwellingTypes.flatMap((d) => Array.from({ length: d.weight }, () => d));

export interface Tenancy {
  /** Rent a month over all contracts, in cents. */
  monthlyCents: number;
  paymentMethod: string;
  /** Days from today on which the (first) contract started. */
  startOffset: number;
  hasServiceCosts: boolean;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * One dwelling contract (plus, for about 3%, a garage, parking place or storage) with WWS points
 * and rent components. `startOffset` is when the tenancy began (days from today, negative).
 */
export function writeTenancy(ctx: SeedContext, householdId: number, addr: Address, startOffset: number, extraUnit: boolean): Tenancy {
  const { rng, w, days } = ctx;
  const type = rng.pick(DWELLING_TABLE);
  const rooms = rng.int(type.rooms[0], type.rooms[1]);
  const surface = rng.int(type.surface[0], type.surface[1]);
  const year = rng.int(type.years[0], type.years[1]);
  const label = year > 2015 ? rng.pick(['A', 'A+', 'A++', 'A+++'] as const) : rng.weighted(energyLabels);
  const method = rng.weighted(paymentMethods);
  const iban = method === 'acceptgiro' && rng.chance(0.6) ? '' : nlIban(rng.pick(banks), rng.digits(10));
  const contractId = ctx.next.contract++;
  const wozDate = wozReferenceDate(days.now);
  w.contracts.add(
    contractId, householdId, `HC-${String(contractId).padStart(7, '0')}`, days.date(startOffset), null,
    addr.street, addr.houseNumber, addr.addition, addr.postcode, addr.city,
    type.name, rooms, surface, year, label, method, iban,
    wozValueCentsFor(contractId, type.name, surface, year), wozDate, energyIndexFor(contractId, label),
  );

  const flat = type.name !== 'Eengezinswoning' && type.name !== 'Benedenwoning';
  const points = [
    Math.round(surface * 0.85),
    round1(rng.int(2, 20) * 0.75),
    rooms * 2 + rng.int(0, 4),
    energyPoints[label] ?? 0,
    rng.int(4, 12),
    rng.int(4, 16),
    flat ? rng.int(-5, 6) : rng.int(2, 12),
    round1(20 + rng.next() * 60),
  ];
  let total = 0;
  for (let i = 0; i < wwsCategories.length; i++) {
    const pts = points[i] as number;
    total += pts;
    w.valuation_items.add(contractId, wwsCategories[i] as string, pts);
  }

  // Social rent follows the points (about €3.90 a point), capped just under the liberalisation limit.
  const net = Math.min(87_966, Math.round((total * 3.9 + rng.int(-30, 30)) * 100) + rng.int(0, 99));
  let monthly = net;
  w.rent_components.add(contractId, 'Netto huur', net);
  const service = flat ? rng.int(1500, 6500) : rng.chance(0.3) ? rng.int(300, 1200) : 0;
  if (service > 0) {
    w.rent_components.add(contractId, 'Servicekosten', service);
    monthly += service;
  }
  if (rng.chance(type.collectiveHeating)) {
    const heat = rng.int(3500, 9500);
    w.rent_components.add(contractId, 'Stookkosten', heat);
    monthly += heat;
  }
  if (flat && rng.chance(0.5)) {
    const clean = rng.int(800, 2200);
    w.rent_components.add(contractId, 'Schoonmaakkosten algemene ruimten', clean);
    monthly += clean;
  }
  if (rng.chance(0.4)) {
    w.rent_components.add(contractId, 'Glasfonds', 145);
    monthly += 145;
  }

  if (extraUnit) {
    const unit = rng.pick(extraUnitTypes);
    const unitId = ctx.next.contract++;
    const unitStart = Math.min(-30, startOffset + rng.int(0, 2000));
    // Drawn in the order they always were, so the rest of the demo data stays the same.
    const unitAddition = rng.chance(0.5) ? 'G' : '';
    const unitSurface = unit === 'Parkeerplaats' ? 12 : rng.int(6, 18);
    w.contracts.add(
      unitId, householdId, `HC-${String(unitId).padStart(7, '0')}`, days.date(unitStart), null,
      addr.street, addr.houseNumber, unitAddition, addr.postcode, addr.city,
      unit, 0, unitSurface, year, '-', method, iban,
      wozValueCentsFor(unitId, unit, unitSurface, year), wozDate, energyIndexFor(unitId, '-'),
    );
    const unitRent = unit === 'Parkeerplaats' ? rng.int(3500, 6500) : rng.int(5500, 11000);
    w.rent_components.add(unitId, 'Netto huur', unitRent);
    monthly += unitRent;
  }
  return { monthlyCents: monthly, paymentMethod: method, startOffset, hasServiceCosts: service > 0 };
}
