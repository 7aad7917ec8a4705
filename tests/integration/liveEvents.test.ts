import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../shared/api/events';
import { weborderEvents } from '../../server/weborders/weborderEvents';
import { NEW_IBAN, insertPartner, pngProof } from './helpdeskFixture';
import { startTestServer, type TestServer } from './support/testServer';

/** A Server-Sent Events reader over fetch streaming (what the app does: EventSource cannot send the token). */
class SseClient {
  readonly events: LiveEvent[] = [];
  private readonly controller = new AbortController();
  private waiters: Array<() => void> = [];
  private done: Promise<void> = Promise.resolve();

  async open(url: string, token: string, lastEventId?: number): Promise<this> {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', ...(lastEventId !== undefined ? { 'last-event-id': String(lastEventId) } : {}) },
      signal: this.controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    this.done = (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = frame.split('\n').find((l) => l.startsWith('data: '));
            if (data) this.events.push(JSON.parse(data.slice(6)) as LiveEvent);
            for (const w of this.waiters.splice(0)) w();
          }
        }
      } catch {
        // aborted
      }
    })();
    return this;
  }

  /** Waits (at most `ms`) until an event of this type has arrived. */
  async next(type: LiveEvent['type'], ms = 1000): Promise<LiveEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.find((e) => e.type === type);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${type} within ${ms} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    this.controller.abort();
    await this.done;
  }
}

