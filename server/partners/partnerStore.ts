import { sql, type Selectable, type Transaction } from 'kysely';
import type { List } from '../../shared/api/common';
import { APPLICATION_DAYS, type Partner, type PartnerStatus, type PartnerSummary, type UpdatePartner } from '../../shared/api/partners';
import type { DB } from '../db/schema';
import { conflict, notFound, staleVersion } from '../errors';
import type { Db } from '../weborders/weborderRows';

const DAY_MS = 24 * 60 * 60 * 1000;

function asPartnerStatus(s: string): PartnerStatus {
  return s === 'active' || s === 'rejected' || s === 'closed' ? s : 'applied';
}

/** An application not decided within a week is overdue (seed 000 step 1: "binnen één week"). */
export function isOverdue(status: string, appliedAt: string, now: Date): boolean {
  return status === 'applied' && now.getTime() - Date.parse(appliedAt) > APPLICATION_DAYS * DAY_MS;
}

export function toPartner(r: Selectable<DB['partners']>, now: Date): Partner {
  return {
    id: r.id,
    name: r.name,
    status: asPartnerStatus(r.status),
    appliedAt: r.applied_at,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
    rejectedReason: r.rejected_reason,
    overdue: isOverdue(r.status, r.applied_at, now),
    checklist: {
      offersCulturalEducation: r.offers_cultural_education === 1,
      aimedAtSecondary: r.aimed_at_secondary === 1,
      madeByProfessionals: r.made_by_professionals === 1,
      agreesContribution: r.agrees_contribution === 1,
      sellsIndividualTickets: r.sells_individual_tickets === 1,
      termsAccepted: r.terms_accepted === 1,
      privacyAccepted: r.privacy_accepted === 1,
    },
    contactFirstName: r.contact_first_name,
    contactLastName: r.contact_last_name,
    contactPhone: r.contact_phone,
    contactFunction: r.contact_function,
    contactEmail: r.contact_email,
    notificationMails: r.notification_mails === 1,
    website: r.website,
    city: r.city,
    description: r.description,
    invoiceStreet: r.invoice_street,
    invoiceHouseNumber: r.invoice_house_number,
    invoiceAddition: r.invoice_addition,
    invoicePostcode: r.invoice_postcode,
    invoiceCity: r.invoice_city,
    iban: r.iban,
    ibanAccountName: r.iban_account_name,
    vatNumber: r.vat_number,
    kvkNumber: r.kvk_number,
    financeEmail: r.finance_email,
    version: r.version,
  };
}

/**
 * The partner overview (seed 003's customer list): per partner its weborders, the activity of the last 90 days
 * and what needs attention now (an application to decide, overdue after a week; weborders in Foutmelding). The
 * counts are correlated subqueries on the (partner_id, …) indexes, so only the page's partners are counted.
 */
