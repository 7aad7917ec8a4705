import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AccountRequest } from '../../shared/api/accounts';
import { getJson, staffToken } from './apiSupport';
import { launchBrowser, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');
let browser: Browser;
let page: Page;
let token: string;

const search = () => page.locator('input[name="requestSearch"]');
const grid = () => page.locator('[data-testid="requests-grid"]');
const drawer = () => page.locator('[role="dialog"][aria-labelledby="request-drawer-title"]');
const step = (key: string) => drawer().locator(`[data-step="${key}"]`);

beforeAll(async () => {
  token = await staffToken(serverUrl, 'beheerder', 'Beheer!2026');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${webUrl}#/account-requests`);
  await signIn(page, 'beheerder', 'Beheer!2026');
  await search().waitFor();
});
afterAll(async () => {
  await browser?.close();
});

async function searchFor(term: string): Promise<void> {
  await search().fill(term);
  await expect.poll(() => grid().getAttribute('data-shown-query')).toBe(term);
}

describe('account requests screen', () => {
  it('shows where a request that was not identified stopped', async () => {
    const list = await getJson<{ items: AccountRequest[] }>(serverUrl, token, '/account-requests?status=not_identified&pageSize=5');
    const target = list.items[0];
    if (!target) throw new Error('no unidentified request in the seed');
    await page.locator('[data-filter="not_identified"]').click();
    await searchFor(target.customerNumber);
    await grid().locator('.MuiDataGrid-row', { hasText: target.customerNumber }).first().click();
    await expect.poll(() => step('identified').getAttribute('data-state')).toBe('stopped');
    expect(await step('customerNumberEntered').getAttribute('data-state')).toBe('done');
    expect(await step('detailsFilled').getAttribute('data-state')).toBe('notReached');
    expect(await step('customerNumberEntered').innerText()).toMatch(/\b\d{2}-\d{2}-\d{4} \d{2}:\d{2}\b/);
    await screenshot(page, 'account-request-not-identified');
    await drawer().getByRole('button', { name: 'Details sluiten' }).click();
    await page.locator('[data-filter="not_identified"]').click();
  });

  it('resends the activation mail of a request without e-mail, asking for the address', async () => {
    const list = await getJson<{ items: AccountRequest[] }>(serverUrl, token, '/account-requests?status=email_not_sent&pageSize=100');
    const target = list.items.find((r) => r.email === null && r.detailsFilledAt !== null);
    if (!target) throw new Error('no request with details but without e-mail in the seed');
    await page.locator('[data-filter="email_not_sent"]').click();
    await searchFor(target.customerNumber);
    await grid().locator('.MuiDataGrid-row', { hasText: target.customerNumber }).first().click();
    await expect.poll(() => step('emailSent').getAttribute('data-state')).toBe('stopped');
    expect(await step('detailsFilled').getAttribute('data-state')).toBe('done');

    await drawer().getByRole('button', { name: 'Activatie-e-mail opnieuw versturen' }).click();
    const d = page.locator('[data-testid="resend-dialog"] .MuiDialog-paper');
    await expect.poll(() => d.innerText()).toContain('Er is geen e-mailadres bekend');
    await d.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => d.innerText()).toContain('Dit veld is verplicht');
    const email = `e2e.${target.id}@voorbeeld.nl`;
    await d.locator('input[name="email"]').fill(email);
    await d.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => page.locator('body').innerText()).toContain(`De activatie-e-mail naar ${email} staat in de outbox.`);
    await expect.poll(() => step('emailSent').getAttribute('data-state')).toBe('done');
    expect(await drawer().locator('[data-testid="request-email"]').innerText()).toBe(email);
    await screenshot(page, 'account-request-resent');
  });
});
