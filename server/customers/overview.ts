import type { Selectable } from 'kysely';
import type { AccountRequest } from '../../shared/api/accounts';
import { ErpAccountStatus, type Contact, type Contract, type CustomerOverview, type Invoice, type Person } from '../../shared/api/customers';
import type { DB } from '../db/schema';
import { accountColumns, toAccount, type AccountListRow } from '../accounts/accountRow';
import { toAccountRequest } from '../accounts/accountRequestSearch';
import { notFound } from '../errors';
import type { SqlArg, SqlRunner } from '../db/sqlRunner';

/** The portal names two payment methods, machtiging and acceptgiro; every other method reads "zelf betalen". */
const paymentLabels: Record<string, string> = {
  automatische_incasso: 'Machtiging (automatische incasso)',
  acceptgiro: 'Acceptgiro',
};

type HouseholdRow = Pick<
  Selectable<DB['households']>,
  | 'id'
  | 'customer_number'
  | 'name'
  | 'phone'
  | 'email'
  | 'pending_email'
  | 'corr_street'
  | 'corr_house_number'
  | 'corr_house_number_addition'
  | 'corr_postcode'
  | 'corr_city'
  | 'version'
  | 'erp_account_status'
  | 'erp_account_status_sent_at'
>;

interface PersonRow {
  id: number;
  role_code: string;
  role_description: string;
  is_contract_holder: number;
  use_in_portal: number;
  role_sort: number;
  initials: string;
  first_name: string;
  middle_name: string;
  last_name: string;
  birth_date: string;
  gender: string;
  version: number;
}

/**
 * The customer's view as the routes see it; each database engine brings its own implementation (one per
 * server, made once: it may hold prepared statements).
 */
export interface CustomerOverviewReader {
  /** Everything the tenant sees in the portal, and the account; 404 for an unknown customer. */
  read(customerNumber: string, now: Date): Promise<CustomerOverview>;
  /** The contact block alone (the answer to a contact change); 404 for an unknown customer. */
  contact(customerNumber: string): Promise<Contact>;
}

/**
 * The customer's view on either engine: household, persons, contracts with valuation and rent, finance, repairs,
 * timeline, documents and the portal account. Portable SQL, each statement prepared once (SqlRunner: on SQLite's
 * raw handle, as named statements on PostgreSQL) — a hot path, the KCC screen opens on it; one household, and
 * every query uses a household index.
 */
export class OverviewReader implements CustomerOverviewReader {
  private readonly st: Record<string, string>;

  constructor(private readonly run: SqlRunner) {
    const p = (sql: string) => sql;
    this.st = {
      household: p(
        `SELECT id, customer_number, name, phone, email, pending_email, corr_street, corr_house_number,
         corr_house_number_addition, corr_postcode, corr_city, version, erp_account_status, erp_account_status_sent_at
         FROM households WHERE customer_number = ?`,
      ),
      persons: p(
        `SELECT p.id, p.role_code, r.description AS role_description, r.is_contract_holder, r.use_in_portal, r.sort AS role_sort,
         p.initials, p.first_name, p.middle_name, p.last_name, p.birth_date, p.gender, p.version
         FROM persons p JOIN household_roles r ON r.code = p.role_code
         WHERE p.household_id = ? AND r.show_in_portal = 1`,
      ),
      roles: p('SELECT code, description FROM household_roles WHERE use_in_portal = 1 ORDER BY sort, code'),
      contracts: p('SELECT * FROM contracts WHERE household_id = ? ORDER BY start_date, id'),
      valuation: p('SELECT category, points FROM valuation_items WHERE contract_id = ? ORDER BY id'),
      rent: p('SELECT description, amount_cents FROM rent_components WHERE contract_id = ? ORDER BY id'),
      invoices: p('SELECT * FROM invoices WHERE household_id = ? ORDER BY invoice_date DESC, id DESC'),
      payments: p('SELECT id, paid_at, amount_cents, method, reference FROM payments WHERE household_id = ? ORDER BY paid_at DESC, id DESC'),
      arrangements: p('SELECT * FROM payment_arrangements WHERE household_id = ? ORDER BY start_date DESC, id DESC'),
      // Open requests, and closed ones reported since the given moment (the portal shows a year of them).
      repairs: p(
        `SELECT * FROM repair_requests WHERE household_id = ? AND (status <> 'afgehandeld' OR reported_at >= ?)
         ORDER BY reported_at DESC, id DESC`,
      ),
      timeline: p(
        `SELECT id, at, template, channel, description, staff_name FROM interactions
         WHERE household_id = ? AND show_in_portal = 1 ORDER BY at DESC, id DESC`,
      ),
      documents: p(
        'SELECT id, title, document_date, kind FROM documents WHERE household_id = ? AND show_in_portal = 1 ORDER BY document_date DESC, id DESC',
      ),
      account: p(
        `SELECT ${accountColumns.join(', ')} FROM accounts WHERE customer_number = ? ORDER BY role = 'user' DESC, id LIMIT 1`,
      ),
      request: p('SELECT * FROM account_requests WHERE customer_number = ? ORDER BY id DESC LIMIT 1'),
    };
  }

