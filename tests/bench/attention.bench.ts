import { PNG_BASE64 } from '../integration/helpdeskFixture';
import { SseParser } from '../../renderer/src/live/sseParser';
import type { LiveEvent } from '../../shared/api/events';
import { percentiles, timeEach, type BenchContext } from './context';

/**
 * The attention overview over HTTP at the bench's size (1 M households: ~1 M accounts, 100,000 weborders), per
 * role, and the live-event latency: from sending a change (POST) to the event arriving on another staff
 * member's open SSE stream, over 100 IBAN changes entered and 100 decided. Targets printed beside the figures.
 */
const N = 100;
const fmt = (ms: number) => ms.toFixed(2).padStart(8);

async function token(ctx: BenchContext, username: string, password: string): Promise<string> {
  const res = await fetch(`${ctx.url}/api/v1/staff/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  return ((await res.json()) as { token: string }).token;
}

async function call(ctx: BenchContext, tok: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${ctx.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${tok}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : null };
}

export async function run(ctx: BenchContext): Promise<void> {
  const helpdesk = await token(ctx, 'helpdesk', 'Helpdesk!2026');
  const helpdesk2 = await token(ctx, 'helpdesk2', 'Helpdesk2!2026');
  const runs = Array.from({ length: N }, (_, i) => i);

  for (const [who, tok] of [['admin (accounts, requests, weborders)', ctx.token], ['helpdesk (IBAN, weborders)', helpdesk]] as const) {
    for (const days of [90, 365]) {
      const c0 = performance.now();
      const first = await call(ctx, tok, 'GET', `/attention?days=${days}`);
      const cold = performance.now() - c0;
      if (first.status !== 200) {
        console.log(`attention ${who}: HTTP ${first.status} — skipped`);
        continue;
      }
      const t = percentiles(await timeEach(runs, () => call(ctx, tok, 'GET', `/attention?days=${days}`)));
      // The weekly activity is kept for a minute (ACTIVITY_CACHE_MS): the first call counts it, the next ones reuse it.
      console.log(`GET /attention ${days}d ${who.padEnd(38)} p50 ${fmt(t.p50)} ms  p95 ${fmt(t.p95)} ms   (target p95 < 100 ms; first call, activity counted: ${cold.toFixed(0)} ms)`);
    }
  }
  const a = (await call(ctx, ctx.token, 'GET', '/attention')).body as Record<string, { count?: number } | null>;
  console.log(`  counts: blocked ${a.blockedAccounts?.count}, stuck requests ${a.stuckRequests?.count}, weborders waiting ${a.pendingWeborders?.count}, open teacher requests ${a.openWeborderRequests?.count}`);

  // Event latency: helpdesk2 listens; helpdesk enters a change, helpdesk2 rejects it (so the partner is free again).
  const partners = (await call(ctx, helpdesk, 'GET', '/partners?pageSize=50')).body as { items: Array<{ id: number }> };
  let partnerId = 0;
  let oldIban = '';
  for (const p of partners.items) {
    const bank = (await call(ctx, helpdesk, 'GET', `/iban-changes/party-bank?party=partner&partyId=${p.id}`)).body as { iban: string; pendingChangeId: number | null };
    if (bank.iban !== '' && bank.pendingChangeId === null) {
      partnerId = p.id;
      oldIban = bank.iban;
      break;
    }
  }
  if (!partnerId) {
    console.log('event latency: no partner with an IBAN and no open change — skipped');
    return;
  }
  const controller = new AbortController();
  const res = await fetch(`${ctx.url}/api/v1/events`, { headers: { authorization: `Bearer ${helpdesk2}`, accept: 'text/event-stream' }, signal: controller.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  const waiting = new Map<string, (e: LiveEvent) => void>();
  const early = new Map<string, LiveEvent>();
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        for (const e of parser.push(value)) {
          const key = `${e.type}:${e.data.id}`;
          const w = waiting.get(key);
          if (w) w(e);
          else early.set(key, e);
        }
      }
    } catch {
      // closed
    }
  })();
  const arrival = (key: string) =>
    new Promise<number>((resolve) => {
      if (early.has(key)) return resolve(performance.now());
      waiting.set(key, () => resolve(performance.now()));
    });
  const created: number[] = [];
  const decided: number[] = [];
  const newIbans = ['NL44RABO0123456789', 'NL69INGB0123456789'];
  for (let i = 0; i < N; i++) {
    const newIban = newIbans.find((x) => x !== oldIban) ?? newIbans[0]!;
    const t0 = performance.now();
    const c = await call(ctx, helpdesk, 'POST', '/iban-changes', {
      party: 'partner',
      partyId: partnerId,
      oldIban,
      newIban,
      accountName: 'Bench',
      proof: { fileName: 'p.png', contentType: 'image/png', dataBase64: PNG_BASE64 },
    });
    const id = (c.body as { id: number; version: number }).id;
    created.push((await arrival(`iban_change.created:${id}`)) - t0);
    const t1 = performance.now();
    await call(ctx, helpdesk2, 'POST', `/iban-changes/${id}/reject`, { reason: 'Bench', version: 1 });
    decided.push((await arrival(`iban_change.decided:${id}`)) - t1);
  }
  controller.abort();
  await pump;
  const pc = percentiles(created);
  const pd = percentiles(decided);
  console.log(`event latency, entered (POST → other client) p50 ${fmt(pc.p50)} ms  p95 ${fmt(pc.p95)} ms   over ${N} events (target p95 < 1000 ms)`);
  console.log(`event latency, decided (POST → other client) p50 ${fmt(pd.p50)} ms  p95 ${fmt(pd.p95)} ms   over ${N} events (target p95 < 1000 ms)`);
}
