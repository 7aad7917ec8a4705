import { weborderTotalCents } from '../../shared/domain/weborderMoney';
import type { WeborderStatus } from '../../shared/domain/weborderStatus';
import { ledgerLinesFor } from '../weborders/ledger';
import type { Store } from '../db/connection';
import { nlIban } from './iban';
import { femaleFirstNames, maleFirstNames, surnames } from './names';
import { cities, banks } from './places';
import { Rng } from './random';
import { weborderSeedTarget } from './weborderTarget';

// The cultural-card back office's demo data: partners (most active, a few applications under review — some
// overdue —, rejected and closed ones), schools with their budget holder (5001 is seed 000's "De school van
// CJP" with Jennet Sintenie), about one weborder per ten households in every state with its history and, for
// paid ones, its three ledger lines, and teachers' requests. Deterministic for (households, seed, now).

const DAY = 24 * 60 * 60 * 1000;

const kinds = ['Theater', 'Museum', 'Filmhuis', 'Poppodium', 'Orkest', 'Dansgezelschap', 'Kunstcentrum', 'Stadsschouwburg', 'Erfgoedhuis', 'Muziekcentrum'] as const;
const events = [
  'CKV Dag', 'Voorstelling Hamlet', 'Rondleiding Gouden Eeuw', 'Workshop filmmaken', 'Concert voor scholen', 'Dansworkshop hiphop',
  'Tentoonstelling moderne kunst', 'Poëzievoorstelling', 'Musical matinee', 'Erfgoedwandeling', 'Theaterles improvisatie', 'Jazz op school',
] as const;
const grades = ['1', '2', '3', '4', '5', '6'] as const;
const levels = ['PRO', 'VMBO', 'HAVO', 'VWO', 'MBO'] as const;
const schoolKinds = ['College', 'Lyceum', 'Scholengemeenschap', 'Gymnasium', 'Vakcollege', 'Montessori College'] as const;
const rejectReasons = ['Activiteit valt buiten het aanbod', 'Budget van de school is op', 'Dubbele weborder', 'Datum klopt niet'] as const;
const errorMessages = ['Betaling geweigerd door de bank', 'Schoolnummer niet gekoppeld aan budget', 'Factuur kon niet worden aangemaakt'] as const;

/** Share of weborders per state (every state shows up, also in a small seed). */
const stateWeights: readonly (readonly [WeborderStatus, number])[] = [
  ['pending', 20],
  ['budget_approved', 20],
  ['cjp_approved', 10],
  ['paid', 40],
  ['rejected', 7],
  ['error', 3],
];

export interface WeborderSeedReport {
  partners: number;
  schools: number;
  weborders: number;
  weborder_history: number;
  ledger_lines: number;
  weborder_requests: number;
  elapsedMs: number;
}

function person(rng: Rng): string {
  const first = rng.chance(0.5) ? rng.pick(maleFirstNames) : rng.pick(femaleFirstNames);
  const [tv, last] = rng.pick(surnames);
  return [first, tv, last].filter(Boolean).join(' ');
}

/**
 * Fills the weborder tables of an empty store, on either engine (weborderTarget.ts: SQLite multi-row INSERTs,
 * PostgreSQL one INSERT … FROM unnest per table per chunk). The rows do not depend on the engine.
 */
