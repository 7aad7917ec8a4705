import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

describe('look-along and the one-time portal link', () => {
  let s: TestServer;
  let kcc: string;
  let other: string;
  let admin: string;

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kcc1', 'Geheim!123', ['kcc'], 'Karin KCC');
    await s.addStaff('kcc2', 'Geheim!123', ['kcc-admin']);
    await s.addStaff('adm', 'Geheim!123', ['admin']);
    kcc = await s.signIn('kcc1', 'Geheim!123');
    other = await s.signIn('kcc2', 'Geheim!123');
    admin = await s.signIn('adm', 'Geheim!123');
    await insertHousehold(s, 'HM-001021');
    await insertHousehold(s, 'HM-001022');
  });
  afterAll(async () => s.close());

  const start = (token = kcc, customerNumber = 'HM-001021') => s.client(token).call('lookAlong.start', { params: { customerNumber } });
  const phone = (token: string, session: string, customerNumber = 'HM-001021', version = 1) =>
    s.client(token).call('onBehalf.phone', { params: { customerNumber }, body: { phone: '0612345678', version }, lookAlong: session });
  const state = (token: string, sessionId: string) => s.client(token).call('lookAlong.get', { params: { sessionId } });
  const auditOf = (action: string) => s.store.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id', 'desc').executeTakeFirstOrThrow();

  it('starts a session for the time-out setting, audited; admin may not look along', async () => {
    const t0 = s.clock.now().getTime();
    const { sessionId, expiresAt } = await start();
    expect(new Date(expiresAt).getTime() - t0).toBe(20 * 60_000);
    expect(await state(kcc, sessionId)).toMatchObject({ state: 'active', customerNumber: 'HM-001021' });
    const audit = await auditOf('look_along.start');
    expect(audit).toMatchObject({ customer_number: 'HM-001021', actor: 'kcc1' });
    expect(audit.details).toContain(sessionId);
    expect((await failure(start(admin))).status).toBe(403);
    expect((await failure(start(kcc, 'HM-009999'))).status).toBe(404);
  });

  it('refuses another staff member’s session and another customer (403)', async () => {
    const { sessionId } = await start();
    expect((await failure(phone(other, sessionId))).status).toBe(403);
    expect((await failure(phone(kcc, sessionId, 'HM-001022'))).status).toBe(403);
    expect((await failure(state(other, sessionId))).status).toBe(403);
  });

  it('expires after the time-out without use (409 conflict), and says so', async () => {
    const { sessionId } = await start();
    // The staff session itself stays alive through another call; the look-along session is not used.
    s.clock.advanceMinutes(15);
    await s.client(kcc).call('staff.me');
    s.clock.advanceMinutes(6);
    const expired = await failure(phone(kcc, sessionId));
    expect(expired.status).toBe(409);
    expect(expired.info).toMatchObject({ code: 'conflict', details: { reason: 'look_along_expired' } });
    expect((await state(kcc, sessionId)).state).toBe('expired');
  });

  it('use keeps it alive; ending it is audited and refuses later calls', async () => {
    const { sessionId } = await start();
    s.clock.advanceMinutes(15);
    await s.client(kcc).call('customers.overview', { params: { customerNumber: 'HM-001021' }, lookAlong: sessionId });
    s.clock.advanceMinutes(15);
    const v = (await s.client(kcc).call('customers.overview', { params: { customerNumber: 'HM-001021' } })).contact.version;
    await s.client(kcc).call('onBehalf.phone', { params: { customerNumber: 'HM-001021' }, body: { phone: '0687654321', version: v }, lookAlong: sessionId });
    expect(await auditOf('customer.phone.update')).toMatchObject({ customer_number: 'HM-001021', look_along_session_id: sessionId, actor: 'kcc1' });
    await s.client(kcc).call('lookAlong.stop', { params: { sessionId } });
    expect((await auditOf('look_along.end')).customer_number).toBe('HM-001021');
    const after = await failure(phone(kcc, sessionId, 'HM-001021', v + 1));
    expect(after.status).toBe(409);
    expect(after.info).toMatchObject({ code: 'conflict', details: { reason: 'look_along_ended' } });
  });

  it('one-time portal link: signed, works once, refused when reused or late', async () => {
    const { sessionId } = await start();
    const link = () => s.client(kcc).call('customers.portalLink', { params: { customerNumber: 'HM-001021' }, lookAlong: sessionId });
    const tokenOf = (url: string) => url.split('/').at(-1) ?? '';
    const first = await link();
    expect(new Date(first.expiresAt).getTime() - s.clock.now().getTime()).toBe(120_000);
    const token = tokenOf(first.url);
    const portal = s.client();
    // The link signs in to the household's portal account (without one it refuses: see portalLinkLanding.test.ts).
    await s.store.db.insertInto('accounts').values({
      username: 'cedee', email: 'f.cedee@example.nl', customer_number: 'HM-001021', password_hash: 'x', confirmed_at: '2026-01-01T00:00:00.000Z', created_at: '2026-01-01T00:00:00.000Z',
    }).execute();
    expect(await portal.call('portal.redeemLink', { params: { token } })).toMatchObject({ customerNumber: 'HM-001021' });
    const second = await failure(portal.call('portal.redeemLink', { params: { token } }));
    expect(second.status).toBe(409);
    expect(second.info).toMatchObject({ details: { reason: 'link_used' } });
    expect((await failure(portal.call('portal.redeemLink', { params: { token: `${token.slice(0, -3)}abc` } }))).status).toBe(404);

    const late = await link();
    s.clock.advanceMinutes(3);
    const lateRes = await failure(portal.call('portal.redeemLink', { params: { token: tokenOf(late.url) } }));
    expect(lateRes.status).toBe(409);
    expect(lateRes.info).toMatchObject({ details: { reason: 'link_expired' } });
    const audit = await s.store.db.selectFrom('audit_log').select(['action', 'look_along_session_id']).where('action', 'like', 'customer.portal_link.%').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['customer.portal_link.create', 'customer.portal_link.redeem', 'customer.portal_link.create']);
    expect(audit[0]?.look_along_session_id).toBe(sessionId);
    // Without the header (the typed client always sends one on this route).
    expect((await s.api('POST', '/customers/HM-001021/portal-link', { token: kcc })).status).toBe(403);
  });
});