export async function listPartners(
  db: Db,
  q: { q?: string; status?: PartnerStatus; attention?: 'true' | 'false'; page: number; pageSize: number },
  now: Date,
): Promise<List<PartnerSummary>> {
  const since90 = new Date(now.getTime() - 90 * DAY_MS).toISOString();
  let base = db.selectFrom('partners as p');
  if (q.status) base = base.where('p.status', '=', q.status);
  if (q.q) base = base.where(sql<boolean>`lower(p.name) like ${`%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`);
  if (q.attention === 'true') {
    base = base.where((eb) =>
      eb.or([
        eb('p.status', '=', 'applied'),
        eb.exists(eb.selectFrom('weborders as e').select('e.id').whereRef('e.partner_id', '=', 'p.id').where('e.status', '=', 'error')),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .select(['p.id', 'p.name', 'p.city', 'p.status', 'p.applied_at', 'p.decided_at'])
      .select((eb) => [
        eb.selectFrom('weborders as w').select(eb.fn.countAll<number>().as('n')).whereRef('w.partner_id', '=', 'p.id').as('weborders'),
        eb
          .selectFrom('weborders as w')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('w.partner_id', '=', 'p.id')
          .where('w.order_date', '>=', since90)
          .as('activity'),
        eb
          .selectFrom('weborders as w')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('w.partner_id', '=', 'p.id')
          .where('w.status', '=', 'error')
          .as('errors'),
      ])
      // Applications first (oldest first: the most overdue on top), then by name.
      .orderBy(sql`case when p.status = 'applied' then 0 else 1 end`)
      .orderBy(sql`case when p.status = 'applied' then p.applied_at else null end`)
      .orderBy('p.name')
      .orderBy('p.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const items = rows.map((r): PartnerSummary => {
    const overdue = isOverdue(r.status, r.applied_at, now);
    const errors = Number(r.errors ?? 0);
    return {
      id: r.id,
      name: r.name,
      city: r.city,
      status: asPartnerStatus(r.status),
      appliedAt: r.applied_at,
      decidedAt: r.decided_at,
      weborders: Number(r.weborders ?? 0),
      activity90d: Number(r.activity ?? 0),
      errorWeborders: errors,
      overdue,
      attention: [
        ...(r.status === 'applied' ? [overdue ? ('application_overdue' as const) : ('application_open' as const)] : []),
        ...(errors > 0 ? ['weborder_error' as const] : []),
      ],
    };
  });
  return { items, total: Number(count.n), page: q.page, pageSize: q.pageSize };
}

async function partnerRow(db: Db, id: number) {
  const row = await db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Partner');
  return row;
}

export async function getPartner(db: Db, id: number, now: Date): Promise<Partner> {
  return toPartner(await partnerRow(db, id), now);
}

/** Contact, organisation and finance fields; never the bank details (those change through an IBAN change). */
export async function updatePartner(trx: Transaction<DB>, id: number, b: UpdatePartner, now: Date): Promise<Partner> {
  const current = await partnerRow(trx, id);
  if (current.version !== b.version) throw staleVersion(current.version);
  const set = {
    name: b.name,
    contact_first_name: b.contactFirstName,
    contact_last_name: b.contactLastName,
    contact_phone: b.contactPhone,
    contact_function: b.contactFunction,
    contact_email: b.contactEmail,
    notification_mails: b.notificationMails === undefined ? undefined : b.notificationMails ? 1 : 0,
    website: b.website,
    city: b.city,
    description: b.description,
    invoice_street: b.invoiceStreet,
    invoice_house_number: b.invoiceHouseNumber,
    invoice_addition: b.invoiceAddition,
    invoice_postcode: b.invoicePostcode,
    invoice_city: b.invoiceCity,
    vat_number: b.vatNumber,
    kvk_number: b.kvkNumber,
    finance_email: b.financeEmail,
  };
  const defined = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  const row = await trx
    .updateTable('partners')
    .set({ ...defined, updated_at: now.toISOString(), version: current.version + 1 })
    .where('id', '=', id)
    .where('version', '=', current.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw staleVersion(current.version + 1);
  return toPartner(row, now);
}

/**
 * Decides an application: approval makes the partner active, rejection records the reason; either queues the
 * mail to the contact (seed 000 step 1: "de beoordeling van de aanmelding").
 */
export async function decideApplication(
  trx: Transaction<DB>,
  id: number,
  decision: { approve: true; version: number } | { approve: false; version: number; reason: string },
  by: string,
  now: Date,
): Promise<Partner> {
  const current = await partnerRow(trx, id);
  if (current.version !== decision.version) throw staleVersion(current.version);
  const to = decision.approve ? 'active' : 'rejected';
  if (current.status !== 'applied') throw conflict('Over deze aanmelding is al besloten', { from: current.status, to });
  const at = now.toISOString();
  const row = await trx
    .updateTable('partners')
    .set({
      status: to,
      decided_at: at,
      decided_by: by,
      rejected_reason: decision.approve ? null : decision.reason,
      updated_at: at,
      version: current.version + 1,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const to_address = current.contact_email;
  if (to_address) {
    const greeting = `Beste ${current.contact_first_name || 'contactpersoon'},`;
    await trx
      .insertInto('outbox_mail')
      .values(
        decision.approve
          ? {
              created_at: at,
              to_address,
              template: 'partner_approved',
              subject: 'Je aanmelding als Cultuurkaart-partner is goedgekeurd',
              body: `${greeting}\n\n${current.name} is goedgekeurd als Cultuurkaart-acceptant. Je aanbod wordt zichtbaar voor scholen en je kunt weborders aanmaken. Volg de instructies in deze mail om je aanmelding compleet te maken en log in op het partnerportaal.\n\nMet vriendelijke groet,\nCJP Cultuurkaart`,
              customer_number: null,
              sent_at: null,
            }
          : {
              created_at: at,
              to_address,
              template: 'partner_rejected',
              subject: 'Je aanmelding als Cultuurkaart-partner is afgewezen',
              body: `${greeting}\n\n${current.name} voldoet op dit moment niet aan de voorwaarden om Cultuurkaart-acceptant te worden.\n\nReden: ${decision.reason}\n\nMet vriendelijke groet,\nCJP Cultuurkaart`,
              customer_number: null,
              sent_at: null,
            },
      )
      .execute();
  }
  return toPartner(row, now);
}
