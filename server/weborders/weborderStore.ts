import type { Transaction } from 'kysely';
import type { CreateWeborder, ProposeWeborder, WeborderDetail } from '../../shared/api/weborders';
import { weborderTotalCents } from '../../shared/domain/weborderMoney';
import {
  canTransition,
  transitionNeedsReason,
  weborderStatusLabel,
  type WeborderActor,
  type WeborderStatus,
} from '../../shared/domain/weborderStatus';
import type { DB } from '../db/schema';
import type { ApiError} from '../errors';
import { conflict, fieldError, notFound, staleVersion } from '../errors';
import { runWeborderCreationGuards } from './creationGuards';
import { writeLedger } from './ledger';
import { asStatus } from './weborderRows';
import { findDuplicates, getWeborder } from './weborderQuery';

export interface Mover {
  actor: WeborderActor;
  actorName: string;
  staffId: number | null;
}

export interface Moved {
  id: number;
  partnerId: number;
  from: WeborderStatus | null;
  to: WeborderStatus;
}

export function refusedMove(from: WeborderStatus, to: WeborderStatus): ApiError<'conflict'> {
  return conflict(`Een weborder met status "${weborderStatusLabel[from]}" kan niet naar "${weborderStatusLabel[to]}"`, { from, to });
}

/**
 * Moves one weborder, inside the caller's transaction: checks the version (when given: bulk moves act on the
 * current state), the state machine and the reason before writing anything; then the row, its history and, on
 * Betaald, its ledger lines. Every refusal is thrown before the first write.
 */
