import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './browser';

// Each Aandacht block's "Alles bekijken" opens its screen with the block's filter applied (read from the link,
// then taken out of the address), the rows are the block's rows, and the user's own filter changes still work.

const webUrl = inject('webUrl');
let browser: Browser;
let page: Page;

const hash = () => new URL(page.url()).hash;
const digits = (s: string) => Number(s.replace(/\D/g, ''));

/** On the attention screen: the block's count and first rows, then its "Alles bekijken" clicked. */
async function follow(testId: string): Promise<{ count: number; firstRows: string[] }> {
  await page.goto(`${webUrl}#/attention`);
  await page.locator('[data-testid="attention-activity"]').waitFor();
  const card = page.locator(`[data-testid="${testId}"]`);
  await card.waitFor();
  const count = digits(await card.locator(`[data-testid="${testId}-count"]`).innerText());
  expect(count).toBeGreaterThan(0);
  const firstRows = (await card.locator('li .MuiListItemText-primary').allInnerTexts()).map((s) => s.trim());
  await card.getByRole('link', { name: 'Alles bekijken' }).click();
  return { count, firstRows };
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${webUrl}#/attention`);
  // The administrator sees all four blocks (accounts, account requests, weborders, teacher requests).
  await signIn(page, 'beheerder', 'Beheer!2026');
  await page.getByRole('heading', { name: 'Aandacht' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('Aandacht links open their screen filtered', () => {
  it('blocked accounts: "Nu geblokkeerd" replaces a filter and term left from before; the user can change it', async () => {
    // A filter and a search term left over from earlier work on the screen.
    await page.goto(`${webUrl}#/accounts`);
    await page.locator('input[name="accountSearch"]').fill('zzz-nothing');
    await page.getByRole('button', { name: 'Niet bevestigd' }).click();
    const { count, firstRows } = await follow('attention-blocked');
    await expect.poll(hash).toBe('#/accounts');
    expect(await page.getByRole('button', { name: 'Nu geblokkeerd' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('input[name="accountSearch"]').inputValue()).toBe('');
    await expect.poll(async () => digits(await page.locator('[data-testid="accounts-total"]').innerText())).toBe(count);
    const rows = page.locator('[data-testid="accounts-grid"] .MuiDataGrid-row');
    await expect.poll(() => rows.count()).toBe(Math.min(count, 25));
    expect(await rows.locator('[data-field="blocked"].blocked').count()).toBe(await rows.count());
    const usernames = await rows.locator('[data-field="username"]').allInnerTexts();
    for (const u of firstRows) expect(usernames).toContain(u);
    await screenshot(page, 'attention-link-accounts');
    // The user's own choice afterwards sticks (the link's filter is not applied again).
    await page.getByRole('button', { name: 'Handmatig geblokkeerd' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Handmatig geblokkeerd' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Nu geblokkeerd' }).getAttribute('aria-pressed')).toBe('false');
    await page.reload();
    await page.getByRole('button', { name: 'Handmatig geblokkeerd' }).waitFor();
    expect(await page.getByRole('button', { name: 'Handmatig geblokkeerd' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('account requests open longer than 7 days', async () => {
    const { count, firstRows } = await follow('attention-stuck');
    await expect.poll(hash).toBe('#/account-requests');
    expect(await page.getByRole('button', { name: 'Langer dan 7 dagen open' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => digits(await page.locator('[data-testid="requests-total"]').innerText())).toBe(count);
    const numbers = await page.locator('[data-testid="requests-grid"] .MuiDataGrid-row [data-field="customerNumber"]').allInnerTexts();
    expect(numbers).toHaveLength(Math.min(count, 25));
    for (const n of firstRows) expect(numbers).toContain(n);
  });

  it('weborders waiting for the helpdesk: only Budgethouder goedgekeurd and Foutmelding; another status can be chosen', async () => {
    const { count } = await follow('attention-weborders');
    await expect.poll(hash).toBe('#/weborders');
    const status = page.locator('[data-testid="weborder-filters"]').getByRole('combobox').first();
    await expect.poll(() => status.innerText()).toContain('Wacht op de helpdesk');
    await expect.poll(async () => digits(await page.locator('[data-testid="weborders-total"]').innerText())).toBe(count);
    const rows = page.locator('[data-testid^="weborder-row-"]');
    await expect.poll(() => rows.count()).toBe(Math.min(count, 25));
    for (const text of await rows.allInnerTexts()) expect(text).toMatch(/Budgethouder goedgekeurd|Foutmelding/);
    await status.click();
    await page.getByRole('option', { name: 'Foutmelding', exact: true }).click();
    await expect.poll(() => status.innerText()).toBe('Foutmelding');
    await expect.poll(async () => (await rows.allInnerTexts()).every((t) => t.includes('Foutmelding'))).toBe(true);
  });

  it('open teacher requests (the helpdesk\'s block: the administrator may not open that screen)', async () => {
    expect(await page.locator('[data-testid="attention-requests"]').count()).toBe(0);
    // A page of its own for the helpdesk.
    await page.close();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${webUrl}#/attention`);
    await signIn(page, 'helpdesk', 'Helpdesk!2026');
    await page.getByRole('heading', { name: 'Aandacht' }).waitFor();
    const { count } = await follow('attention-requests');
    await expect.poll(hash).toBe('#/weborder-requests');
    expect(await page.getByRole('button', { name: 'Open', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const rows = page.locator('[data-testid="requests-table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(Math.min(count, 25));
    expect(await rows.getByRole('button', { name: /^Weborder voorstellen/ }).count()).toBe(Math.min(count, 25));
  });
});
