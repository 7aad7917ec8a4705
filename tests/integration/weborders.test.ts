import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWeborderCreationGuard } from '../../server/weborders/creationGuards';
import { ApiError as ServerApiError } from '../../server/errors';
import { weborderEvents, type WeborderEvent } from '../../server/weborders/weborderEvents';
import type { WeborderStatus } from '../../shared/domain/weborderStatus';
import { canTransition, weborderStatuses } from '../../shared/domain/weborderStatus';
import type { ApiClient } from '../../shared/client';
import { failure, startTestServer, type TestServer } from './support/testServer';
import { newWeborder, seedWeborderFixture } from './weborderFixture';

// The weborders' API end to end over HTTP: school lookup, creation (total, duplicates, guards), every move the
// state machine allows or refuses, bulk with a mixed selection, stale versions, the ledger and finance
// overview, the export's content and formula safety, teacher requests, partners and their applications.
describe('weborders', () => {
  let s: TestServer;
  let c: ApiClient;
  let admin: ApiClient;
  let blockedPartner = 0;
  beforeAll(async () => {
    s = await startTestServer();
    await seedWeborderFixture(s);
    await s.addStaff('hd', 'Geheim!2026', ['helpdesk'], 'Hanna Helpdesk');
    await s.addStaff('beheer', 'Geheim!2026', ['admin']);
    c = s.client(await s.signIn('hd', 'Geheim!2026'));
    admin = s.client(await s.signIn('beheer', 'Geheim!2026'));
    // Issue 13's hook: a guard that refuses one partner (set per test).
    addWeborderCreationGuard(async (_trx, partnerId) =>
      partnerId === blockedPartner ? new ServerApiError('conflict', 'IBAN-wijziging loopt', { reason: 'iban_change_pending' }) : null,
    );
  });
  afterAll(async () => s.close());

  let eventSeq = 0;
  /** A fresh pending weborder (a distinct event each, so no duplicate warning). */
  const fresh = (over: Parameters<typeof newWeborder>[0] = {}) => c.call('weborders.create', { body: newWeborder({ event: `Test ${++eventSeq}`, ...over }) });
  /** Puts a weborder in a state directly (setting up a case, not under test). */
  async function force(id: number, status: WeborderStatus, errorFrom: WeborderStatus | null = null): Promise<number> {
    const row = await s.store.db
      .updateTable('weborders')
      .set((eb) => ({ status, error_from_status: errorFrom, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .returning('version')
      .executeTakeFirstOrThrow();
    return row.version;
  }

  it('looks a school up by number, or says it is unknown', async () => {
    expect(await c.call('schools.get', { params: { schoolNumber: '5001' } })).toEqual({ schoolNumber: '5001', name: 'De school van CJP', budgetHolder: 'Jennet Sintenie' });
    const err = await failure(c.call('schools.get', { params: { schoolNumber: '9999' } }));
    expect(err.status).toBe(404);
  });

  it('creates a pending weborder with the total computed by the server, in cents, and its history', async () => {
    const w = await fresh({ ticketPrice: 50, students: 1, teachers: 1 });
    expect(w).toMatchObject({ status: 'pending', total: 100, persons: 2, schoolName: 'De school van CJP', budgetHolder: 'Jennet Sintenie', version: 1 });
    expect(w.history).toEqual([expect.objectContaining({ from: null, to: 'pending', actor: 'helpdesk', actorName: 'Hanna Helpdesk' })]);
    const pkg = await fresh({ ticketPrice: 999, packagePrice: 45000, students: 28, teachers: 2 });
    expect(pkg).toMatchObject({ total: 45000, ticketPrice: null, packagePrice: 45000 });
    const unknown = await failure(fresh({ schoolNumber: '9999' }));
    expect(unknown.status).toBe(400);
    expect(unknown.info.code === 'validation' && unknown.info.details?.fields.schoolNumber).toBeTruthy();
    const noPrice = await failure(fresh({ ticketPrice: null }));
    expect(noPrice.status).toBe(400);
  });

  it('warns about a weborder for the same partner, school, event and day, and creates it only when confirmed', async () => {
    const first = await c.call('weborders.create', { body: newWeborder({ event: 'Dubbel Concert', desiredAt: '2030-05-01T09:00:00.000Z' }) });
    const dupes = await c.call('weborders.duplicates', { query: { partnerId: 1, schoolNumber: '5001', event: 'dubbel concert', desiredAt: '2030-05-01T13:00:00.000Z' } });
    expect(dupes.items.map((d) => d.id)).toEqual([first.id]);
    const refused = await failure(c.call('weborders.create', { body: newWeborder({ event: 'Dubbel Concert', desiredAt: '2030-05-01T13:00:00.000Z' }) }));
    expect(refused.status).toBe(409);
    expect(refused.info.code === 'conflict' && refused.info.details?.reason).toBe('duplicate');
    expect(refused.message).toContain(String(first.id));
    const other = await c.call('weborders.create', { body: newWeborder({ event: 'Dubbel Concert', desiredAt: '2030-05-02T13:00:00.000Z' }) });
    expect(other.status).toBe('pending');
    const confirmed = await c.call('weborders.create', { body: newWeborder({ event: 'Dubbel Concert', desiredAt: '2030-05-01T13:00:00.000Z', confirmDuplicate: true }) });
    expect(confirmed.id).toBeGreaterThan(first.id);
  });

  it('runs the creation guards inside the transaction (refusal: nothing written)', async () => {
    const before = await s.store.db.selectFrom('weborders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    blockedPartner = 2;
    try {
      const err = await failure(fresh({ partnerId: 2 }));
      expect(err.status).toBe(409);
      expect(err.info.code === 'conflict' && err.info.details?.reason).toBe('iban_change_pending');
    } finally {
      blockedPartner = 0;
    }
    const after = await s.store.db.selectFrom('weborders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect((await fresh({ partnerId: 2 })).status).toBe('pending');
  });

  it('allows exactly the moves of the state machine (helpdesk, and on behalf of school and partner); 409 names from and to', async () => {
    const w = await fresh();
    let checked = 0;
    for (const from of weborderStatuses) {
      for (const to of weborderStatuses) {
        for (const actor of ['helpdesk', 'school', 'partner'] as const) {
          const errorFrom = from === 'error' ? 'budget_approved' : null;
          const version = await force(w.id, from, errorFrom);
          const call = c.call('weborders.transition', {
            params: { id: w.id },
            body: { to, version, reason: 'Omdat het moet', ...(actor === 'helpdesk' ? {} : { onBehalfOf: actor }) },
          });
          if (canTransition(from, to, actor, errorFrom)) {
            const moved = await call;
            expect(moved.status, `${from}→${to} by ${actor}`).toBe(to);
            expect(moved.history.at(-1), `${from}→${to}`).toMatchObject({ from, to, actor });
          } else {
            const err = await failure(call);
            expect(err.status, `${from}→${to} by ${actor}`).toBe(409);
            expect(err.info.code === 'conflict' && err.info.details).toMatchObject({ from, to });
          }
          checked++;
        }
      }
    }
    expect(checked).toBe(108);
  });

  it('needs a reason to reject (400), refuses a stale version (409) and returns a Foutmelding to where it came from', async () => {
    const w = await fresh();
    const noReason = await failure(c.call('weborders.transition', { params: { id: w.id }, body: { to: 'rejected', version: w.version } }));
    expect(noReason.status).toBe(400);
    expect(noReason.info.code === 'validation' && noReason.info.details?.fields.reason).toBeTruthy();
    const err = await c.call('weborders.transition', { params: { id: w.id }, body: { to: 'error', reason: 'Bank weigert', version: w.version } });
    expect(err).toMatchObject({ status: 'error', errorMessage: 'Bank weigert', errorFrom: 'pending', version: 2 });
    const stale = await failure(c.call('weborders.transition', { params: { id: w.id }, body: { to: 'pending', version: 1 } }));
    expect(stale.status).toBe(409);
    expect(stale.info.code === 'conflict' && stale.info.details?.currentVersion).toBe(2);
    const elsewhere = await failure(c.call('weborders.transition', { params: { id: w.id }, body: { to: 'budget_approved', version: 2 } }));
    expect(elsewhere.status).toBe(409);
    const solved = await c.call('weborders.transition', { params: { id: w.id }, body: { to: 'pending', version: 2 } });
    expect(solved).toMatchObject({ status: 'pending', errorMessage: null, errorFrom: null });
  });

  it('bulk: does what it may, lists what it refuses and why, one audit entry per weborder, events after commit', async () => {
    const ok = [await fresh(), await fresh(), await fresh()];
    for (const w of ok) await force(w.id, 'budget_approved');
    const pending = await fresh();
    const events: WeborderEvent[] = [];
    const off = weborderEvents(s.store).subscribe((e) => events.push(e));
    const beforeAudit = await s.store.db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow();
    const result = await c.call('weborders.bulkTransition', { body: { ids: [...ok.map((w) => w.id), pending.id, 999_999], to: 'cjp_approved' } });
    off();
    expect(result.done).toEqual(ok.map((w) => w.id));
    expect(result.refused).toEqual([
      { id: pending.id, code: 'conflict', message: expect.stringContaining('In afwachting') },
      { id: 999_999, code: 'not_found', message: expect.any(String) },
    ]);
    const audit = await s.store.db.selectFrom('audit_log').select(['action', 'target']).where('id', '>', Number(beforeAudit.m)).execute();
    expect(audit).toEqual(ok.map((w) => ({ action: 'weborder.transition', target: `weborder:${w.id}` })));
    expect(events.map((e) => e.type === 'weborder.changed' && [e.weborderId, e.from, e.to])).toEqual(ok.map((w) => [w.id, 'budget_approved', 'cjp_approved']));
    expect((await c.call('weborders.get', { params: { id: pending.id } })).status).toBe('pending');
    const noReason = await failure(c.call('weborders.bulkTransition', { body: { ids: [pending.id], to: 'rejected' } }));
    expect(noReason.status).toBe(400);
  });

  it('lists with server-side filters, sorting and paging', async () => {
    const all = await c.call('weborders.list', { query: { pageSize: 100 } });
    expect(all.total).toBeGreaterThan(60);
    const dates = all.items.map((w) => w.orderDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const pending = await c.call('weborders.list', { query: { status: 'pending', partnerId: 1, pageSize: 5, sort: 'total' } });
    expect(pending.items.every((w) => w.status === 'pending' && w.partnerId === 1)).toBe(true);
    const totals = pending.items.map((w) => w.total);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    const page2 = await c.call('weborders.list', { query: { status: 'pending', partnerId: 1, pageSize: 5, sort: 'total', page: 2 } });
    expect(page2.total).toBe(pending.total);
    expect(page2.items.map((w) => w.id).some((id) => pending.items.some((p) => p.id === id))).toBe(false);
    const byText = await c.call('weborders.list', { query: { q: 'Dubbel Concert' } });
    expect(byText.items.length).toBe(3);
    // ASCII case is ignored on both engines (SQLite's LIKE; lower() on PostgreSQL), and % is no wildcard.
    expect((await c.call('weborders.list', { query: { q: 'dUBBEL concert' } })).items.map((w) => w.id)).toEqual(byText.items.map((w) => w.id));
    expect((await c.call('weborders.list', { query: { q: 'Dubbel%Concert' } })).total).toBe(0);
    const bySchool = await c.call('weborders.list', { query: { schoolNumber: '5001', pageSize: 100 } });
    expect(bySchool.items.every((w) => w.schoolNumber === '5001')).toBe(true);
    // "Wacht op de helpdesk" (Aandacht's link): exactly the Budgethouder goedgekeurd and Foutmelding ones.
    const waiting = await c.call('weborders.list', { query: { waitingFor: 'helpdesk', pageSize: 100 } });
    const expected = all.total <= 100 ? all.items.filter((w) => w.status === 'budget_approved' || w.status === 'error').length : null;
    expect(waiting.total).toBeGreaterThan(0);
    expect(waiting.items.every((w) => w.status === 'budget_approved' || w.status === 'error')).toBe(true);
    if (expected !== null) expect(waiting.total).toBe(expected);
    const perStatus = await Promise.all((['budget_approved', 'error'] as const).map((status) => c.call('weborders.list', { query: { status, pageSize: 1 } })));
    expect(waiting.total).toBe(perStatus.reduce((n, l) => n + l.total, 0));
    const today = s.clock.now().toISOString().slice(0, 10);
    const created = await c.call('weborders.list', { query: { from: today, to: today, pageSize: 100 } });
    expect(created.items.length).toBeGreaterThan(0);
    expect(created.items.every((w) => w.orderDate.startsWith(today))).toBe(true);
    // A day that does not exist is refused naming the field (on PostgreSQL it used to fail as a timestamp: 500).
    const noSuchDay = await failure(c.call('weborders.list', { query: { from: '2026-02-30' } }));
    expect(noSuchDay.status).toBe(400);
    expect(noSuchDay.info.code === 'validation' && noSuchDay.info.details?.fields.from).toBeTruthy();
  });

  it('pays out: three ledger lines (€ 0,30 → fee € 0,02, payout € 0,28) and the overview equals the ledger', async () => {
    const w = await fresh({ ticketPrice: 15, students: 1, teachers: 1, partnerId: 3 });
    const v = await force(w.id, 'cjp_approved');
    const before = await c.call('finance.overview', { query: { partnerId: 3 } });
    await c.call('weborders.transition', { params: { id: w.id }, body: { to: 'paid', version: v } });
    const lines = await s.store.db.selectFrom('ledger_lines').selectAll().where('weborder_id', '=', w.id).orderBy('id').execute();
    expect(lines.map((l) => [l.kind, l.debit_cents, l.credit_cents])).toEqual([
      ['invoice', 0, 30],
      ['fee', 2, 0],
      ['payout', 28, 0],
    ]);
    expect(lines[0]?.description).toMatch(/^Factuur weborder 0+\d+ - d\.d\. 2030-09-21 12:30 De school van CJP/);
    const after = await c.call('finance.overview', { query: { partnerId: 3 } });
    expect([after.income - before.income, after.commission - before.commission, after.payout - before.payout]).toEqual([30, 2, 28]);
    // The overview equals the sums of every ledger line, in total and per partner.
    for (const partnerId of [undefined, 1, 3]) {
      const o = await c.call('finance.overview', { query: partnerId ? { partnerId } : {} });
      let q = s.store.db.selectFrom('ledger_lines').select(['kind', 'debit_cents', 'credit_cents']);
      if (partnerId) q = q.where('partner_id', '=', partnerId);
      const all = await q.execute();
      const sum = (kind: string, f: 'debit_cents' | 'credit_cents') => all.filter((l) => l.kind === kind).reduce((t, l) => t + l[f], 0);
      expect([o.income, o.commission, o.payout]).toEqual([sum('invoice', 'credit_cents'), sum('fee', 'debit_cents'), sum('payout', 'debit_cents')]);
      expect(o.income).toBe(o.commission + o.payout);
      expect(o.months.reduce((t, m) => t + m.income, 0)).toBe(o.income);
    }
    const ledger = await c.call('finance.ledger', { query: { partnerId: 3, pageSize: 3 } });
    expect(ledger.items.map((l) => l.kind)).toEqual(['payout', 'fee', 'invoice']);
  });

  it('exports every matching weborder as .xlsx with formula-safe cells', async () => {
    const evil = await fresh({ name: '=HYPERLINK("http://evil.example","klik")', partnerId: 4 });
    const bytes = await c.call('weborders.export', { query: { partnerId: 4 } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const ws = wb.getWorksheet('Weborders');
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).getCell(1).value).toBe('ID');
    const expected = await c.call('weborders.list', { query: { partnerId: 4, pageSize: 100 } });
    expect(ws.rowCount - 1).toBe(expected.total);
    const row = ws.getRows(2, ws.rowCount - 1)?.find((r) => r.getCell(1).value === evil.id);
    if (!row) throw new Error('row missing');
    expect(row.getCell(3).value).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(row.getCell(3).formula).toBeUndefined();
    expect(row.getCell(4).value).toBe('In afwachting');
    expect(row.getCell(18).value).toBe(evil.total / 100);
  });

  it('turns a teacher request into a pending weborder, once', async () => {
    const events: WeborderEvent[] = [];
    const off = weborderEvents(s.store).subscribe((e) => events.push(e));
    const r = await c.call('weborderRequests.create', {
      body: { partnerId: 1, schoolNumber: '5001', teacherName: 'Jennet Sintenie', event: 'Verzoek test', desiredAt: '2030-01-22T10:20:00.000Z', students: 5, teachers: 1, level: 'PRO' },
    });
    expect(events).toEqual([expect.objectContaining({ type: 'weborder_request.created', requestId: r.id })]);
    const open = await c.call('weborderRequests.list', { query: { status: 'open', pageSize: 100 } });
    expect(open.items.some((x) => x.id === r.id)).toBe(true);
    const body = { version: r.version, name: 'Verzoek test', grade: '1', teacher: r.teacherName, teachers: r.teachers, students: r.students, event: r.event, desiredAt: r.desiredAt, ticketPrice: 250 };
    const w = await c.call('weborderRequests.propose', { params: { id: r.id }, body });
    off();
    expect(w).toMatchObject({ status: 'pending', total: 1500, requestId: r.id, schoolNumber: '5001' });
    expect(events.at(-1)).toMatchObject({ type: 'weborder.changed', weborderId: w.id, from: null, to: 'pending' });
    const again = await failure(c.call('weborderRequests.propose', { params: { id: r.id }, body: { ...body, version: r.version + 1 } }));
    expect(again.status).toBe(409);
  });

  it('partners: overview with counts and attention, details, validated KvK/VAT, IBAN not writable, applications decided', async () => {
    const list = await c.call('partners.list', { query: { pageSize: 100 } });
    expect(list.total).toBe(12);
    expect(list.items[0]).toMatchObject({ status: 'applied', overdue: true, attention: ['application_overdue'] });
    const one = list.items.find((p) => p.id === 1);
    const counted = await c.call('weborders.list', { query: { partnerId: 1, pageSize: 1 } });
    expect(one?.weborders).toBe(counted.total);
    const attention = await c.call('partners.list', { query: { attention: 'true', pageSize: 100 } });
    expect(attention.items.every((p) => p.attention.length > 0)).toBe(true);
    const applied = await c.call('partners.list', { query: { status: 'applied' } });
    expect(applied.total).toBe(4);

    const p = await c.call('partners.get', { params: { id: 2 } });
    expect(p.iban).toMatch(/^NL\d{2}[A-Z]{4}\d{10}$/);
    const badKvk = await failure(c.call('partners.update', { params: { id: 2 }, body: { version: p.version, kvkNumber: '1234' } }));
    expect(badKvk.status).toBe(400);
    expect(badKvk.info.code === 'validation' && badKvk.info.details?.fields.kvkNumber).toBeTruthy();
    const badVat = await failure(c.call('partners.update', { params: { id: 2 }, body: { version: p.version, vatNumber: 'NL123456789B01' } }));
    expect(badVat.info.code === 'validation' && badVat.info.details?.fields.vatNumber).toBeTruthy();
    const sneaky = { version: p.version, kvkNumber: '1234 5678', vatNumber: 'nl 1234.56782 b01', iban: 'NL91ABNA0417164300' };
    const updated = await c.call('partners.update', { params: { id: 2 }, body: sneaky });
    expect(updated).toMatchObject({ kvkNumber: '12345678', vatNumber: 'NL123456782B01', iban: p.iban, version: p.version + 1 });
    const stale = await failure(c.call('partners.update', { params: { id: 2 }, body: { version: p.version, city: 'Zwolle' } }));
    expect(stale.status).toBe(409);

    const app = await c.call('partners.get', { params: { id: 9 } });
    expect(app).toMatchObject({ status: 'applied', overdue: true });
    expect(app.checklist.agreesContribution).toBe(true);
    const noReason = await failure(c.call('partners.reject', { params: { id: 9 }, body: { version: app.version, reason: ' ' } }));
    expect(noReason.status).toBe(400);
    const approved = await c.call('partners.approve', { params: { id: 9 }, body: { version: app.version } });
    expect(approved).toMatchObject({ status: 'active', overdue: false, decidedBy: 'Hanna Helpdesk' });
    const mail = await s.store.db.selectFrom('outbox_mail').selectAll().where('template', '=', 'partner_approved').executeTakeFirstOrThrow();
    expect(mail.to_address).toBe(app.contactEmail);
    const twice = await failure(c.call('partners.approve', { params: { id: 9 }, body: { version: approved.version } }));
    expect(twice.status).toBe(409);
    expect((await fresh({ partnerId: 9 })).status).toBe('pending');
    const notActive = await failure(fresh({ partnerId: 10 }));
    expect(notActive.status).toBe(400);
  });

  it('lets an administrator read but not change', async () => {
    expect((await admin.call('weborders.list')).total).toBeGreaterThan(0);
    expect((await admin.call('finance.overview')).income).toBeGreaterThan(0);
    const err = await failure(admin.call('weborders.create', { body: newWeborder({ event: 'Beheerder' }) }));
    expect(err.status).toBe(403);
  });
});
