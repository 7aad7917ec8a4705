import type { Kysely } from 'kysely';
import type { KbDataItem } from '../../shared/domain/kbDataItems';
import { formatDate, formatEuro } from '../../shared/domain/format';
import type { DB } from '../db/schema';

/** One "Volgens onze gegevens …" sentence in both portal languages; null: no data, the portal asks the question. */
export interface DataAnswer {
  nl: string;
  en: string;
}
export type DataAnswers = Record<KbDataItem, DataAnswer | null>;

/** Second contracts are not the home the questions are about (seed: garage, parking place, storage). */
const EXTRA_UNITS = ['Garagebox', 'Parkeerplaats', 'Berging'];

const PAYMENT_METHODS: Record<string, DataAnswer> = {
  automatische_incasso: { nl: 'automatische incasso', en: 'direct debit' },
  acceptgiro: { nl: 'acceptgiro', en: 'giro slip' },
  overboeking: { nl: 'overboeking', en: 'bank transfer' },
};

const DWELLINGS_EN: Record<string, string> = {
  eengezinswoning: 'a house',
  portiekflat: 'a flat',
  galerijflat: 'a flat',
  appartement: 'a flat',
  seniorenwoning: "a senior citizens' home",
  maisonnette: 'a maisonette',
  benedenwoning: 'a ground-floor flat',
  bovenwoning: 'an upper-floor flat',
  studio: 'a studio',
};

const NL = 'Volgens onze gegevens';
const EN = 'According to our records';

/** "1 juni 2027": the long nl-NL date of format.ts without its weekday (the examples in kbDataItems.ts). */
const nlDate = (day: string) => formatDate(day, 'long').replace(/^\S+\s/, '');
const enDateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });
const enDate = (day: string) => enDateFormat.format(new Date(day));
/** "€ 412.50": format.ts's amount with English separators. */
const enEuro = (cents: number) => formatEuro(cents).replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));

/**
 * The answers a household's own data gives to the knowledge base's data items (seed 001 §2.13), from the same
 * rows the customer overview shows: the open balance is the sum of the open invoice amounts, repairs are open
 * until "afgehandeld", the home is the current non-garage contract. null when the household is unknown.
 */
export async function dataAnswersFor(db: Kysely<DB>, customerNumber: string, today: string): Promise<DataAnswers | null> {
  const h = await db.selectFrom('households').select('id').where('customer_number', '=', customerNumber).executeTakeFirst();
  if (!h) return null;
  const [open, arrangement, contracts, holders, repairs] = await Promise.all([
    db.selectFrom('invoices').select((eb) => eb.fn.sum<number | string | null>('open_cents').as('s')).where('household_id', '=', h.id).executeTakeFirst(),
    db
      .selectFrom('payment_arrangements')
      .select('end_date')
      .where('household_id', '=', h.id)
      .where('status', '=', 'lopend')
      .where('end_date', '>=', today)
      .orderBy('end_date', 'desc')
      .executeTakeFirst(),
    db
      .selectFrom('contracts')
      .select(['id', 'end_date', 'dwelling_type', 'payment_method'])
      .where('household_id', '=', h.id)
      .where('dwelling_type', 'not in', EXTRA_UNITS)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', today)]))
      .orderBy('start_date', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    db
      .selectFrom('persons as p')
      .innerJoin('household_roles as r', 'r.code', 'p.role_code')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('p.household_id', '=', h.id)
      .where('r.is_contract_holder', '=', 1)
      .executeTakeFirst(),
    db
      .selectFrom('repair_requests')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('household_id', '=', h.id)
      .where('status', '!=', 'afgehandeld')
      .executeTakeFirst(),
  ]);
  const home = contracts[0];
  const rent = home
    ? await db.selectFrom('rent_components').select((eb) => eb.fn.sum<number | string | null>('amount_cents').as('s')).where('contract_id', '=', home.id).executeTakeFirst()
    : undefined;

  const arrears = Number(open?.s ?? 0);
  const openRepairs = Number(repairs?.n ?? 0);
  // More than one person in a contract-holder role (Contractant, Medehuurder): someone shares the tenancy.
  const coTenant = Number(holders?.n ?? 0) > 1;
  const method = home ? PAYMENT_METHODS[home.payment_method] : undefined;
  const dwelling = home?.dwelling_type.trim().toLowerCase();

  return {
    paymentArrears:
      arrears > 0
        ? { nl: `${NL} heeft u een achterstand van ${formatEuro(arrears)}.`, en: `${EN} you are ${enEuro(arrears)} in arrears.` }
        : { nl: `${NL} heeft u geen achterstand.`, en: `${EN} you have no arrears.` },
    paymentArrangement: arrangement
      ? {
          nl: `${NL} heeft u een betalingsregeling tot ${nlDate(arrangement.end_date)}.`,
          en: `${EN} you have a payment arrangement until ${enDate(arrangement.end_date)}.`,
        }
      : { nl: `${NL} heeft u geen lopende betalingsregeling.`, en: `${EN} you have no running payment arrangement.` },
    paymentMethod: method ? { nl: `${NL} betaalt u de huur via ${method.nl}.`, en: `${EN} you pay the rent by ${method.en}.` } : null,
    monthlyRent:
      rent && Number(rent.s ?? 0) > 0
        ? {
            nl: `${NL} is uw huur ${formatEuro(Number(rent.s))} per maand.`,
            en: `${EN} your rent is ${enEuro(Number(rent.s))} a month.`,
          }
        : null,
    contractEndDate: !home
      ? null
      : home.end_date
        ? { nl: `${NL} eindigt uw huurcontract op ${nlDate(home.end_date)}.`, en: `${EN} your tenancy ends on ${enDate(home.end_date)}.` }
        : { nl: `${NL} is uw huurcontract niet opgezegd.`, en: `${EN} your tenancy has not been ended.` },
    coTenant: coTenant
      ? { nl: `${NL} staat er een medehuurder op uw contract.`, en: `${EN} there is a co-tenant on your tenancy.` }
      : { nl: `${NL} staat er geen medehuurder op uw contract.`, en: `${EN} there is no co-tenant on your tenancy.` },
    dwellingType: dwelling
      ? { nl: `${NL} huurt u een ${dwelling}.`, en: `${EN} you rent ${DWELLINGS_EN[dwelling] ?? `a home of the type "${home?.dwelling_type ?? dwelling}"`}.` }
      : null,
    openRepairRequests:
      openRepairs === 0
        ? { nl: `${NL} heeft u geen openstaande reparatieverzoeken.`, en: `${EN} you have no open repair requests.` }
        : openRepairs === 1
          ? { nl: `${NL} heeft u 1 openstaand reparatieverzoek.`, en: `${EN} you have 1 open repair request.` }
          : { nl: `${NL} heeft u ${openRepairs} openstaande reparatieverzoeken.`, en: `${EN} you have ${openRepairs} open repair requests.` },
  };
}
