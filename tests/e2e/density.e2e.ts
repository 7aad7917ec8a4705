import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getJson, staffToken } from './apiSupport';
import { launchBrowser, screenshot, signIn } from './browser';

// A common desk laptop: 1280×720. The header must leave room for the work, and no grid may hide a column
// behind a sideways scroll.
const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');

let browser: Browser;
let page: Page;
let customerNumber: string;

beforeAll(async () => {
  const token = await staffToken(serverUrl, 'kcc', 'Kcc!2026');
  const list = await getJson<{ items: { customerNumber: string }[] }>(serverUrl, token, '/customers?q=straat&limit=5');
  customerNumber = list.items[0]?.customerNumber ?? '';
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${webUrl}#/accounts`);
  await signIn(page, 'kccbeheer', 'KccBeheer!2026');
  await page.locator('input[name="accountSearch"]').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

/** A row with data: while loading, the grid shows skeleton rows with the same class but no data-id. */
const dataRow = '.MuiDataGrid-row[data-id]';

/** How far a grid's content reaches past its visible width (0 when every column fits). */
async function gridOverflow(testId: string): Promise<number> {
  return page.locator(`[data-testid="${testId}"] .MuiDataGrid-virtualScroller`).evaluate((el) => el.scrollWidth - el.clientWidth);
}

describe('density at 1280×720', () => {
  it('the page header of a customer stays within ~120 px, below an app bar of at most 64 px', async () => {
    await page.goto(`${webUrl}#/customer/${customerNumber}`);
    const header = page.locator('[data-testid="customer-header"]');
    await header.waitFor();
    const bar = await page.locator('header.MuiAppBar-root').boundingBox();
    const box = await header.boundingBox();
    expect(bar?.height ?? 999).toBeLessThanOrEqual(64);
    expect(box?.height ?? 999).toBeLessThanOrEqual(124);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    await screenshot(page, 'density-customer');
  });

  it('the Accounts grid shows name and address of each row and cuts off no column', async () => {
    await page.locator('nav a[data-area="accounts"]').click();
    const grid = page.locator('[data-testid="accounts-grid"]');
    await grid.locator(dataRow).first().waitFor();
    const names = await grid.locator(`${dataRow} [data-field="name"]`).allInnerTexts();
    const addresses = await grid.locator(`${dataRow} [data-field="addressLine"]`).allInnerTexts();
    // Accounts without a household have none; the seeded list has many with one.
    expect(names.filter((n) => n.trim() !== '').length).toBeGreaterThan(0);
    expect(addresses.some((a) => /\d{4} ?[A-Z]{2}/.test(a))).toBe(true);
    expect(await gridOverflow('accounts-grid')).toBeLessThanOrEqual(1);
    await screenshot(page, 'density-accounts');
  });

  it('the requests grid shows the date of the last step and cuts off no column', async () => {
    await page.locator('nav a[data-area="account-requests"]').click();
    const grid = page.locator('[data-testid="requests-grid"]');
    await grid.locator(dataRow).first().waitFor();
    expect(await grid.locator('[role="columnheader"][data-field="lastStepAt"]').innerText()).toContain('Laatste stap');
    const dates = await grid.locator(`${dataRow} [data-field="lastStepAt"]`).allInnerTexts();
    expect(dates.some((d) => /\d{2}:\d{2}/.test(d))).toBe(true);
    expect(await gridOverflow('requests-grid')).toBeLessThanOrEqual(1);
    await screenshot(page, 'density-requests');
  });
});
