import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Account } from '../../shared/api/accounts';
import type { ApiClient } from '../../shared/client';
import { autoBlock, staffClient, staffToken } from './apiSupport';
import { launchBrowser, screenshot, signIn } from './browser';

// One source of truth for the account status, and the account actions on the customer screen: a change made
// in Accounts shows on the customer (also when reopened through Ctrl+K's recent customers) and a change made
// on the customer shows in Accounts — in a real browser against the seeded server.

const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');
let browser: Browser;
let page: Page;
let staff: ApiClient;
let target: Account & { customerNumber: string };

const status = () => page.locator('[data-testid="customer-header"] [data-testid="account-status"]');
const actions = () => page.getByRole('toolbar', { name: 'Accountacties' });
const drawer = () => page.locator('[role="dialog"][aria-labelledby="account-drawer-title"]');
const grid = () => page.locator('[data-testid="accounts-grid"]');

/** Enter in a confirmation dialog, once its confirm button has the focus (as a person sees it before pressing). */
async function confirmWithEnter(label: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(label);
  await page.keyboard.press('Enter');
}

async function openAccountsFor(customerNumber: string): Promise<void> {
  await page.locator('nav a[data-area="accounts"]').click();
  const search = page.locator('input[name="accountSearch"]');
  await search.waitFor();
  await search.fill(customerNumber);
  await expect.poll(() => grid().getAttribute('data-shown-query')).toBe(customerNumber);
}

beforeAll(async () => {
  staff = staffClient(serverUrl, await staffToken(serverUrl, 'kccbeheer', 'KccBeheer!2026'));
  // A plain confirmed tenant account from the end of a page, away from what accounts.e2e.ts picks and from the
  // ten-year household HM-999999 other specs read.
  const list = await staff.call('accounts.list', { query: { pageSize: 100, page: 2 } });
  const found = [...list.items]
    .reverse()
    .find((a) => a.customerNumber && a.customerNumber !== 'HM-999999' && a.confirmedAt && !a.manuallyBlocked && !a.autoBlocked && a.role === 'user');
  if (!found?.customerNumber) throw new Error('no plain confirmed tenant account in the seed');
  target = { ...found, customerNumber: found.customerNumber };
  await autoBlock(serverUrl, target.username);

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${webUrl}#/customer/${target.customerNumber}`);
  await signIn(page, 'kccbeheer', 'KccBeheer!2026');
});
afterAll(async () => {
  // Leave the seed as found for the other specs.
  const now = await staff.call('accounts.get', { params: { id: target.id } });
  if (now.manuallyBlocked) await staff.call('accounts.unblock', { params: { id: target.id } });
  await browser?.close();
});