describe('look-along: an audit entry names only a session verified as the caller’s own', () => {
  let s: TestServer;
  let a: string;
  let b: string;
  const nr = 'HM-001021';
  const params = { customerNumber: nr };

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kcc-a', 'Geheim!123', ['kcc'], 'Anna A');
    await s.addStaff('kcc-b', 'Geheim!123', ['kcc-admin'], 'Bert B');
    a = await s.signIn('kcc-a', 'Geheim!123');
    b = await s.signIn('kcc-b', 'Geheim!123');
    await insertHousehold(s, nr);
    await insertHousehold(s, 'HM-001022');
  });
  afterAll(async () => s.close());

  const entriesOf = (actor: string) => s.store.db.selectFrom('audit_log').selectAll().where('actor', '=', actor).orderBy('id').execute();

  it('another staff member’s live session is refused where sessions are taken, and ignored (not recorded) elsewhere', async () => {
    const { sessionId: ofA } = await s.client(a).call('lookAlong.start', { params });
    const asB = s.client(b);
    const before = (await entriesOf('kcc-b')).length;

    // Routes that take a session, optional ones included: 403 and nothing recorded.
    const refusals = [
      await failure(asB.call('activation.get', { params, lookAlong: ofA })),
      await failure(asB.call('activation.regenerate', { params, lookAlong: ofA })),
      await failure(asB.call('activation.requestLetter', { params, lookAlong: ofA })),
      await failure(asB.call('customers.overview', { params, lookAlong: ofA })),
      await failure(asB.call('customers.portalLink', { params, lookAlong: ofA })),
      await failure(asB.call('onBehalf.phone', { params, body: { phone: '0612345678', version: 1 }, lookAlong: ofA })),
    ];
    for (const refused of refusals) expect(refused.info).toMatchObject({ code: 'forbidden', details: { reason: 'look_along_mismatch' } });
    expect(await entriesOf('kcc-b')).toHaveLength(before);
    const code = await s.store.db.selectFrom('households').select('activation_code').where('customer_number', '=', nr).executeTakeFirstOrThrow();
    expect(code.activation_code).toBe('ABCD2345');

    // A route that takes no session: the foreign header is not read, the call works, the entry names no session.
    const started = await s.api('POST', '/customers/HM-001022/look-along', { token: b, headers: { 'x-look-along-session': ofA } });
    expect(started.status).toBe(201);
    const ofB = started.body.sessionId;
    expect(typeof ofB).toBe('string');
    const stopped = await s.api('DELETE', `/look-along/${String(ofB)}`, { token: b, headers: { 'x-look-along-session': ofA } });
    expect(stopped.status).toBe(204);

    // B's own view of the code without a session works and names none.
    expect((await asB.call('activation.get', { params })).code).toBe('ABCD2345');

    const ofBEntries = await entriesOf('kcc-b');
    expect(ofBEntries.slice(before).map((e) => e.action)).toEqual(['look_along.start', 'look_along.end', 'customer.activation_code.view']);
    expect(ofBEntries.every((e) => e.look_along_session_id === null)).toBe(true);
    const namingA = await s.store.db.selectFrom('audit_log').selectAll().where('look_along_session_id', '=', ofA).where('actor', '!=', 'kcc-a').execute();
    expect(namingA).toEqual([]);
  });

  it('an ended or malformed session on an optional route is refused and records nothing', async () => {
    const { sessionId } = await s.client(a).call('lookAlong.start', { params });
    await s.client(a).call('lookAlong.stop', { params: { sessionId } });
    const before = (await entriesOf('kcc-a')).length;
    const ended = await failure(s.client(a).call('activation.get', { params, lookAlong: sessionId }));
    expect(ended.info).toMatchObject({ code: 'conflict', details: { reason: 'look_along_ended' } });
    const malformed = await s.api('GET', `/customers/${nr}/activation-code`, { token: a, headers: { 'x-look-along-session': 'not-a-session' } });
    expect(malformed.status).toBe(403);
    expect(malformed.body.error).toMatchObject({ code: 'forbidden', details: { reason: 'look_along_required' } });
    expect(await entriesOf('kcc-a')).toHaveLength(before);
  });

  it('the caller’s own live session on an optional route is verified and recorded', async () => {
    const { sessionId } = await s.client(a).call('lookAlong.start', { params });
    expect((await s.client(a).call('activation.get', { params, lookAlong: sessionId })).code).toBe('ABCD2345');
    const entry = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'customer.activation_code.view').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor: 'kcc-a', customer_number: nr, look_along_session_id: sessionId });
  });
});