export async function seedWeborders(store: Store, opts: { households: number; seed: number; now: Date }): Promise<WeborderSeedReport> {
  const started = performance.now();
  const rng = new Rng(opts.seed);
  rng.reseed(opts.seed, 0x5eed_0011);
  const nowMs = opts.now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const partnerCount = Math.max(12, Math.round(opts.households / 5000));
  const schoolCount = Math.max(20, Math.round(opts.households / 1000));
  const weborderCount = Math.max(60, Math.round(opts.households / 10));
  const requestCount = Math.max(12, Math.round(opts.households / 2000));

  const target = weborderSeedTarget(store);
  // Made in foreign-key order (parents first): PostgreSQL writes a chunk's tables in this order.
  const partners = target.rows('partners', [
    'id', 'name', 'status', 'applied_at', 'decided_at', 'decided_by', 'rejected_reason', 'offers_cultural_education', 'aimed_at_secondary',
    'made_by_professionals', 'agrees_contribution', 'sells_individual_tickets', 'terms_accepted', 'privacy_accepted', 'contact_first_name',
    'contact_last_name', 'contact_phone', 'contact_function', 'contact_email', 'notification_mails', 'website', 'city', 'description',
    'invoice_street', 'invoice_house_number', 'invoice_addition', 'invoice_postcode', 'invoice_city', 'iban', 'iban_account_name', 'vat_number',
    'kvk_number', 'finance_email', 'created_at', 'updated_at', 'version',
  ]);
  const schools = target.rows('schools', ['id', 'school_number', 'name', 'city', 'budget_holder_name', 'budget_holder_email']);
  const weborders = target.rows('weborders', [
    'id', 'order_date', 'name', 'status', 'partner_id', 'school_id', 'school_number', 'budget_holder', 'grade', 'teacher', 'students', 'teachers',
    'persons', 'event', 'desired_at', 'ticket_price_cents', 'package_price_cents', 'total_cents', 'rejected_reason', 'error_message',
    'error_from_status', 'request_id', 'created_by', 'paid_at', 'created_at', 'updated_at', 'version',
  ]);
  const history = target.rows('weborder_history', ['weborder_id', 'at', 'actor', 'actor_name', 'staff_id', 'from_status', 'to_status', 'reason']);
  const ledger = target.rows('ledger_lines', ['partner_id', 'weborder_id', 'at', 'kind', 'description', 'debit_cents', 'credit_cents']);
  const requests = target.rows('weborder_requests', [
    'created_at', 'partner_id', 'school_id', 'teacher_name', 'teacher_email', 'teacher_phone', 'grade', 'level', 'event', 'desired_at',
    'students', 'teachers', 'remark', 'status', 'weborder_id', 'version',
  ]);

  // Partners: the last few are applications (two overdue, two fresh), rejected and closed; the rest active.
  const partnerStatus = (id: number): 'active' | 'applied' | 'rejected' | 'closed' => {
    const fromEnd = partnerCount - id;
    if (fromEnd < 4) return 'applied';
    if (fromEnd < 6) return 'rejected';
    if (fromEnd < 8) return 'closed';
    return 'active';
  };
  const activeIds: number[] = [];
  const activeWeights: number[] = [];
  const schoolMeta: { name: string; city: string }[] = [];
  // The budget holder of each school (by id), copied onto its weborders.
  const holders: string[] = [];
  await target.chunk(() => {
    for (let id = 1; id <= partnerCount; id++) {
      const status = partnerStatus(id);
      const city = rng.pick(cities).name;
      const name = `${rng.pick(kinds)} ${city}${id > kinds.length ? ` ${id}` : ''}`;
      const [first, ...rest] = person(rng).split(' ');
      const appliedDaysAgo = status === 'applied' ? [1, 3, 9, 12][partnerCount - id] ?? 2 : rng.int(60, 2000);
      const appliedAt = iso(nowMs - appliedDaysAgo * DAY - rng.int(0, 8 * 3600) * 1000);
      const decidedAt = status === 'applied' ? null : iso(Date.parse(appliedAt) + rng.int(1, 6) * DAY);
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const yes = status === 'rejected' ? 0 : 1;
      partners.add(
        id, name, status, appliedAt, decidedAt, decidedAt ? 'Helpdesk CJP' : null, status === 'rejected' ? 'Geen cultureel educatief aanbod voor het voortgezet onderwijs' : null,
        1, yes, 1, 1, rng.chance(0.8) ? 1 : 0, 1, 1,
        first ?? 'Jennet', rest.join(' ') || 'Sintenie', `020${rng.digits(7)}`, rng.pick(['hoofd educatie', 'medewerker educatie', 'directeur', '']),
        `educatie@${slug}.nl`, rng.chance(0.8) ? 1 : 0, `https://www.${slug}.nl`, city, `Cultureel educatief aanbod van ${name} voor middelbare scholieren en MBO-studenten.`,
        'Kerkstraat', String(rng.int(1, 200)), '', `${rng.int(1000, 9999)} ${rng.pick(['AB', 'CD', 'EK', 'GH', 'LM'])}`, city,
        nlIban(rng.pick(banks), rng.digits(10)), `Stichting ${name}`, `NL${rng.digits(9)}B01`, rng.digits(8), `financien@${slug}.nl`,
        appliedAt, decidedAt ?? appliedAt, 1,
      );
      if (status === 'active') {
        activeIds.push(id);
        // Skewed like real life: a few large institutions sell most (partner 1 the largest).
        activeWeights.push(1 / Math.pow(activeIds.length, 0.9));
      }
    }
    for (let id = 1; id <= schoolCount; id++) {
      const city = rng.pick(cities).name;
      const name = id === 1 ? 'De school van CJP' : `${rng.pick(['Het', 'De', 'Sint', 'Openbaar'])} ${rng.pick(surnames)[1]} ${rng.pick(schoolKinds)}`;
      const holder = id === 1 ? 'Jennet Sintenie' : person(rng);
      schoolMeta.push({ name, city: id === 1 ? 'Amsterdam' : city });
      holders.push(holder);
      schools.add(id, String(5000 + id), name, id === 1 ? 'Amsterdam' : city, holder, `${holder.toLowerCase().replace(/[^a-z]+/g, '.')}@school${id}.nl`);
    }
  });

  // Cumulative weights for a quick weighted pick.
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of activeWeights) cumulative.push((sum += w));
  const pickPartner = (r: number): number => {
    const x = r * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return activeIds[lo] as number;
  };

  // The three moments after creation, in order; a weborder's later steps never lie in the future.
  // A weborder's history rows are buffered before the weborder row itself: consistent by construction, so the
  // load runs without foreign-key checks and secondary indexes (built once at the end).
  const restore = await target.bulk(['weborders', 'weborder_history', 'ledger_lines']);
  try {
    const CHUNK = 20_000;
    for (let start = 1; start <= weborderCount; start += CHUNK) {
      const end = Math.min(weborderCount, start + CHUNK - 1);
      await target.range(start, end, (id) => {
        rng.reseed(opts.seed, 0x0b00_0000 + id);
        const status = rng.weighted(stateWeights);
        const partnerId = pickPartner(rng.next());
        const schoolId = id <= 3 ? 1 : rng.int(1, schoolCount);
        const school = schoolMeta[schoolId - 1] as { name: string; city: string };
        // Newer ids are newer orders: spread over two years, the open ones mostly recent.
        const ageDays = status === 'pending' || status === 'budget_approved' ? rng.int(0, 30) : rng.int(3, 730);
        const orderMs = nowMs - ageDays * DAY - rng.int(0, 86_399) * 1000;
        // During school hours: 08:00–14:30 UTC on a day 1–60 days after the order.
        const desiredMs = Math.floor(orderMs / DAY + rng.int(1, 60)) * DAY + (16 + rng.int(0, 13)) * 30 * 60_000;
        const students = rng.int(1, 32);
        const teachers = rng.int(0, 3);
        const pkg = rng.chance(0.2) ? rng.int(100, 1500) * 100 : null;
        const ticket = pkg === null ? rng.int(2, 60) * 25 : null;
        const total = weborderTotalCents({ ticketPriceCents: ticket, packagePriceCents: pkg, students, teachers });
        const event = rng.pick(events);
        const orderAt = iso(orderMs);
        const step = (n: number) => iso(Math.min(nowMs - 60_000, orderMs + n * rng.int(1, 3) * DAY));
        const errorFrom: WeborderStatus | null = status === 'error' ? rng.pick(['pending', 'budget_approved', 'cjp_approved'] as const) : null;
        const rejectedReason = status === 'rejected' ? rng.pick(rejectReasons) : null;
        const errorMessage = status === 'error' ? rng.pick(errorMessages) : null;
        const teacher = person(rng);
        const holder = holders[schoolId - 1] as string;
        // Path through the machine to the final state.
        const reached: WeborderStatus = status === 'error' ? (errorFrom as WeborderStatus) : status === 'rejected' ? (rng.chance(0.6) ? 'pending' : 'budget_approved') : status;
        const path: WeborderStatus[] = ['pending'];
        if (reached !== 'pending') path.push('budget_approved');
        if (reached === 'cjp_approved' || reached === 'paid') path.push('cjp_approved');
        if (reached === 'paid') path.push('paid');
        history.add(id, orderAt, 'partner', `Contactpersoon partner ${partnerId}`, null, null, 'pending', null);
        let last = orderAt;
        for (let i = 1; i < path.length; i++) {
          const to = path[i] as WeborderStatus;
          last = step(i);
          const actor = to === 'budget_approved' ? 'school' : to === 'cjp_approved' ? 'helpdesk' : 'system';
          history.add(id, last, actor, actor === 'school' ? holder : actor === 'helpdesk' ? 'Helpdesk CJP' : 'Uitbetaling', null, path[i - 1] as WeborderStatus, to, null);
        }
        if (status === 'rejected' || status === 'error') {
          const from = path[path.length - 1] as WeborderStatus;
          last = step(path.length);
          const actor = status === 'rejected' ? (from === 'pending' ? rng.pick(['school', 'partner', 'helpdesk'] as const) : 'helpdesk') : 'system';
          history.add(id, last, actor, actor === 'school' ? holder : actor === 'helpdesk' ? 'Helpdesk CJP' : actor === 'partner' ? `Contactpersoon partner ${partnerId}` : 'Systeem', null, from, status, rejectedReason ?? errorMessage);
        }
        const paidAt = status === 'paid' ? last : null;
        weborders.add(
          id, orderAt, `${event} ${grades[id % grades.length]}e klas`, status, partnerId, schoolId, String(5000 + schoolId), holder,
          rng.pick(grades), teacher, students, teachers, students + teachers, event, iso(desiredMs), ticket, pkg, total,
          rejectedReason, errorMessage, errorFrom, null, `Contactpersoon partner ${partnerId}`, paidAt, orderAt, last, path.length,
        );
        if (paidAt) {
          for (const l of ledgerLinesFor({ id, partnerId, totalCents: total, desiredAt: iso(desiredMs), schoolName: school.name, schoolCity: school.city }, paidAt)) {
            ledger.add(l.partner_id, l.weborder_id, l.at, l.kind, l.description, l.debit_cents, l.credit_cents);
          }
        }
      });
    }
    await target.chunk(() => {
      for (let i = 1; i <= requestCount; i++) {
        rng.reseed(opts.seed, 0x0c00_0000 + i);
        const partnerId = pickPartner(rng.next());
        const schoolId = i === 1 ? 1 : rng.int(1, schoolCount);
        const createdMs = nowMs - rng.int(0, 14 * 24 * 60) * 60_000;
        const teacher = i === 1 ? 'Jennet Sintenie' : person(rng);
        requests.add(
          iso(createdMs), partnerId, schoolId, teacher, `${teacher.toLowerCase().replace(/[^a-z]+/g, '.')}@school${schoolId}.nl`, `06${rng.digits(8)}`,
          rng.pick(grades), rng.pick(levels), rng.pick(events), iso(Math.floor(createdMs / DAY + rng.int(7, 60)) * DAY + (16 + rng.int(0, 13)) * 1_800_000),
          rng.int(5, 30), rng.int(1, 3), rng.chance(0.5) ? 'Graag in de ochtend; wij komen met de bus.' : '', 'open', null, 1,
        );
      }
    });
  } finally {
    await restore();
  }
  await target.end(['partners', 'schools', 'weborders']);
  return {
    partners: partners.count,
    schools: schools.count,
    weborders: weborders.count,
    weborder_history: history.count,
    ledger_lines: ledger.count,
    weborder_requests: requests.count,
    elapsedMs: Math.round(performance.now() - started),
  };
}