describe('account status: one source of truth', () => {
  it('shows the automatic block on the customer screen, with Activeren beside it', async () => {
    await expect.poll(() => status().innerText()).toBe('Automatisch geblokkeerd');
    expect(await actions().getByRole('button', { name: 'Activeren' }).isVisible()).toBe(true);
  });

  it('Activeren in Accounts → the customer reopened via Ctrl+K recent customers shows Actief at once', async () => {
    await openAccountsFor(target.customerNumber);
    await grid().locator('.MuiDataGrid-row', { hasText: target.customerNumber }).first().click();
    await drawer().getByRole('button', { name: 'Activeren' }).click();
    await page.locator('[data-testid="activate-dialog"] .MuiDialog-paper').getByRole('button', { name: 'Activeren' }).click();
    await expect.poll(() => drawer().locator('[data-testid="detail-blocked"]').innerText()).toBe('Nee');
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer().count()).toBe(0);

    await page.keyboard.press('Control+k');
    const recent = page.locator(`[data-testid="quick-lookup"] [data-customer="${target.customerNumber}"]`);
    await recent.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/customer/${target.customerNumber}`);
    // The first status the screen shows is the new one: read once, not polled until it turns.
    await status().waitFor();
    expect(await status().innerText()).toBe('Actief');
    expect(await actions().getByRole('button', { name: 'Activeren' }).count()).toBe(0);
    await screenshot(page, 'account-status-activated');
  });

  it('Blokkeren on the customer screen (two actions) → the Accounts list shows it blocked', async () => {
    await actions().getByRole('button', { name: 'Blokkeren' }).click();
    const reason = page.getByRole('textbox', { name: /Reden van blokkeren/ });
    await reason.fill('Telefonisch verzoek van de huurder');
    await reason.press('Enter');
    await expect.poll(() => status().innerText()).toBe('Handmatig geblokkeerd');
    expect(await actions().getByRole('button', { name: 'De-blokkeren' }).isVisible()).toBe(true);
    await screenshot(page, 'account-status-blocked-on-customer');

    await openAccountsFor(target.customerNumber);
    const row = grid().locator('.MuiDataGrid-row', { hasText: target.customerNumber }).first();
    await expect.poll(async () => (await row.textContent()) ?? '').toMatch(/handmatig/i);
    const server = await staff.call('accounts.get', { params: { id: target.id } });
    expect(server).toMatchObject({ manuallyBlocked: true, blockReason: 'Telefonisch verzoek van de huurder' });
  });

  it('an unconfirmed account gets its activation mail again from the customer screen in two actions', async () => {
    const unconfirmed = (await staff.call('accounts.list', { query: { status: 'unconfirmed', pageSize: 5 } })).items.find((a) => a.customerNumber);
    if (!unconfirmed?.customerNumber) throw new Error('no unconfirmed account in the seed');
    await page.goto(`${webUrl}#/customer/${unconfirmed.customerNumber}`);
    await expect.poll(() => status().innerText()).toBe('Niet bevestigd');
    await actions().getByRole('button', { name: 'Activatiemail opnieuw versturen' }).click();
    await confirmWithEnter('Versturen');
    await page.getByText(`De activatiemail naar ${unconfirmed.email} staat in de outbox.`).waitFor();
    // Still unconfirmed (the tenant has yet to click the new link), still on the customer.
    expect(await status().innerText()).toBe('Niet bevestigd');
    expect(await page.evaluate(() => location.hash)).toBe(`#/customer/${unconfirmed.customerNumber}`);
  });

  it('the Accounts drawer offers the same resend for an unconfirmed account, and not for a confirmed one', async () => {
    const unconfirmed = (await staff.call('accounts.list', { query: { status: 'unconfirmed', pageSize: 5 } })).items[1];
    if (!unconfirmed) throw new Error('no second unconfirmed account in the seed');
    await page.goto(`${webUrl}#/accounts/${target.id}`);
    await drawer().locator('[data-testid="account-details"]').waitFor();
    expect(await drawer().getByRole('button', { name: 'Activatiemail opnieuw versturen' }).count()).toBe(0);
    await page.goto(`${webUrl}#/accounts/${unconfirmed.id}`);
    const resend = drawer().getByRole('button', { name: 'Activatiemail opnieuw versturen' });
    await resend.click();
    // A dialog over the drawer gets the focus too, so Enter sends.
    await confirmWithEnter('Versturen');
    await page.getByText(`De activatiemail naar ${unconfirmed.email} staat in de outbox.`).waitFor();
  });

  it('"Openen bij Accounts" shows that customer\'s account in Accounts, and offers the way back to the customer', async () => {
    await page.goto(`${webUrl}#/customer/${target.customerNumber}`);
    await page.getByRole('tab', { name: 'Account' }).click();
    await page.getByRole('link', { name: 'Openen bij Accounts' }).click();
    await drawer().locator('[data-testid="account-details"]').waitFor();
    await expect.poll(() => grid().getAttribute('data-shown-query')).toBe(target.customerNumber);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="back-to-customer"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/customer/${target.customerNumber}`);
  });
});
