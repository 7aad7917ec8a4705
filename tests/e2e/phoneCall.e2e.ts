import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Account } from '../../shared/api/accounts';
import type { ApiClient } from '../../shared/client';
import { autoBlock, staffClient, staffToken } from './apiSupport';
import { launchBrowser, signIn } from './browser';

// The measured phone call, played as a KCC worker in a real browser against the seeded server: Ctrl+K open,
// find the caller by postcode + house number, open the customer, read the account status, then do the account
// action on the customer screen. Per step: the person's actions (key presses, clicks, one typed text = one)
// and the waiting (from the action until its result is visible). Targets per account action from an open
// Ctrl+K: at most 5 actions and under 2 s of waiting in total.

const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');
const MAX_ACTIONS = 5;
const MAX_WAIT_MS = 2000;

let browser: Browser;
let page: Page;
let staff: ApiClient;

interface Step {
  call: string;
  step: string;
  actions: number;
  waitMs: number;
}
const steps: Step[] = [];

const status = () => page.locator('[data-testid="customer-header"] [data-testid="account-status"]');
const actions = () => page.getByRole('toolbar', { name: 'Accountacties' });

/** Does one step: `act` is what the person does, then the clock runs until `until` resolves (the visible result). */
async function measure(call: string, step: string, count: number, act: () => Promise<void>, until: () => Promise<unknown>): Promise<void> {
  await act();
  const start = performance.now();
  await until();
  steps.push({ call, step, actions: count, waitMs: Math.round(performance.now() - start) });
}

/** The visible text of a locator becomes `text` (checked on every animation frame in the page, not polled from here). */
async function textIs(locator: Locator, text: string): Promise<void> {
  await locator.waitFor();
  const handle = await locator.elementHandle();
  await page.waitForFunction(([el, want]) => el?.textContent === want, [handle, text] as const, { polling: 'raf' });
}

/** What the caller says: postcode and house number (with the addition, if any) of the correspondence address. */
async function postcodeTerm(customerNumber: string): Promise<string> {
  const o = await staff.call('customers.overview', { params: { customerNumber } });
  const a = o.contact.correspondenceAddress;
  return `${a.postcode} ${a.houseNumber}${a.addition ? ` ${a.addition}` : ''}`;
}

/**
 * From an open Ctrl+K: type the term, move to the caller's row, Enter; the customer screen shows the status.
 */
async function findAndOpen(call: string, customerNumber: string, expectedStatus: string): Promise<void> {
  // Each call starts away from the customer (the search screen), as the next call on a desk would.
  await page.evaluate(() => {
    location.hash = '#/customer';
  });
  await page.locator('[data-testid="customer-header"]').waitFor({ state: 'detached' });
  await page.keyboard.press('Control+k');
  const input = page.locator('[data-testid="quick-lookup"] input[name="quickLookup"]');
  await input.waitFor();
  const term = await postcodeTerm(customerNumber);
  const fresh = page.locator('[data-testid="quick-lookup"] [role="listbox"][data-fresh="true"]');
  const row = fresh.locator(`[role="option"][data-customer="${customerNumber}"]`);
  await measure(call, `type "${term}"`, 1, () => input.fill(term), () => row.waitFor());
  // Usually first; a building with several households needs ArrowDown to reach the caller.
  const options = await fresh.locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-customer')));
  const downs = options.indexOf(customerNumber);
  expect(downs).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < downs; i++) await input.press('ArrowDown');
  await measure(call, `${'ArrowDown + '.repeat(downs)}Enter → status read`, downs + 1, () => input.press('Enter'), () => textIs(status(), expectedStatus));
  expect(await page.evaluate(() => location.hash)).toBe(`#/customer/${customerNumber}`);
}

function total(call: string): { actions: number; waitMs: number } {
  const mine = steps.filter((s) => s.call === call);
  return { actions: mine.reduce((n, s) => n + s.actions, 0), waitMs: mine.reduce((n, s) => n + s.waitMs, 0) };
}

function assertTargets(call: string): void {
  const t = total(call);
  expect(t.actions, `${call}: actions`).toBeLessThanOrEqual(MAX_ACTIONS);
  expect(t.waitMs, `${call}: waiting (ms)`).toBeLessThan(MAX_WAIT_MS);
}

let blockTarget: Account & { customerNumber: string };
let unconfirmed: Account & { customerNumber: string };