  private get<T>(name: string, ...args: SqlArg[]): Promise<T | undefined> {
    return this.run.get<T>(this.st[name] ?? '', ...args);
  }
  private all<T>(name: string, ...args: SqlArg[]): Promise<T[]> {
    return this.run.all<T>(this.st[name] ?? '', ...args);
  }

  private async household(customerNumber: string): Promise<HouseholdRow> {
    const h = await this.get<HouseholdRow>('household', customerNumber);
    if (!h) throw notFound('Klant');
    return h;
  }

  async contact(customerNumber: string): Promise<Contact> {
    return toContact(await this.household(customerNumber));
  }

  async read(customerNumber: string, now: Date): Promise<CustomerOverview> {
    const h = await this.household(customerNumber);
    // Independent reads: on PostgreSQL they go out together over the pool; SQLite answers each at once.
    const [personRows, invoiceRows, repairRows, accountRow, requestRow, roles, contractRows, paymentRows, arrangementRows, timelineRows, documentRows] =
      await Promise.all([
        this.all<PersonRow>('persons', h.id),
        this.all<InvoiceRow>('invoices', h.id),
        this.all<RepairRow>('repairs', h.id, yearBefore(now)),
        this.get<AccountListRow>('account', customerNumber),
        this.get<Parameters<typeof toAccountRequest>[0]>('request', customerNumber),
        this.all<{ code: string; description: string }>('roles'),
        this.all<ContractRow>('contracts', h.id),
        this.all<{ id: number; paid_at: string; amount_cents: number; method: string; reference: string }>('payments', h.id),
        this.all<ArrangementRow>('arrangements', h.id),
        this.all<{ id: number; at: string; template: string; channel: string; description: string; staff_name: string | null }>('timeline', h.id),
        this.all<{ id: number; title: string; document_date: string; kind: string }>('documents', h.id),
      ]);
    const persons = sortPersons(personRows.map(toPerson));
    const invoices = invoiceRows.map(toInvoice);
    const open = invoices.filter((i) => i.openCents !== 0);
    const repairs = repairRows.map(toRepair);
    const request: AccountRequest | null = requestRow ? toAccountRequest(requestRow) : null;
    const contracts = await Promise.all(contractRows.map((c) => this.toContract(c)));
    return {
      household: {
        customerNumber: h.customer_number,
        name: h.name,
        persons,
        selectableRoles: roles,
      },
      contact: toContact(h),
      contracts,
      finance: {
        openBalanceCents: open.reduce((s, i) => s + i.openCents, 0),
        openInvoices: open,
        closedInvoices: invoices.filter((i) => i.openCents === 0),
        payments: paymentRows.map(
          (x) => ({ id: x.id, paidAt: x.paid_at, amountCents: x.amount_cents, method: x.method, reference: x.reference }),
        ),
        arrangements: arrangementRows.map((a) => ({
          id: a.id,
          startDate: a.start_date,
          endDate: a.end_date,
          totalCents: a.total_cents,
          termAmountCents: a.term_amount_cents,
          terms: a.terms,
          status: a.status,
        })),
      },
      repairs: {
        open: repairs.filter((r) => r.status !== 'afgehandeld'),
        closed: repairs.filter((r) => r.status === 'afgehandeld'),
      },
      timeline: timelineRows.map((t) => ({ id: t.id, at: t.at, template: t.template, channel: t.channel, description: t.description, staffName: t.staff_name })),
      documents: documentRows.map((d) => ({
        id: d.id,
        title: d.title,
        documentDate: d.document_date,
        kind: d.kind,
      })),
      account: accountRow ? toAccount(accountRow, now) : null,
      accountRequest: request,
      erpAccountStatus: {
        // The portal only writes the three values; anything else (a row edited by hand) reads as "no account"
        // rather than failing the whole screen.
        status: ErpAccountStatus.catch('not_created').parse(h.erp_account_status),
        lastSentAt: h.erp_account_status_sent_at,
      },
    };
  }

