import { asciiLower, femaleFirstNames, maleFirstNames, surnames } from './names';
import type { SeedContext } from './context';

interface Surname {
  tv: string;
  name: string;
  /** "devries": tussenvoegsel and name in lower-case ASCII, for usernames and e-mail. */
  ascii: string;
}
interface FirstName {
  name: string;
  ascii: string;
}

// Precomputed once: normalising names per row would cost more than the inserts.
const SURNAMES: readonly Surname[] = surnames.map(([tv, name]) => ({ tv, name, ascii: asciiLower(tv + name) }));
const MALE: readonly FirstName[] = maleFirstNames.map((n) => ({ name: n, ascii: asciiLower(n) }));
const FEMALE: readonly FirstName[] = femaleFirstNames.map((n) => ({ name: n, ascii: asciiLower(n) }));
const INITIAL_LETTERS = 'ABCDEGHJKLMNPRSTW';

export interface Person {
  role: string;
  gender: string;
  first: FirstName;
  surname: Surname;
  initials: string;
  birthOffset: number;
}

function newPerson(ctx: SeedContext, role: string, gender: string, surname: Surname, ageYears: number): Person {
  const { rng } = ctx;
  const first = gender === 'M' || (gender === 'X' && rng.chance(0.5)) ? rng.pick(MALE) : rng.pick(FEMALE);
  let initials = `${first.name.charAt(0)}.`;
  const extra = rng.weighted([[0, 55], [1, 30], [2, 15]] as const);
  for (let i = 0; i < extra; i++) initials += `${INITIAL_LETTERS.charAt(rng.int(0, INITIAL_LETTERS.length - 1))}.`;
  const birthOffset = -Math.floor(ageYears * 365.25) - rng.int(0, 364);
  return { role, gender, first, surname, initials, birthOffset };
}

function gender(ctx: SeedContext): string {
  const r = ctx.rng.next();
  return r < 0.495 ? 'M' : r < 0.99 ? 'V' : 'X';
}

function opposite(ctx: SeedContext, g: string): string {
  if (ctx.rng.chance(0.08)) return g;
  return g === 'M' ? 'V' : 'M';
}

/**
 * The household's persons, contract holders first (CONTRACTANT, then MEDEHUURDER), as the
 * portal shows them. `size` counts the people living there; a bewindvoerder comes on top.
 */
export function makePersons(ctx: SeedContext, size: number, minAge = 20): Person[] {
  const { rng } = ctx;
  const main = rng.pick(SURNAMES);
  const age = Math.max(minAge, rng.weighted([[rng.int(20, 34), 25], [rng.int(35, 64), 45], [rng.int(65, 92), 30]] as const));
  const g = gender(ctx);
  const contractant = newPerson(ctx, 'CONTRACTANT', g, main, age);
  const out: Person[] = [contractant];
  let partnerSurname: Surname | null = null;
  if (size >= 2) {
    const role = rng.weighted([['PARTNER', 45], ['MEDEHUURDER', 35], ['INWONEND', 20]] as const);
    if (role === 'INWONEND') {
      // An adult child or parent living in.
      const older = age < 50 && rng.chance(0.4);
      const otherAge = older ? age + rng.int(20, 30) : Math.max(18, age - rng.int(18, 30));
      out.push(newPerson(ctx, role, gender(ctx), rng.chance(0.7) ? main : rng.pick(SURNAMES), Math.max(18, otherAge)));
    } else {
      partnerSurname = rng.chance(0.8) ? rng.pick(SURNAMES) : main;
      const pAge = Math.max(18, age + rng.int(-6, 6));
      out.push(newPerson(ctx, role, opposite(ctx, g), partnerSurname, pAge));
    }
  }
  // Children were born when the contractant was 18–45; older ones living in are INWONEND.
  const kidMin = Math.max(0, age - 45);
  const kidMax = Math.min(25, age - 18);
  for (let i = 2; i < size; i++) {
    const s = partnerSurname && rng.chance(0.3) ? partnerSurname : main;
    if (kidMin <= kidMax && rng.chance(0.9)) {
      out.push(newPerson(ctx, 'KIND', gender(ctx), s, rng.int(kidMin, kidMax)));
    } else if (age >= 45 && rng.chance(0.7)) {
      out.push(newPerson(ctx, 'INWONEND', gender(ctx), s, rng.int(Math.max(18, age - 45), age - 18)));
    } else {
      out.push(newPerson(ctx, 'INWONEND', gender(ctx), rng.pick(SURNAMES), rng.int(18, 80)));
    }
  }
  if (rng.chance(0.015)) out.push(newPerson(ctx, 'BEWINDVOERDER', gender(ctx), rng.pick(SURNAMES), rng.int(30, 65)));
  // Only the second person can be a MEDEHUURDER, so contract holders already come first.
  return out;
}

/** "J.M. de Vries" */
export function displayName(p: Person): string {
  return p.surname.tv ? `${p.initials} ${p.surname.tv} ${p.surname.name}` : `${p.initials} ${p.surname.name}`;
}

export function writePersons(ctx: SeedContext, householdId: number, persons: readonly Person[], email: string, phone: string): void {
  const w = ctx.w.persons;
  for (let i = 0; i < persons.length; i++) {
    const p = persons[i] as Person;
    const main = i === 0;
    w.add(
      householdId,
      p.role,
      p.initials,
      p.first.name,
      p.surname.tv,
      p.surname.name,
      ctx.days.date(p.birthOffset),
      p.gender,
      main ? email : '',
      main ? phone : '',
    );
  }
}