beforeAll(async () => {
  staff = staffClient(serverUrl, await staffToken(serverUrl, 'kccbeheer', 'KccBeheer!2026'));
  // Plain confirmed tenant accounts from a page the other specs do not pick from.
  const list = await staff.call('accounts.list', { query: { pageSize: 100, page: 1 } });
  const plains = list.items.filter((a) => a.customerNumber && a.customerNumber !== 'HM-999999' && a.confirmedAt && !a.manuallyBlocked && !a.autoBlocked && a.role === 'user');
  const plain = plains[Math.floor(plains.length / 2)];
  if (!plain?.customerNumber) throw new Error('no plain confirmed tenant account in the seed');
  blockTarget = { ...plain, customerNumber: plain.customerNumber };
  const open = (await staff.call('accounts.list', { query: { status: 'unconfirmed', pageSize: 20 } })).items.filter((a) => a.customerNumber)[5];
  if (!open?.customerNumber) throw new Error('no unconfirmed account in the seed');
  unconfirmed = { ...open, customerNumber: open.customerNumber };
  await autoBlock(serverUrl, blockTarget.username);

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${webUrl}#/customer`);
  await signIn(page, 'kccbeheer', 'KccBeheer!2026');
  await page.locator('nav').first().waitFor();
});

afterAll(async () => {
  // Leave the seed as found for the other specs.
  if (blockTarget) {
    const now = await staff.call('accounts.get', { params: { id: blockTarget.id } });
    if (now.manuallyBlocked) await staff.call('accounts.unblock', { params: { id: blockTarget.id } });
  }
  if (steps.length > 0) {
    const rows = steps.map((s) => `| ${s.call} | ${s.step} | ${s.actions} | ${s.waitMs} |`);
    const calls = [...new Set(steps.map((s) => s.call))].map((c) => {
      const t = total(c);
      return `| **${c}** | total (from an open Ctrl+K) | **${t.actions}** | **${t.waitMs}** |`;
    });
    console.log(['', '| Call | Step | Actions | Waiting (ms) |', '|---|---|---|---|', ...rows, ...calls, ''].join('\n'));
  }
  await browser?.close();
});

describe('the measured phone call (KCC, customer screen account actions)', () => {
  it('Activeren: an automatically blocked tenant calls', async () => {
    const call = 'Activeren';
    await findAndOpen(call, blockTarget.customerNumber, 'Automatisch geblokkeerd');
    await measure(call, 'click Activeren', 1, () => actions().getByRole('button', { name: 'Activeren' }).click(), () => page.locator('[data-testid="activate-dialog"] .MuiDialog-paper').waitFor());
    await measure(
      call,
      'confirm → status Actief',
      1,
      () => page.locator('[data-testid="activate-dialog"] .MuiDialog-paper').getByRole('button', { name: 'Activeren' }).click(),
      () => textIs(status(), 'Actief'),
    );
    assertTargets(call);
  });

  it('Blokkeren: the tenant asks to block the account', async () => {
    const call = 'Blokkeren';
    await findAndOpen(call, blockTarget.customerNumber, 'Actief');
    await measure(call, 'click Blokkeren', 1, () => actions().getByRole('button', { name: 'Blokkeren' }).click(), () => page.getByRole('textbox', { name: /Reden van blokkeren/ }).waitFor());
    await page.getByRole('textbox', { name: /Reden van blokkeren/ }).fill('Telefonisch verzoek van de huurder');
    await measure(
      call,
      'type reason, Enter → Handmatig geblokkeerd',
      2,
      () => page.getByRole('textbox', { name: /Reden van blokkeren/ }).press('Enter'),
      () => textIs(status(), 'Handmatig geblokkeerd'),
    );
    assertTargets(call);
  });

  it('De-blokkeren: the tenant calls back to lift the block', async () => {
    const call = 'De-blokkeren';
    await findAndOpen(call, blockTarget.customerNumber, 'Handmatig geblokkeerd');
    await measure(call, 'click De-blokkeren', 1, () => actions().getByRole('button', { name: 'De-blokkeren' }).click(), () => page.locator('[data-testid="unblock-dialog"] .MuiDialog-paper').waitFor());
    await measure(
      call,
      'confirm → status Actief',
      1,
      () => page.locator('[data-testid="unblock-dialog"] .MuiDialog-paper').getByRole('button', { name: 'De-blokkeren' }).click(),
      () => textIs(status(), 'Actief'),
    );
    assertTargets(call);
  });

  it('Activatiemail opnieuw versturen: an unconfirmed tenant lost the mail', async () => {
    const call = 'Activatiemail opnieuw';
    await findAndOpen(call, unconfirmed.customerNumber, 'Niet bevestigd');
    await measure(
      call,
      'click Activatiemail opnieuw versturen',
      1,
      () => actions().getByRole('button', { name: 'Activatiemail opnieuw versturen' }).click(),
      () => page.locator('[data-testid="resend-dialog"]').waitFor(),
    );
    await measure(call, 'Enter → "staat in de outbox"', 1, () => page.keyboard.press('Enter'), () => page.getByText(`De activatiemail naar ${unconfirmed.email} staat in de outbox.`).waitFor());
    expect(await page.evaluate(() => location.hash)).toBe(`#/customer/${unconfirmed.customerNumber}`);
    assertTargets(call);
  });
});
