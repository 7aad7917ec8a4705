import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Account } from '../../shared/api/accounts';
import { getJson, staffToken } from './apiSupport';
import { launchBrowser, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');
let browser: Browser;
let page: Page;
let token: string;

const search = () => page.locator('input[name="accountSearch"]');
const grid = () => page.locator('[data-testid="accounts-grid"]');
const rowWith = (text: string) => grid().locator('.MuiDataGrid-row', { hasText: text });
const drawer = () => page.locator('[role="dialog"][aria-labelledby="account-drawer-title"]');
const dialog = (id: string) => page.locator(`[data-testid="${id}"] .MuiDialog-paper`);

/** Escape goes to the top-most modal: wait until a closing dialog has really gone, then close the drawer. */
async function closeDrawer(): Promise<void> {
  await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
  await page.keyboard.press('Escape');
  await expect.poll(() => drawer().count()).toBe(0);
}

beforeAll(async () => {
  token = await staffToken(serverUrl, 'kccbeheer', 'KccBeheer!2026');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${webUrl}#/accounts`);
  await signIn(page, 'kccbeheer', 'KccBeheer!2026');
  await search().waitFor();
});
afterAll(async () => {
  await browser?.close();
});

/** Types into the search field and waits until the grid shows the rows of exactly that term. */
async function searchFor(term: string): Promise<void> {
  await search().fill(term);
  await expect.poll(() => grid().getAttribute('data-shown-query')).toBe(term);
}

describe('accounts screen', () => {
  it('opens with the search field focused and a total', async () => {
    await expect.poll(() => search().evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.locator('[data-testid="accounts-total"]').innerText()).toMatch(/\d+\+? accounts/);
  });

  it('finds an account by part of its e-mail, blocks it with a reason and unblocks it', async () => {
    const list = await getJson<{ items: Account[] }>(serverUrl, token, '/accounts?pageSize=100');
    const target = list.items.find((a) => !a.manuallyBlocked && !a.autoBlocked && a.confirmedAt && a.email.indexOf('@') >= 6);
    if (!target) throw new Error('no plain confirmed account in the seed');
    const at = target.email.indexOf('@');
    const part = target.email.slice(1, at + 3); // a substring: not the start, into the domain
    await searchFor(part);
    await rowWith(target.email).first().click();
    await expect.poll(() => drawer().locator('[data-testid="detail-email"]').innerText()).toContain(target.email);
    await expect.poll(() => drawer().innerText()).toMatch(/Account bevestigd\s+\d{2}-\d{2}-\d{4} \d{2}:\d{2}/);

    await drawer().getByRole('button', { name: 'Blokkeren' }).click();
    // The reason is required: checked before anything is sent.
    await dialog('block-dialog').getByRole('button', { name: 'Blokkeren' }).click();
    await expect.poll(() => dialog('block-dialog').innerText()).toContain('Dit veld is verplicht');
    const reason = 'Oneigenlijk gebruik van het portaal (E2E)';
    await dialog('block-dialog').locator('textarea[name="reason"]').fill(reason);
    await dialog('block-dialog').getByRole('button', { name: 'Blokkeren' }).click();
    await expect.poll(() => drawer().locator('[data-testid="detail-block-reason"]').innerText()).toBe(reason);
    expect(await drawer().locator('[data-testid="detail-blocked"]').innerText()).toBe('Handmatig');
    // The list shows it at once too (invalidated), in the "Geblokkeerd" column said positively.
    await expect.poll(() => rowWith(target.email).first().locator('[data-field="blocked"]').innerText()).toBe('Handmatig');
    await screenshot(page, 'accounts-blocked');

    await drawer().getByRole('button', { name: 'De-blokkeren' }).click();
    await dialog('unblock-dialog').getByRole('button', { name: 'De-blokkeren' }).click();
    await expect.poll(() => drawer().locator('[data-testid="detail-blocked"]').innerText()).toBe('Nee');
    expect(await drawer().locator('[data-testid="detail-block-reason"]').count()).toBe(0);
    await closeDrawer();
  });

  it('activates an automatically blocked account found with the filter chip', async () => {
    const blocked = await getJson<{ items: Account[]; total: number }>(serverUrl, token, '/accounts?status=auto_blocked');
    expect(blocked.total).toBeGreaterThan(0);
    await searchFor('');
    await page.locator('[data-filter="auto_blocked"]').click();
    await expect.poll(() => grid().locator('.MuiDataGrid-row').count()).toBe(Math.min(blocked.total, 25));
    const first = blocked.items[0] as Account;
    await rowWith(first.email).first().click();
    await expect.poll(() => drawer().locator('[data-testid="detail-blocked"]').innerText()).toMatch(/^Automatisch tot \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    expect(await rowWith(first.email).first().locator('[data-field="blocked"]').innerText()).toMatch(/^Automatisch tot \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    await screenshot(page, 'accounts-auto-blocked');
    await drawer().getByRole('button', { name: 'Activeren' }).click();
    await dialog('activate-dialog').getByRole('button', { name: 'Activeren' }).click();
    await expect.poll(() => drawer().locator('[data-testid="detail-blocked"]').innerText()).toBe('Nee');
    expect(await drawer().locator('[data-testid="detail-failed-logins"]').innerText()).toBe('0');
    expect(await drawer().getByRole('button', { name: 'Activeren' }).count()).toBe(0);
    await closeDrawer();
    // It left the filtered list.
    await expect.poll(() => rowWith(first.email).count()).toBe(0);
    await page.locator('[data-filter="auto_blocked"]').click();
  });

  it('moves from the search field into the grid with ArrowDown and opens details with Enter', async () => {
    await search().click();
    await searchFor('');
    await search().press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('gridcell');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/accounts\/\d+$/);
    await drawer().locator('[data-testid="account-details"]').waitFor();
    await closeDrawer();
  });

  it('keeps the search term across navigation', async () => {
    await searchFor('hm-0');
    await page.locator('nav a[data-area="account-requests"]').click();
    await page.locator('input[name="requestSearch"]').waitFor();
    await page.locator('nav a[data-area="accounts"]').click();
    await expect.poll(() => search().inputValue()).toBe('hm-0');
    await searchFor('');
  });

  it('shows live password feedback when creating an account', async () => {
    await page.getByRole('button', { name: 'Nieuw account' }).click();
    const d = dialog('create-dialog');
    await d.locator('input[name="username"]').fill('e2e.beheer');
    await d.locator('input[name="password"]').fill('abc');
    await expect.poll(() => d.locator('[data-rule="lower"]').getAttribute('data-ok')).toBe('true');
    expect(await d.locator('[data-rule="length"]').getAttribute('data-ok')).toBe('false');
    await d.locator('input[name="password"]').fill('Abcdef1!x');
    await expect.poll(() => d.locator('[data-ok="false"]').count()).toBe(0);
    await screenshot(page, 'accounts-create');
    await d.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('as kcc (look only): details without a block button', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const kccPage = await context.newPage();
    await kccPage.goto(`${webUrl}#/accounts`);
    await signIn(kccPage, 'kcc', 'Kcc!2026');
    const row = kccPage.locator('[data-testid="accounts-grid"] .MuiDataGrid-row').first();
    await row.waitFor();
    await row.click();
    await kccPage.locator('[data-testid="account-details"]').waitFor();
    expect(await kccPage.getByRole('button', { name: 'Blokkeren' }).count()).toBe(0);
    expect(await kccPage.getByRole('button', { name: 'Nieuw account' }).count()).toBe(0);
    expect(await kccPage.locator('[aria-labelledby="account-drawer-title"]').innerText()).toContain('U kunt accounts bekijken');
    await screenshot(kccPage, 'accounts-kcc-look-only');
    await context.close();
  });
});
