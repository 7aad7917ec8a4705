import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  await page.goto(`${webUrl}#/settings`);
  await signIn(page, 'beheerder', 'Beheer!2026');
  await page.locator('input[name="sessionTimeoutMinutes"]').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const field = (name: string) => page.locator(`input[name="${name}"]`);

describe('settings screen', () => {
  it('refuses a session time-out outside 5–30 with a message at the field', async () => {
    await field('sessionTimeoutMinutes').fill('45');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('Sessie-time-out moet tussen 5 en 30 minuten liggen');
    expect(await field('sessionTimeoutMinutes').getAttribute('aria-invalid')).toBe('true');
  });

  it('saves valid values', async () => {
    await field('sessionTimeoutMinutes').fill('25');
    await field('keepSignedInDays').fill('14');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('body').innerText()).toContain('De instellingen zijn opgeslagen.');
    await page.reload();
    await expect.poll(() => field('sessionTimeoutMinutes').inputValue()).toBe('25');
    expect(await field('keepSignedInDays').inputValue()).toBe('14');
  });

  it('keeps the input on a 409 and offers to load the current values', async () => {
    // Someone else saves in between (same server, other session of the same admin).
    const status = await page.evaluate(`(async () => {
      const token = localStorage.getItem('kcc.token.web');
      const h = { authorization: 'Bearer ' + token, 'content-type': 'application/json' };
      const cur = await (await fetch('/api/v1/settings', { headers: h })).json();
      const res = await fetch('/api/v1/settings', { method: 'PUT', headers: h, body: JSON.stringify({ ...cur, sessionTimeoutMinutes: 10, version: cur.version, id: undefined }) });
      return res.status;
    })()`);
    expect(status).toBe(200);
    await field('keepSignedInDays').fill('7');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('[data-testid="settings-conflict"]').waitFor();
    expect(await field('keepSignedInDays').inputValue()).toBe('7');
    await screenshot(page, 'settings-conflict');
    await page.getByRole('button', { name: 'Actuele waarden laden' }).click();
    await expect.poll(() => field('sessionTimeoutMinutes').inputValue()).toBe('10');
    expect(await field('keepSignedInDays').inputValue()).toBe('14');
  });
});
