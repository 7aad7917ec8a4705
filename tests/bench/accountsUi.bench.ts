import type { Page } from 'playwright-core';
import { ensureRendererBuild, startWeb } from '../../scripts/web-server.mjs';
import { demoStaff } from '../../server/seed/index';
import { launchBrowser, signIn } from '../e2e/browser';
import { SEARCH_DEBOUNCE_MS } from '../../renderer/src/features/accounts/searchTiming';
import { percentiles, type BenchContext } from './context';
import { sqliteOf } from '../../server/db/connection';

/**
 * The account lookup as the staff member feels it: Chromium on the web build against the bench server (1M households),
 * Accounts screen, a term typed key by key (40 ms apart, a quick typist); measured in the page from the
 * last keystroke's input event until the grid shows the rows of exactly that term (plus one frame, so it
 * is on screen). The figure includes the search field's debounce (SEARCH_DEBOUNCE_MS) by design;
 * "after debounce" subtracts it to show request + render. Target (issue 3): p95 < 150 ms.
 */
const SAMPLES = 20;
const KEY_DELAY_MS = 40;
const DEBOUNCE_MS = SEARCH_DEBOUNCE_MS;

interface Pick {
  customer_number: string;
  email: string;
  username: string;
}

function pickTerms(ctx: BenchContext): string[] {
  const db = sqliteOf(ctx.store);
  const max = (db.prepare('SELECT max(id) AS m FROM accounts').get() as { m: number }).m;
  const st = db.prepare('SELECT customer_number, email, username FROM accounts WHERE id >= ? AND customer_number IS NOT NULL LIMIT 1');
  const terms: string[] = [];
  let x = 424242;
  for (let i = 0; terms.length < SAMPLES && i < SAMPLES * 10; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31; // deterministic picks
    const row = st.get(1 + (x % max)) as Pick | undefined;
    if (!row) continue;
    const kind = terms.length % 3;
    const local = row.email.split('@')[0] ?? row.email;
    // e-mail substring (not its start), username prefix, whole customer number
    const term = kind === 0 ? local.slice(1, 7) : kind === 1 ? row.username.slice(0, 6) : row.customer_number;
    if (term.length >= 3) terms.push(term.toLowerCase());
  }
  return terms;
}

/**
 * Starts watching (before typing) for the grid to show rows of `term`; resolves with ms since the last input
 * event. In-page code as a string: this file is typechecked for Node, without the DOM library.
 */
function watchRows(page: Page, term: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const t = ${JSON.stringify(term)};
    const grid = document.querySelector('[data-testid="accounts-grid"]');
    const check = () => {
      if (grid.getAttribute('data-shown-query') !== t) return;
      const first = grid.querySelector('.MuiDataGrid-row');
      if (!first || !(first.textContent || '').toLowerCase().includes(t)) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - (window.__lastInput || 0)));
    };
    const observer = new MutationObserver(check);
    observer.observe(grid, { subtree: true, childList: true, attributes: true, characterData: true });
  })`);
}

/** Minimal DOM shape for a predicate run in the page (the page's CSP forbids string predicates). */
interface PageGlobal {
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
}
function shownQueryIs(page: Page, q: string) {
  return page.waitForFunction(
    (want) => (globalThis as unknown as PageGlobal).document.querySelector('[data-testid="accounts-grid"]')?.getAttribute('data-shown-query') === want,
    q,
  );
}

export async function run(ctx: BenchContext): Promise<void> {
  await ensureRendererBuild({ log: (m) => console.log(`  ${m}`) });
  const web = await startWeb({ serverUrl: ctx.url, port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${web.url}#/accounts`);
    const staff = demoStaff.find((s) => s.roles.includes('kcc-admin'));
    if (!staff) throw new Error('no demo KCC administrator');
    await signIn(page, staff.username, staff.password);
    const field = page.locator('input[name="accountSearch"]');
    await field.waitFor();
    await page.locator('[data-testid="accounts-grid"] .MuiDataGrid-row').first().waitFor();
    // Every input event stamps the time; the last one before the rows appear is the last keystroke.
    await page.evaluate(`document.addEventListener('input', () => { window.__lastInput = performance.now(); }, true)`);

    const terms = pickTerms(ctx);
    const times: number[] = [];
    for (const [i, term] of [terms[0] ?? 'hm-0', ...terms].entries()) {
      await field.fill('');
      await shownQueryIs(page, '');
      const shown = watchRows(page, term);
      await field.pressSequentially(term, { delay: KEY_DELAY_MS });
      const ms = await Promise.race([shown, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no rows for "${term}" within 10 s`)), 10_000))]);
      if (i > 0) times.push(ms); // the first is a warm-up
    }
    const p = percentiles(times);
    const f = (n: number) => n.toFixed(0).padStart(5);
    console.log(`${times.length} typed terms (e-mail substrings, username prefixes, customer numbers), ${KEY_DELAY_MS} ms between keys`);
    console.log(`last keystroke → rows on screen: p50 ${f(p.p50)} ms  p95 ${f(p.p95)} ms  (target p95 < 150 ms; includes the ${DEBOUNCE_MS} ms debounce)`);
    console.log(`  after the debounce (request + render): p50 ${f(p.p50 - DEBOUNCE_MS)} ms  p95 ${f(p.p95 - DEBOUNCE_MS)} ms`);
  } finally {
    await browser.close();
    await web.close();
  }
}
