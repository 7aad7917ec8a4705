import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

describe('look-along (C1) and the one-time portal link (C5)', () => {
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

  const start = async (token = kcc, nr = 'HM-001021') => {
    const res = await s.api('POST', `/customers/${nr}/look-along`, { token });
    expect(res.status).toBe(201);
    return res.body as unknown as { sessionId: string; expiresAt: string };
  };
  const phone = (token: string, session: string, nr = 'HM-001021') =>
    s.api('PUT', `/customers/${nr}/phone`, { token, body: { phone: '0612345678', version: 1 }, headers: { 'x-look-along-session': session } });

  it('starts a session for the time-out setting, audited; admin may not look along', async () => {
    const t0 = s.clock.now().getTime();
    const { sessionId, expiresAt } = await start();
    expect(new Date(expiresAt).getTime() - t0).toBe(20 * 60_000);
    const state = await s.api('GET', `/look-along/${sessionId}`, { token: kcc });
    expect(state.body).toMatchObject({ state: 'active', customerNumber: 'HM-001021' });
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'look_along.start').execute();
    expect(audit.at(-1)).toMatchObject({ customer_number: 'HM-001021', actor: 'kcc1' });
    expect(audit.at(-1)?.details).toContain(sessionId);
    expect((await s.api('POST', '/customers/HM-001021/look-along', { token: admin })).status).toBe(403);
    expect((await s.api('POST', '/customers/HM-009999/look-along', { token: kcc })).status).toBe(404);
  });

  it('refuses another staff member’s session and another customer (403)', async () => {
    const { sessionId } = await start();
    expect((await phone(other, sessionId)).status).toBe(403);
    expect((await phone(kcc, sessionId, 'HM-001022')).status).toBe(403);
    expect((await s.api('GET', `/look-along/${sessionId}`, { token: other })).status).toBe(403);
  });

  it('expires after the time-out without use (409 conflict), and says so', async () => {
    const { sessionId } = await start();
    // The staff session itself stays alive through another call; the look-along session is not used.
    s.clock.advanceMinutes(15);
    expect((await s.api('GET', '/staff/me', { token: kcc })).status).toBe(200);
    s.clock.advanceMinutes(6);
    const res = await phone(kcc, sessionId);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'conflict', details: { reason: 'look_along_expired' } });
    expect((await s.api('GET', `/look-along/${sessionId}`, { token: kcc })).body.state).toBe('expired');
  });

  it('use keeps it alive; ending it is audited and refuses later calls', async () => {
    const { sessionId } = await start();
    s.clock.advanceMinutes(15);
    expect((await s.api('GET', '/customers/HM-001021/overview', { token: kcc, headers: { 'x-look-along-session': sessionId } })).status).toBe(200);
    s.clock.advanceMinutes(15);
    const v = ((await s.api('GET', '/customers/HM-001021/overview', { token: kcc })).body.contact as unknown as { version: number }).version;
    const ok = await s.api('PUT', '/customers/HM-001021/phone', { token: kcc, body: { phone: '0687654321', version: v }, headers: { 'x-look-along-session': sessionId } });
    expect(ok.status).toBe(200);
    const entry = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'customer.phone.update').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ customer_number: 'HM-001021', look_along_session_id: sessionId, actor: 'kcc1' });
    expect((await s.api('DELETE', `/look-along/${sessionId}`, { token: kcc })).status).toBe(204);
    const end = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'look_along.end').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(end.customer_number).toBe('HM-001021');
    const after = await phone(kcc, sessionId);
    expect(after.status).toBe(409);
    expect(after.body.error?.details?.reason).toBe('look_along_ended');
  });

  it('one-time portal link: signed, works once, refused when reused or late', async () => {
    const { sessionId } = await start();
    const res = await s.api('POST', '/customers/HM-001021/portal-link', { token: kcc, headers: { 'x-look-along-session': sessionId } });
    expect(res.status).toBe(200);
    const url = res.body.url as unknown as string;
    expect(new Date(res.body.expiresAt as unknown as string).getTime() - s.clock.now().getTime()).toBe(120_000);
    const token = url.split('/').at(-1) ?? '';
    const first = await s.api('GET', `/portal/one-time/${token}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ customerNumber: 'HM-001021' });
    const second = await s.api('GET', `/portal/one-time/${token}`);
    expect(second.status).toBe(409);
    expect(second.body.error?.details?.reason).toBe('link_used');
    const forged = await s.api('GET', `/portal/one-time/${token.slice(0, -3)}abc`);
    expect(forged.status).toBe(404);

    const late = await s.api('POST', '/customers/HM-001021/portal-link', { token: kcc, headers: { 'x-look-along-session': sessionId } });
    s.clock.advanceMinutes(3);
    const lateRes = await s.api('POST', `/portal/one-time/${(late.body.url as unknown as string).split('/').at(-1) ?? ''}`);
    expect(lateRes.status).toBe(409);
    expect(lateRes.body.error?.details?.reason).toBe('link_expired');
    const audit = await s.store.db.selectFrom('audit_log').select(['action', 'look_along_session_id']).where('action', 'like', 'customer.portal_link.%').execute();
    expect(audit.map((a) => a.action)).toEqual(['customer.portal_link.create', 'customer.portal_link.redeem', 'customer.portal_link.create']);
    expect(audit[0]?.look_along_session_id).toBe(sessionId);
    expect((await s.api('POST', '/customers/HM-001021/portal-link', { token: kcc })).status).toBe(403);
  });
});
