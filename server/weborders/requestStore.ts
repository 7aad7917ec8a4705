import type { Transaction } from 'kysely';
import type { List } from '../../shared/api/common';
import type { CreateWeborderRequest, WeborderRequest } from '../../shared/api/weborders';
import type { DB } from '../db/schema';
import { fieldError, notFound } from '../errors';
import type { Db } from './weborderRows';

function selectRequests(db: Db) {
  return db
    .selectFrom('weborder_requests as r')
    .innerJoin('schools as s', 's.id', 'r.school_id')
    .innerJoin('partners as p', 'p.id', 'r.partner_id')
    .selectAll('r')
    .select(['s.school_number', 's.name as school_name', 'p.name as partner_name']);
}
type RequestRow = Awaited<ReturnType<ReturnType<typeof selectRequests>['executeTakeFirstOrThrow']>>;

function toRequest(r: RequestRow): WeborderRequest {
  return {
    id: r.id,
    createdAt: r.created_at,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    schoolNumber: r.school_number,
    schoolName: r.school_name,
    teacherName: r.teacher_name,
    teacherEmail: r.teacher_email,
    teacherPhone: r.teacher_phone,
    grade: r.grade,
    level: r.level,
    event: r.event,
    desiredAt: r.desired_at,
    students: r.students,
    teachers: r.teachers,
    remark: r.remark,
    status: r.status === 'proposed' ? 'proposed' : 'open',
    weborderId: r.weborder_id,
    version: r.version,
  };
}

export async function listRequests(db: Db, q: { status?: 'open' | 'proposed'; page: number; pageSize: number }): Promise<List<WeborderRequest>> {
  let base = db.selectFrom('weborder_requests as r');
  if (q.status) base = base.where('r.status', '=', q.status);
  let rows = selectRequests(db);
  if (q.status) rows = rows.where('r.status', '=', q.status);
  const [items, count] = await Promise.all([
    rows
      .orderBy('r.created_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(toRequest), total: Number(count.n), page: q.page, pageSize: q.pageSize };
}

export async function getRequest(db: Db, id: number): Promise<WeborderRequest> {
  const row = await selectRequests(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Weborderverzoek');
  return toRequest(row);
}

/** Records a teacher's request for a partner's activity (the school portal's "weborderverzoek"). */
export async function createRequest(trx: Transaction<DB>, b: CreateWeborderRequest, now: string): Promise<WeborderRequest> {
  const partner = await trx.selectFrom('partners').select('id').where('id', '=', b.partnerId).executeTakeFirst();
  if (!partner) throw fieldError('partnerId', 'Onbekende partner');
  const school = await trx.selectFrom('schools').select('id').where('school_number', '=', b.schoolNumber).executeTakeFirst();
  if (!school) throw fieldError('schoolNumber', `Schoolnummer ${b.schoolNumber} is onbekend`);
  const { id } = await trx
    .insertInto('weborder_requests')
    .values({
      created_at: now,
      partner_id: partner.id,
      school_id: school.id,
      teacher_name: b.teacherName,
      teacher_email: b.teacherEmail,
      teacher_phone: b.teacherPhone,
      grade: b.grade,
      level: b.level,
      event: b.event,
      desired_at: new Date(b.desiredAt).toISOString(), // UTC ISO with ms, as weborderStore
      students: b.students,
      teachers: b.teachers,
      remark: b.remark,
      weborder_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getRequest(trx, id);
}