describe('live events (SSE) and the attention overview', () => {
  let s: TestServer;
  let partnerId: number;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    s = await startTestServer();
    await s.addStaff('hd-a', 'Geheim!2026', ['helpdesk']);
    await s.addStaff('hd-b', 'Geheim!2026', ['helpdesk']);
    await s.addStaff('kcc', 'Geheim!2026', ['kcc']);
    for (const u of ['hd-a', 'hd-b', 'kcc']) tokens[u] = await s.signIn(u, 'Geheim!2026');
    partnerId = await insertPartner(s);
  });
  afterAll(async () => s.close());

  const url = () => `${s.url}/api/v1/events`;

  it('delivers a new IBAN change to a connected helpdesk member within a second, and resumes after a reconnect', async () => {
    const b = await new SseClient().open(url(), tokens['hd-b']!);
    const started = Date.now();
    const created = await s.client(tokens['hd-a']).call('ibanChanges.create', {
      body: { party: 'partner', partyId: partnerId, oldIban: 'NL91ABNA0417164300', newIban: NEW_IBAN, accountName: 'Stichting De Spiegel', proof: pngProof },
    });
    const event = await b.next('iban_change.created', 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event.data).toMatchObject({ id: created.id, party: 'partner' });
    // No IBAN on the wire: clients refetch through the guarded API.
    expect(JSON.stringify(event)).not.toContain('RABO');
    await b.close();

    // While disconnected: the decision. Reconnecting with Last-Event-ID gets it, and not the one already seen.
    await s.client(tokens['hd-b']).call('ibanChanges.reject', { params: { id: created.id }, body: { reason: 'Bewijs onleesbaar', version: 1 } });
    const again = await new SseClient().open(url(), tokens['hd-b']!, event.id);
    const decided = await again.next('iban_change.decided', 1000);
    expect(decided.id).toBeGreaterThan(event.id);
    expect(decided.data.status).toBe('rejected');
    expect(again.events.some((e) => e.id === event.id)).toBe(false);
    await again.close();
  });

  it('forwards weborder events and gives each role only the events it may see', async () => {
    const hd = await new SseClient().open(url(), tokens['hd-a']!);
    const kcc = await new SseClient().open(url(), tokens['kcc']!);
    weborderEvents(s.store).publish({ type: 'weborder_request.created', requestId: 7, partnerId, schoolNumber: '01AB', at: s.clock.now().toISOString() });
    expect((await hd.next('weborder_request.created')).data.id).toBe(7);
    await hd.close();
    await kcc.close();
    expect(kcc.events).toEqual([]);
    // The KCC role may not see weborders nor IBAN changes: its backlog from 0 holds none of them; helpdesk's all 3.
    const backlog = async (user: string) => {
      const res = await fetch(`${url()}?lastEventId=0`, { headers: { authorization: `Bearer ${tokens[user]}` } });
      expect(res.status).toBe(200);
      return res.text();
    };
    expect(await backlog('kcc')).toBe('');
    expect((await backlog('hd-a')).match(/^id: /gm)?.length).toBe(3);
    const unauth = await fetch(url(), { headers: { accept: 'text/event-stream' } });
    expect(unauth.status).toBe(401);
    await unauth.text();
  });

  it('counts what needs attention against a known set, each role its own part', async () => {
    const db = s.store.db;
    const now = s.clock.now().getTime();
    const iso = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
    await db
      .insertInto('accounts')
      .values([
        { username: 'blok1', email: 'b1@x.nl', password_hash: 'x', manually_blocked: 1, auto_blocked_until: null, created_at: iso(20), last_login_at: iso(10) },
        { username: 'blok2', email: 'b2@x.nl', password_hash: 'x', manually_blocked: 0, auto_blocked_until: iso(-1), created_at: iso(3), last_login_at: iso(2) },
        { username: 'was-blok', email: 'b3@x.nl', password_hash: 'x', manually_blocked: 0, auto_blocked_until: iso(1), created_at: iso(200), last_login_at: null },
      ])
      .execute();
    await db
      .insertInto('account_requests')
      .values([
        { customer_number: 'HM-000001', created_at: iso(8) },
        { customer_number: 'HM-000002', created_at: iso(30) },
        { customer_number: 'HM-000003', created_at: iso(2) },
      ])
      .execute();
    await s.client(tokens['hd-a']).call('ibanChanges.create', {
      body: { party: 'partner', partyId: partnerId, oldIban: 'NL91ABNA0417164300', newIban: NEW_IBAN, accountName: 'Stichting De Spiegel', proof: pngProof },
    });

    const kcc = await s.client(tokens['kcc']).call('attention.get');
    expect(kcc.blockedAccounts?.count).toBe(2);
    expect(kcc.blockedAccounts?.items.map((i) => i.username).sort()).toEqual(['blok1', 'blok2']);
    expect(kcc.stuckRequests?.count).toBe(2);
    expect(kcc.stuckRequests?.items[0]?.customerNumber).toBe('HM-000002');
    // The links' filters ("Nu geblokkeerd", "Langer dan 7 dagen open") list exactly what is counted here.
    const blocked = await s.client(tokens['kcc']).call('accounts.list', { query: { status: 'blocked' } });
    expect(blocked.items.map((a) => a.username).sort()).toEqual(['blok1', 'blok2']);
    const stuck = await s.client(tokens['kcc']).call('accountRequests.list', { query: { status: 'stuck' } });
    expect(stuck.items.map((r) => r.customerNumber).sort()).toEqual(['HM-000001', 'HM-000002']);
    expect(kcc.pendingIbanChanges).toBeNull();
    expect(kcc.pendingWeborders).toBeNull();
    const weeks = kcc.activity90d?.items ?? [];
    expect(weeks.reduce((n, w) => n + (w.newAccounts ?? 0), 0)).toBe(2);
    expect(weeks.reduce((n, w) => n + (w.signIns ?? 0), 0)).toBe(2);
    expect(weeks.every((w) => w.weborders === null)).toBe(true);

    const hd = await s.client(tokens['hd-a']).call('attention.get', { query: { days: 7 } });
    expect(hd.blockedAccounts).toBeNull();
    expect(hd.stuckRequests).toBeNull();
    expect(hd.pendingIbanChanges).toMatchObject({ count: 1, overdue: 0 });
    expect(hd.pendingIbanChanges?.items[0]?.newIban).toBe('NL44 **** **** **67 89');
    expect(hd.openWeborderRequests?.count).toBe(0);
    expect(hd.activity90d?.items.every((w) => w.signIns === null && w.weborders === 0)).toBe(true);
    expect(hd.activity90d?.count).toBeLessThanOrEqual(2);
  });
});
