import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AccountList } from '../../shared/api/accounts';
import type { CustomerSearchResult } from '../../shared/api/customers';
import { getJson, staffToken } from './apiSupport';
import { launchBrowser, signIn } from './browser';

const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');
const TRIES = 50;
/** A try that opens nothing waits 3 s: room for every try to fail, so the count is always printed. */
const SLOW_WHEN_WRONG = 240_000;

let browser: Browser;

interface Target {
  /** What is typed (a customer number, in some tries lower case or with a trailing space). */
  term: string;
  customerNumber: string;
  accountId: number;
}
const targets: Target[] = [];

/** Try i's spelling: exact, lower case, or with a trailing space (the same term after normalisation). */
function spelling(customerNumber: string, i: number): string {
  if (i % 5 === 3) return customerNumber.toLowerCase();
  if (i % 5 === 4) return `${customerNumber} `;
  return customerNumber;
}

beforeAll(async () => {
  const token = await staffToken(serverUrl, 'kcc', 'Kcc!2026');
  // Households whose customer number finds exactly that customer and exactly one account, spread over the seed.
  for (let k = 0; k < 300 && targets.length < TRIES; k++) {
    const customerNumber = `HM-${String(((k * 37) % 300) + 1).padStart(6, '0')}`;
    const term = spelling(customerNumber, targets.length);
    const q = encodeURIComponent(term.trim());
    const found = await getJson<CustomerSearchResult>(serverUrl, token, `/customers?q=${q}&limit=10`);
    const account = await getJson<AccountList>(serverUrl, token, `/accounts?q=${q}`);
    if (found.items.length !== 1 || found.items[0]?.customerNumber !== customerNumber) continue;
    if (account.items.length !== 1 || account.items[0]?.customerNumber !== customerNumber) continue;
    targets.push({ term, customerNumber, accountId: account.items[0].id });
  }
  expect(targets.length).toBe(TRIES);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signedInPage(hash: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${webUrl}${hash}`);
  await signIn(page, 'kcc', 'Kcc!2026');
  return page;
}

/** Waits (briefly) until the hash differs from `before`; returns it, or null when nothing opened. */
async function openedAfter(page: Page, before: string): Promise<string | null> {
  try {
    await page.waitForFunction((b) => location.hash !== b, before, { timeout: 3000, polling: 10 });
    return await page.evaluate(() => location.hash);
  } catch {
    return null;
  }
}

/**
 * Half the tries first type the start of the term and wait until its rows are on screen, then type the rest
 * and press ArrowDown + Enter at once (the rows on screen are then an older term's); the other half type the
 * whole term and the keys at once into a field whose rows belong to another term.
 */
const waitsForPrefix = (i: number) => i % 2 === 0;
const prefixOf = (term: string, i: number) => term.slice(0, 6 + (i % 3));

// The two screens in two windows at the same time: most of a try is waiting for a debounce.
describe.concurrent('no action on stale results: type, ArrowDown + Enter with no delay', () => {
  it(`Ctrl+K opens the customer typed, ${TRIES} times`, async ({ expect }) => {
    const page = await signedInPage('#/customer');
    await page.locator('input[name="customerSearch"]').waitFor();
    const input = page.locator('input[name="quickLookup"]');
    const wrong: string[] = [];
    const started = Date.now();
    for (const [i, target] of targets.entries()) {
      const before = await page.evaluate(() => location.hash);
      await page.keyboard.press('Control+k');
      await input.waitFor();
      let rest = target.term;
      if (waitsForPrefix(i)) {
        const prefix = prefixOf(target.term, i);
        await input.fill(prefix);
        await page.locator('[data-testid="quick-lookup"] [role="option"][data-customer]').first().waitFor();
        rest = target.term.slice(prefix.length);
      }
      await page.keyboard.type(rest);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const opened = await openedAfter(page, before);
      if (opened !== `#/customer/${target.customerNumber}`) {
        wrong.push(`"${target.term}" → ${opened ?? 'nothing'}`);
        if (opened === null) await page.keyboard.press('Escape');
      }
      await input.waitFor({ state: 'detached' });
    }
    console.log(`[e2e] stale results, Ctrl+K: ${TRIES - wrong.length}/${TRIES} tries opened the customer typed (${Date.now() - started} ms)`);
    expect(wrong).toEqual([]);
  }, SLOW_WHEN_WRONG);

  it(`Accounts opens the account of the customer number typed, ${TRIES} times`, async ({ expect }) => {
    const page = await signedInPage('#/accounts');
    const search = page.locator('input[name="accountSearch"]');
    const grid = page.locator('[data-testid="accounts-grid"]');
    const drawer = page.locator('[role="dialog"][aria-labelledby="account-drawer-title"]');
    await search.waitFor();
    const wrong: string[] = [];
    const started = Date.now();
    for (const [i, target] of targets.entries()) {
      const before = await page.evaluate(() => location.hash);
      // The rows of another term are on screen: the prefix's, or those of the empty field.
      const shown = waitsForPrefix(i) ? prefixOf(target.term, i) : '';
      await search.fill(shown);
      if (waitsForPrefix(i)) await expect.poll(() => grid.getAttribute('data-shown-query'), { interval: 10 }).toBe(shown.trim());
      await page.keyboard.type(target.term.slice(shown.length));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const opened = await openedAfter(page, before);
      if (opened !== `#/accounts/${target.accountId}`) wrong.push(`"${target.term}" → ${opened ?? 'nothing'}`);
      if (opened !== null) {
        // Wait until the drawer has gone: closing, it gives the focus back, which would take it from the field.
        await drawer.waitFor();
        await page.keyboard.press('Escape');
        await expect.poll(() => drawer.count(), { interval: 10 }).toBe(0);
      }
    }
    console.log(`[e2e] stale results, Accounts: ${TRIES - wrong.length}/${TRIES} tries opened the account typed (${Date.now() - started} ms)`);
    expect(wrong).toEqual([]);
  }, SLOW_WHEN_WRONG);
});
