import { cities, emailDomains, houseNumberAdditions, postcodeSuffixes, streets } from './places';
import type { City } from './places';
import type { Person } from './people';
import type { Rng } from './random';

// A city pick table in proportion to the weights: one array index per pick, no loop per row.
const CITY_TABLE: readonly City[] = cities.flatMap((c) => Array.from({ length: c.weight }, () => c));

export interface Address {
  street: string;
  houseNumber: number;
  addition: string;
  postcode: string;
  city: string;
  area: string;
}

export function makeAddress(rng: Rng): Address {
  const city = rng.pick(CITY_TABLE);
  const houseNumber = rng.chance(0.7) ? rng.int(1, 60) : rng.int(61, 320);
  return {
    street: rng.pick(streets),
    houseNumber,
    addition: rng.chance(0.12) ? rng.pick(houseNumberAdditions) : '',
    postcode: `${rng.int(city.pcFrom, city.pcTo)} ${rng.pick(postcodeSuffixes)}`,
    city: city.name,
    area: city.area,
  };
}

/** Dutch phone numbers in the formats tenants type (all pass the portal's rule: 10 digits, ≤1 '-', ≤1 bracket pair). */
export function makePhone(rng: Rng, area: string): string {
  if (rng.chance(0.08)) return '';
  if (rng.chance(0.62)) {
    const rest = `${rng.int(1, 9)}${rng.digits(7)}`;
    const f = rng.int(0, 2);
    return f === 0 ? `06-${rest}` : f === 1 ? `06 ${rest}` : `06${rest}`;
  }
  const local = `${rng.int(2, 9)}${rng.digits(8 - area.length)}`;
  const f = rng.int(0, 2);
  return f === 0 ? `(0${area}) ${local}` : f === 1 ? `0${area}-${local}` : `0${area} ${local}`;
}

/** Realistic addresses derived from the contractant's name; `invalid` gives the typo cases. */
export function makeEmail(rng: Rng, p: Person, invalid: boolean): string {
  const f = p.first.ascii;
  const s = p.surname.ascii;
  let local: string;
  switch (rng.int(0, 5)) {
    case 0: local = `${f}.${s}`; break;
    case 1: local = `${p.initials.charAt(0).toLowerCase()}${s}`; break;
    case 2: local = `${f}${s}${rng.int(10, 99)}`; break;
    case 3: local = `${f}_${s}`; break;
    case 4: local = `${s}.${f}`; break;
    default: local = `${f}${rng.int(1, 999)}`; break;
  }
  const domain = rng.weighted(emailDomains);
  if (!invalid) return `${local}@${domain}`;
  // The "ongeldige e-mailspecificatie" cases seen in real tenant data.
  switch (rng.int(0, 4)) {
    case 0: return `${local}@@${domain}`;
    case 1: return `${local}@${domain.slice(0, domain.lastIndexOf('.'))}`;
    case 2: return `${p.first.ascii} ${s}@${domain}`;
    case 3: return `${local}.${domain}`;
    default: return `${local}@${domain.replace('.', '..')}`;
  }
}

/** Unambiguous alphabet (no 0/O, 1/I/L): codes are typed over from a letter. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function makeActivationCode(rng: Rng): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET.charAt(Math.floor(rng.next() * CODE_ALPHABET.length));
  return s;
}

/** "jdevries12"; digits grow until the name is free, so usernames stay unique. */
export function makeUsername(rng: Rng, p: Person, taken: Set<string>): string {
  const base = rng.chance(0.75)
    ? `${p.initials.replace(/\./g, '').toLowerCase()}${p.surname.ascii}`
    : `${p.first.ascii}${p.surname.ascii}`;
  for (let digits = 2; ; digits++) {
    for (let attempt = 0; attempt < 4; attempt++) {
      const u = `${base}${rng.int(digits === 2 ? 10 : 10 ** (digits - 1), 10 ** digits - 1)}`;
      if (!taken.has(u)) {
        taken.add(u);
        return u;
      }
    }
  }
}
