import { sql, type Kysely, type Selectable } from 'kysely';
import {
  IBAN_CHANGE_OVERDUE_DAYS,
  type IbanChange,
  type IbanChangeList,
  type IbanChangeQuery,
  type IbanParty,
  type PaymentMethod,
} from '../../shared/api/iban';
import { dutchBankName, formatIban, maskIban, normalizeIban } from '../../shared/domain/iban';
import { likePattern } from '../db/likePattern';
import type { DB } from '../db/schema';
import { isUniqueViolation } from '../db/uniqueViolation';
import { ApiError, conflict, fieldError, notFound, staleVersion } from '../errors';
import { applyBank, currentBank } from './partyBank';

type Row = Selectable<DB['iban_changes']> & { partner_name: string | null; household_name: string | null; contract_number: string | null; customer_number: string | null };

const DAY_MS = 86_400_000;
export const overdueCutoff = (now: Date) => new Date(now.getTime() - IBAN_CHANGE_OVERDUE_DAYS * DAY_MS).toISOString();

function partyName(r: Row): string {
  if (r.party === 'partner') return r.partner_name ?? `Partner ${r.party_id}`;
  return r.household_name ? `${r.household_name} (contract ${r.contract_number ?? r.party_id})` : `Contract ${r.party_id}`;
}

/** A row as the API shows it: whole IBANs in the details, masked in lists. */
export function toIbanChange(r: Row, now: Date, masked: boolean): IbanChange {
  const show = (iban: string) => (masked ? maskIban(iban) : formatIban(iban));
  return {
    id: r.id,
    party: r.party as IbanParty,
    partyId: r.party_id,
    partyName: partyName(r),
    customerNumber: r.customer_number,
    oldIban: r.old_iban === '' ? '' : show(r.old_iban),
    newIban: show(r.new_iban),
    newBank: dutchBankName(r.new_iban),
    accountName: r.account_name,
    directorCc: r.director_cc,
    paymentMethod: (r.payment_method as PaymentMethod | null) ?? null,
    mandateReference: r.mandate_reference,
    proofFileName: r.proof_file_name,
    proofContentType: r.proof_content_type,
    proofSize: r.proof_size,
    status: r.status as IbanChange['status'],
    enteredBy: r.entered_by_name,
    enteredByStaffId: r.entered_by_staff_id,
    enteredAt: r.entered_at,
    decidedBy: r.decided_by_name,
    decidedAt: r.decided_at,
    reason: r.reason,
    overdue: r.status === 'pending' && r.entered_at < overdueCutoff(now),
    version: r.version,
  };
}

function base(db: Kysely<DB>) {
  return db
    .selectFrom('iban_changes as i')
    .leftJoin('partners as p', (j) => j.onRef('p.id', '=', 'i.party_id').on('i.party', '=', 'partner'))
    .leftJoin('contracts as c', (j) => j.onRef('c.id', '=', 'i.party_id').on('i.party', '=', 'tenant'))
    .leftJoin('households as h', 'h.id', 'c.household_id')
    .selectAll('i')
    .select(['p.name as partner_name', 'h.name as household_name', 'c.contract_number', 'h.customer_number']);
}

export async function listIbanChanges(db: Kysely<DB>, q: IbanChangeQuery, now: Date): Promise<IbanChangeList> {
  const cutoff = overdueCutoff(now);
  let query = base(db);
  if (q.status === 'pending') query = query.where('i.status', '=', 'pending');
  else if (q.status === 'overdue') query = query.where('i.status', '=', 'pending').where('i.entered_at', '<', cutoff);
  else if (q.status === 'decided') query = query.where('i.status', 'in', ['approved', 'rejected']);
  else if (q.status !== 'all') query = query.where('i.status', '=', q.status);
  if (q.party) query = query.where('i.party', '=', q.party);
  if (q.partyId) query = query.where('i.party_id', '=', q.partyId);
  if (q.q) {
    // ASCII case ignored on both engines (see likePattern).
    const like = likePattern(q.q);
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`lower(p.name) LIKE ${like} ESCAPE '\\'`,
        sql<boolean>`lower(h.name) LIKE ${like} ESCAPE '\\'`,
        sql<boolean>`lower(h.customer_number) LIKE ${like} ESCAPE '\\'`,
      ]),
    );
  }
  const total = Number((await query.clearSelect().select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
  const open = q.status === 'pending' || q.status === 'overdue';
  const rows = await (open ? query.orderBy('i.entered_at').orderBy('i.id') : query.orderBy('i.decided_at', (o) => o.desc().nullsLast()).orderBy('i.id', 'desc'))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const overdue = Number(
    (await db.selectFrom('iban_changes').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'pending').where('entered_at', '<', cutoff).executeTakeFirst())?.n ?? 0,
  );
  return { items: rows.map((r) => toIbanChange(r, now, true)), total, page: q.page, pageSize: q.pageSize, overdue };
}