  private async toContract(c: ContractRow): Promise<Contract> {
    const [items, rentRows] = await Promise.all([
      this.all<{ category: string; points: number }>('valuation', c.id),
      this.all<{ description: string; amount_cents: number }>('rent', c.id),
    ]);
    const components = rentRows.map((r) => ({
      description: r.description,
      amountCents: r.amount_cents,
    }));
    const totalPoints = Math.round(items.reduce((s, i) => s + i.points, 0) * 100) / 100;
    return {
      id: c.id,
      contractNumber: c.contract_number,
      startDate: c.start_date,
      endDate: c.end_date,
      address: { street: c.street, houseNumber: c.house_number, addition: c.house_number_addition, postcode: c.postcode, city: c.city },
      dwelling: {
        type: c.dwelling_type,
        rooms: c.rooms,
        surfaceM2: c.surface_m2,
        constructionYear: c.construction_year,
        energyLabel: c.energy_label,
        energyIndex: c.energy_index,
        woz:
          c.woz_value_cents !== null && c.woz_reference_date !== null
            ? { valueCents: c.woz_value_cents, referenceDate: c.woz_reference_date }
            : null,
      },
      valuation: { items, totalPoints, totalPointsRounded: Math.round(totalPoints) },
      rent: { components, totalCents: components.reduce((s, r) => s + r.amountCents, 0) },
      paymentMethod: { code: c.payment_method, label: paymentLabels[c.payment_method] ?? 'Zelf betalen' },
    };
  }
}

/** The same moment a calendar year earlier, as stored (ISO): "within the last year" on the calendar, leap days included. */
function yearBefore(now: Date): string {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString();
}

function toContact(h: HouseholdRow): Contact {
  return {
    customerNumber: h.customer_number,
    phone: h.phone,
    email: h.email,
    pendingEmail: h.pending_email,
    correspondenceAddress: {
      street: h.corr_street,
      houseNumber: h.corr_house_number,
      addition: h.corr_house_number_addition,
      postcode: h.corr_postcode,
      city: h.corr_city,
    },
    version: h.version,
  };
}

function toPerson(r: PersonRow): Person & { sort: number } {
  return {
    id: r.id,
    initials: r.initials,
    firstName: r.first_name,
    middleName: r.middle_name,
    lastName: r.last_name,
    birthDate: r.birth_date,
    gender: r.gender === 'M' || r.gender === 'V' ? r.gender : 'X',
    role: { code: r.role_code, description: r.role_description },
    isContractHolder: r.is_contract_holder === 1,
    editable: r.use_in_portal === 1,
    version: r.version,
    sort: r.role_sort,
  };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

/** Contract holders first (in role order), then everyone else alphabetically by last and first name. */
export function sortPersons(persons: (Person & { sort: number })[]): Person[] {
  const byName = (a: Person, b: Person) =>
    collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.id - b.id;
  return [...persons]
    .sort((a, b) => {
      if (a.isContractHolder !== b.isContractHolder) return a.isContractHolder ? -1 : 1;
      if (a.isContractHolder) return a.sort - b.sort || byName(a, b);
      return byName(a, b);
    })
    .map(({ sort: _sort, ...p }) => p);
}

type ContractRow = Selectable<DB['contracts']>;
type InvoiceRow = Selectable<DB['invoices']>;
type ArrangementRow = Selectable<DB['payment_arrangements']>;
type RepairRow = Selectable<DB['repair_requests']>;

function toInvoice(r: InvoiceRow): Invoice {
  return {
    id: r.id,
    invoiceNumber: r.invoice_number,
    description: r.description,
    invoiceDate: r.invoice_date,
    dueDate: r.due_date,
    amountCents: r.amount_cents,
    openCents: r.open_cents,
    paidCents: r.amount_cents - r.open_cents,
    settledAt: r.settled_at,
    settledBy: r.settled_by,
  };
}

function toRepair(r: RepairRow) {
  return {
    id: r.id,
    requestNumber: r.request_number,
    reportedAt: r.reported_at,
    location: r.location,
    description: r.description,
    status: r.status,
    appointmentAt: r.appointment_at,
    closedAt: r.closed_at,
  };
}