export async function moveWeborder(
  trx: Transaction<DB>,
  id: number,
  move: { to: WeborderStatus; reason?: string | null; version?: number },
  by: Mover,
  now: string,
): Promise<Moved> {
  const row = await trx
    .selectFrom('weborders as w')
    .innerJoin('schools as s', 's.id', 'w.school_id')
    .select(['w.id', 'w.status', 'w.version', 'w.error_from_status', 'w.partner_id', 'w.total_cents', 'w.desired_at', 's.name as school_name', 's.city as school_city'])
    .where('w.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Weborder');
  if (move.version !== undefined && row.version !== move.version) throw staleVersion(row.version);
  const from = asStatus(row.status);
  if (!from) throw conflict(`Onbekende status ${row.status}`);
  const { to } = move;
  const errorFrom = asStatus(row.error_from_status);
  if (!canTransition(from, to, by.actor, errorFrom)) throw refusedMove(from, to);
  const reason = move.reason?.trim() || null;
  if (transitionNeedsReason(to) && !reason) throw fieldError('reason', to === 'rejected' ? 'Geef een reden om af te wijzen' : 'Beschrijf de foutmelding');

  const updated = await trx
    .updateTable('weborders')
    .set({
      status: to,
      version: row.version + 1,
      updated_at: now,
      ...(to === 'rejected' ? { rejected_reason: reason } : {}),
      ...(to === 'error' ? { error_message: reason, error_from_status: from } : {}),
      ...(from === 'error' ? { error_message: null, error_from_status: null } : {}),
      ...(to === 'paid' ? { paid_at: now } : {}),
    })
    .where('id', '=', id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw staleVersion(row.version + 1);
  await trx
    .insertInto('weborder_history')
    .values({ weborder_id: id, at: now, actor: by.actor, actor_name: by.actorName, staff_id: by.staffId, from_status: from, to_status: to, reason })
    .execute();
  if (to === 'paid') {
    await writeLedger(
      trx,
      { id, partnerId: row.partner_id, totalCents: row.total_cents, desiredAt: row.desired_at, schoolName: row.school_name, schoolCity: row.school_city },
      now,
    );
  }
  return { id, partnerId: row.partner_id, from, to };
}

type NewWeborder = Omit<CreateWeborder, 'confirmDuplicate'> & { requestId?: number | null };

/**
 * A new pending weborder for a partner (on its behalf), with the total computed here. Refused while a creation
 * guard says no (issue 13: a pending IBAN change), for an unknown school or a partner that is not active, and —
 * unless confirmed — when a weborder for the same activity exists.
 */
export async function createWeborder(
  trx: Transaction<DB>,
  input: NewWeborder,
  opts: { confirmDuplicate: boolean; by: Mover; now: string },
): Promise<WeborderDetail> {
  const partner = await trx.selectFrom('partners').select(['id', 'status']).where('id', '=', input.partnerId).executeTakeFirst();
  if (!partner) throw fieldError('partnerId', 'Onbekende partner');
  if (partner.status !== 'active') throw fieldError('partnerId', 'Deze partner is (nog) niet actief en kan geen weborders aanmaken');
  const school = await trx.selectFrom('schools').selectAll().where('school_number', '=', input.schoolNumber).executeTakeFirst();
  if (!school) throw fieldError('schoolNumber', `Schoolnummer ${input.schoolNumber} is onbekend`);
  await runWeborderCreationGuards(trx, partner.id);
  if (!opts.confirmDuplicate) {
    const duplicates = await findDuplicates(trx, input);
    if (duplicates.length > 0) {
      throw conflict(
        `Er is al een weborder voor deze activiteit (${duplicates.map((d) => d.id).join(', ')}): maak geen nieuwe aan voor dezelfde activiteit`,
        { reason: 'duplicate' },
      );
    }
  }
  const ticket = input.packagePrice != null ? null : (input.ticketPrice ?? null);
  const total = weborderTotalCents({ ticketPriceCents: ticket, packagePriceCents: input.packagePrice, students: input.students, teachers: input.teachers });
  const { id } = await trx
    .insertInto('weborders')
    .values({
      order_date: opts.now,
      name: input.name,
      status: 'pending',
      partner_id: partner.id,
      school_id: school.id,
      school_number: school.school_number,
      budget_holder: school.budget_holder_name,
      grade: input.grade,
      teacher: input.teacher,
      students: input.students,
      teachers: input.teachers,
      persons: input.students + input.teachers,
      event: input.event,
      // As every stored instant: UTC ISO with milliseconds (the API takes any offset; PostgreSQL's timestamptz gives
      // back only this form, so both engines store and return it).
      desired_at: new Date(input.desiredAt).toISOString(),
      ticket_price_cents: ticket,
      package_price_cents: input.packagePrice ?? null,
      total_cents: total,
      rejected_reason: null,
      error_message: null,
      error_from_status: null,
      request_id: input.requestId ?? null,
      created_by: opts.by.actorName,
      paid_at: null,
      created_at: opts.now,
      updated_at: opts.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('weborder_history')
    .values({ weborder_id: id, at: opts.now, actor: opts.by.actor, actor_name: opts.by.actorName, staff_id: opts.by.staffId, from_status: null, to_status: 'pending', reason: null })
    .execute();
  return getWeborder(trx, id);
}

/** "Weborder voorstellen": a pending weborder from a teacher's open request, which becomes `proposed`. */
export async function proposeFromRequest(
  trx: Transaction<DB>,
  requestId: number,
  body: ProposeWeborder,
  opts: { by: Mover; now: string },
): Promise<WeborderDetail> {
  const request = await trx
    .selectFrom('weborder_requests as r')
    .innerJoin('schools as s', 's.id', 'r.school_id')
    .select(['r.id', 'r.status', 'r.version', 'r.partner_id', 's.school_number'])
    .where('r.id', '=', requestId)
    .executeTakeFirst();
  if (!request) throw notFound('Weborderverzoek');
  if (request.version !== body.version) throw staleVersion(request.version);
  if (request.status !== 'open') throw conflict('Dit verzoek is al omgezet in een weborder', { from: request.status, to: 'proposed' });
  const weborder = await createWeborder(
    trx,
    { ...body, partnerId: request.partner_id, schoolNumber: request.school_number, requestId },
    { confirmDuplicate: body.confirmDuplicate ?? false, by: opts.by, now: opts.now },
  );
  await trx
    .updateTable('weborder_requests')
    .set({ status: 'proposed', weborder_id: weborder.id, version: request.version + 1 })
    .where('id', '=', requestId)
    .execute();
  return weborder;
}
