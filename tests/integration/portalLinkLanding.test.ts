import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/security/tokens';
import { failure, startTestServer, type TestServer } from './support/testServer';
import { insertHousehold } from './customersFixture';

// The one-time portal link: opening it (GET) only shows a page with a button, so mail scanners and link
// previews cannot use it up; the button's POST redeems it once into a tenant session for the household's
// portal account, limited to the look-along session that made the link.
describe('one-time portal link: landing page, redemption by POST, the session it makes', () => {
  let s: TestServer;
  let kcc = '';
  const nr = 'HM-001021';

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('kcc1', 'Geheim!123', ['kcc'], 'Karin KCC');
    await insertHousehold(s, nr, { withAccount: true });
    await insertHousehold(s, 'HM-001022');
  });
  afterAll(async () => s.close());

  // Signed in afresh: the fake clock moves past the staff session's own time-out between tests.
  async function startLookAlong(customerNumber = nr) {
    kcc = await s.signIn('kcc1', 'Geheim!123');
    return s.client(kcc).call('lookAlong.start', { params: { customerNumber } });
  }
  async function newLink(customerNumber = nr): Promise<{ token: string; lookAlong: { sessionId: string; expiresAt: string } }> {
    const lookAlong = await startLookAlong(customerNumber);
    const link = await s.client(kcc).call('customers.portalLink', { params: { customerNumber }, lookAlong: lookAlong.sessionId });
    return { token: link.url.split('/').at(-1) ?? '', lookAlong };
  }
  const linkUrl = (token: string) => `${s.url}/api/v1/portal/one-time/${token}`;
  const open = (token: string) => fetch(linkUrl(token));
  const formPost = (token: string) =>
    fetch(linkUrl(token), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
  const usedAt = async (token: string) => {
    const row = await s.store.db.selectFrom('one_time_links').select('used_at').where('token_hash', '=', hashToken(token)).executeTakeFirstOrThrow();
    return row.used_at;
  };

  it('GET shows a script-free page whose button posts to the same URL, and uses nothing up', async () => {
    const { token } = await newLink();
    for (let i = 0; i < 2; i++) {
      const res = await open(token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src|unsafe-inline/);
      const html = await res.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).not.toContain('<script');
      expect(html).toContain(`<form method="post" action="${token}">`);
      // The token appears in the form's action and nowhere else.
      expect(html.split(token).length - 1).toBe(1);
      expect(await usedAt(token)).toBeNull();
    }
    expect(await s.store.db.selectFrom('audit_log').select('id').where('action', '=', 'customer.portal_link.redeem').execute()).toHaveLength(0);
  });

  it('POST (API) redeems once into a tenant session for the look-along time left, audited under the staff member', async () => {
    const lookAlong = await startLookAlong();
    s.clock.advanceMinutes(12);
    const link = await s.client(kcc).call('customers.portalLink', { params: { customerNumber: nr }, lookAlong: lookAlong.sessionId });
    const token = link.url.split('/').at(-1) ?? '';
    // Making the link used the look-along session (extending it); read its end as it is now.
    const la = await s.client(kcc).call('lookAlong.get', { params: { sessionId: lookAlong.sessionId } });
    s.clock.advanceMinutes(1);
    const res = await s.client().call('portal.redeemLink', { params: { token } });
    expect(res).toMatchObject({ customerNumber: nr, redeemedAt: s.clock.now().toISOString() });
    expect(res.expiresAt).toBe(la.expiresAt);
    expect(new Date(res.expiresAt).getTime() - s.clock.now().getTime()).toBe(19 * 60_000);
    // The session works as the customer's portal account.
    expect(await s.client(res.token).call('portal.session')).toMatchObject({ customerNumber: nr });
    const again = await failure(s.client().call('portal.redeemLink', { params: { token } }));
    expect(again.status).toBe(409);
    expect(again.info).toMatchObject({ code: 'conflict', details: { reason: 'link_used' } });
    // Opening a used link says so.
    const page = await open(token);
    expect(page.status).toBe(409);
    expect(await page.text()).toContain('Deze link is al gebruikt.');
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'customer.portal_link.redeem').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor: 'kcc1', customer_number: nr, look_along_session_id: lookAlong.sessionId });
    // The session cannot outlast the look-along session, even when used, and stopping that one ends it at once.
    s.clock.advanceMinutes(10);
    await s.client(res.token).call('portal.session');
    await s.client(kcc).call('lookAlong.stop', { params: { sessionId: lookAlong.sessionId } });
    expect((await failure(s.client(res.token).call('portal.session'))).status).toBe(401);
  });

  it('the link’s session ends with the look-along time even while used', async () => {
    const { token, lookAlong } = await newLink();
    const res = await s.client().call('portal.redeemLink', { params: { token } });
    expect(res.expiresAt).toBe(lookAlong.expiresAt);
    for (let i = 0; i < 3; i++) {
      s.clock.advanceMinutes(6);
      await s.client(res.token).call('portal.session');
    }
    s.clock.advanceMinutes(3);
    expect((await failure(s.client(res.token).call('portal.session'))).status).toBe(401);
  });

  it('a browser form post gets a page saying who is signed in; a second one says the link is used', async () => {
    const { token } = await newLink();
    const first = await formPost(token);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/html/);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const html = await first.text();
    expect(html).toContain('U bent ingelogd als <strong>uHM-001021</strong> (klantnummer <span class="nr">HM-001021</span>); deze link is nu gebruikt.');
    expect(html).not.toContain(token);
    expect(await usedAt(token)).not.toBeNull();
    const second = await formPost(token);
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('Deze link is al gebruikt.');
  });

  it('refuses as before: forged 404, late 409 link_expired (page and JSON), and a forged token is no page with a form', async () => {
    const { token } = await newLink();
    const forged = `${token.slice(0, -3)}abc`;
    expect((await failure(s.client().call('portal.redeemLink', { params: { token: forged } }))).status).toBe(404);
    const forgedPage = await open(forged);
    expect(forgedPage.status).toBe(404);
    expect(await forgedPage.text()).not.toContain('<form');
    s.clock.advanceMinutes(3);
    const late = await failure(s.client().call('portal.redeemLink', { params: { token } }));
    expect(late.info).toMatchObject({ code: 'conflict', details: { reason: 'link_expired' } });
    const latePage = await open(token);
    expect(latePage.status).toBe(409);
    expect(await latePage.text()).toContain('Deze link is verlopen.');
  });

  it('a household without a portal account: 409 with a clear message, and the link stays unused', async () => {
    const { token } = await newLink('HM-001022');
    const err = await failure(s.client().call('portal.redeemLink', { params: { token } }));
    expect(err.status).toBe(409);
    expect(err.info).toMatchObject({ code: 'conflict', details: { reason: 'no_portal_account' } });
    expect(err.message).toContain('geen account voor het klantportaal');
    expect(await usedAt(token)).toBeNull();
    const page = await formPost(token);
    expect(page.status).toBe(409);
    expect(await page.text()).toContain('geen account voor het klantportaal');
  });

  it('a form post is refused on every other route (no cross-site form can call them)', async () => {
    const res = await fetch(`${s.url}/api/v1/portal/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=huurder&password=x',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('validation');
  });
});