async function row(db: Kysely<DB>, id: number): Promise<Row> {
  const r = await base(db).where('i.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('IBAN-wijziging');
  return r;
}

export async function getIbanChange(db: Kysely<DB>, id: number, now: Date): Promise<IbanChange> {
  return toIbanChange(await row(db, id), now, false);
}

/** The open change of a party, if any. */
export async function openChangeId(db: Kysely<DB>, party: IbanParty, partyId: number): Promise<number | null> {
  const r = await db.selectFrom('iban_changes').select('id').where('party', '=', party).where('party_id', '=', partyId).where('status', '=', 'pending').executeTakeFirst();
  return r?.id ?? null;
}

function alreadyOpen(id: number): ApiError {
  return conflict(`Voor deze partij staat al een IBAN-wijziging open (nummer ${id}); handel die eerst af.`, { reason: 'iban_change_open', existingId: id });
}

export interface NewIbanChange {
  party: IbanParty;
  partyId: number;
  /** Stated by the one asking; must be the current IBAN (null: the tenant's portal, where it is read). */
  oldIban: string | null;
  newIban: string;
  accountName: string;
  directorCc: string;
  paymentMethod: PaymentMethod | null;
  mandateReference: string | null;
  proof: { fileName: string; contentType: string; size: number; key: string } | null;
  enteredBy: { staffId: number | null; accountId: number | null; name: string };
}

/**
 * Enters a change: the old IBAN must be the current one (400 details.oldIban), the new one must differ, and a
 * party has one open change at a time (409 pointing to the open one; the partial unique index holds it).
 */
export async function createIbanChange(trx: Kysely<DB>, c: NewIbanChange, now: Date): Promise<IbanChange> {
  const bank = await currentBank(trx, c.party, c.partyId);
  const current = normalizeIban(bank.iban);
  const newIban = normalizeIban(c.newIban);
  if (c.oldIban !== null && normalizeIban(c.oldIban) !== current) {
    throw fieldError('oldIban', current === '' ? 'Er staat nog geen IBAN geregistreerd; laat het oude IBAN leeg' : 'Het oude IBAN is niet het IBAN dat nu geregistreerd staat');
  }
  if (newIban === current && (c.paymentMethod === null || c.paymentMethod === bank.paymentMethod)) {
    throw fieldError('newIban', 'Het nieuwe IBAN is gelijk aan het huidige');
  }
  const existing = await openChangeId(trx, c.party, c.partyId);
  if (existing !== null) throw alreadyOpen(existing);
  try {
    const inserted = await trx
      .insertInto('iban_changes')
      .values({
        party: c.party,
        party_id: c.partyId,
        old_iban: current,
        new_iban: newIban,
        account_name: c.accountName,
        director_cc: c.directorCc,
        payment_method: c.paymentMethod,
        mandate_reference: c.mandateReference,
        proof_file_name: c.proof?.fileName ?? null,
        proof_content_type: c.proof?.contentType ?? null,
        proof_size: c.proof?.size ?? null,
        proof_key: c.proof?.key ?? null,
        entered_by_staff_id: c.enteredBy.staffId,
        entered_by_account_id: c.enteredBy.accountId,
        entered_by_name: c.enteredBy.name,
        entered_at: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return getIbanChange(trx, inserted.id, now);
  } catch (error) {
    if (isUniqueViolation(error)) {
      const open = await openChangeId(trx, c.party, c.partyId);
      throw alreadyOpen(open ?? 0);
    }
    throw error;
  }
}

export interface Decider {
  id: number;
  displayName: string;
}

async function pendingForDecision(trx: Kysely<DB>, id: number, version: number, staff: Decider): Promise<Row> {
  const r = await row(trx, id);
  if (r.status !== 'pending') throw conflict('Over deze IBAN-wijziging is al beslist', { reason: 'decided', from: r.status });
  // Four eyes: checked here for a clear answer; the database refuses it as well (CHECK in migration 012).
  if (r.entered_by_staff_id === staff.id) {
    throw new ApiError('four_eyes', 'Vier ogen: u heeft deze wijziging zelf ingevoerd; een collega moet haar beoordelen.', { enteredBy: r.entered_by_name });
  }
  if (r.version !== version) throw staleVersion(r.version);
  return r;
}

export interface Decision {
  change: IbanChange;
  /** The bank details before and after (whole IBANs: the audit entry is the record of the change). */
  before: { iban: string; accountName: string; paymentMethod: string | null };
  after: { iban: string; accountName: string; paymentMethod: string | null; mandateReference: string | null } | null;
  customerNumber: string | null;
}

/**
 * Approves: re-reads the current IBAN (it must still be the old one), writes the new bank details and the
 * decision in the caller's transaction.
 */
export async function approveIbanChange(trx: Kysely<DB>, id: number, version: number, staff: Decider, now: Date): Promise<Decision> {
  const r = await pendingForDecision(trx, id, version, staff);
  const bank = await currentBank(trx, r.party as IbanParty, r.party_id);
  if (normalizeIban(bank.iban) !== r.old_iban) {
    throw conflict('Het IBAN is intussen al gewijzigd; wijs deze aanvraag af en laat een nieuwe invoeren.', { reason: 'iban_changed' });
  }
  const nowIso = now.toISOString();
  const paymentMethod = (r.payment_method as PaymentMethod | null) ?? null;
  const after = { iban: r.new_iban, accountName: r.account_name, paymentMethod: paymentMethod ?? bank.paymentMethod, mandateReference: r.mandate_reference };
  await applyBank(trx, r.party as IbanParty, r.party_id, { iban: r.new_iban, accountName: r.account_name, paymentMethod, mandateReference: r.mandate_reference }, nowIso);
  await decide(trx, r, { status: 'approved', reason: null }, staff, nowIso);
  return {
    change: await getIbanChange(trx, id, now),
    before: { iban: bank.iban, accountName: bank.accountName, paymentMethod: bank.paymentMethod },
    after,
    customerNumber: bank.customerNumber,
  };
}

export async function rejectIbanChange(trx: Kysely<DB>, id: number, version: number, reason: string, staff: Decider, now: Date): Promise<Decision> {
  const r = await pendingForDecision(trx, id, version, staff);
  const bank = await currentBank(trx, r.party as IbanParty, r.party_id);
  await decide(trx, r, { status: 'rejected', reason }, staff, now.toISOString());
  return {
    change: await getIbanChange(trx, id, now),
    before: { iban: bank.iban, accountName: bank.accountName, paymentMethod: bank.paymentMethod },
    after: null,
    customerNumber: bank.customerNumber,
  };
}

async function decide(trx: Kysely<DB>, r: Row, d: { status: 'approved' | 'rejected'; reason: string | null }, staff: Decider, nowIso: string): Promise<void> {
  const res = await trx
    .updateTable('iban_changes')
    .set({ status: d.status, reason: d.reason, decided_by_staff_id: staff.id, decided_by_name: staff.displayName, decided_at: nowIso, version: r.version + 1 })
    .where('id', '=', r.id)
    .where('version', '=', r.version)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw staleVersion(r.version + 1);
}

/** Reads the proof's key and type (for the staff-only download). */
export async function proofOf(db: Kysely<DB>, id: number): Promise<{ key: string; contentType: string; fileName: string }> {
  const r = await db.selectFrom('iban_changes').select(['proof_key', 'proof_content_type', 'proof_file_name']).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('IBAN-wijziging');
  if (!r.proof_key || !r.proof_content_type) throw new ApiError('not_found', 'Bij deze wijziging hoort geen bewijsstuk', { reason: 'no_proof' });
  return { key: r.proof_key, contentType: r.proof_content_type, fileName: r.proof_file_name ?? 'bewijs' };
}
