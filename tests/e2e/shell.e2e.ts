import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser, navLabels, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'nl-NL' });
  page = await context.newPage();
  await page.goto(webUrl);
  await page.locator('input[name="username"]').waitFor();
});
afterEach(async () => {
  await context?.close();
});

describe('app shell', () => {
  it('signs in the demo admin, shows the Dutch shell, switches to English (kept after reload) and signs out', async () => {
    await signIn(page, 'beheerder', 'Beheer!2026');
    const labels = await navLabels(page);
    expect(labels).toEqual(expect.arrayContaining(['Klanten', 'Accounts', 'Instellingen', 'Netwerk', 'Audit', 'Kennisbank']));
    // An admin + KCC staff member reads the weborders but is no helpdesk agent: IBAN changes are not theirs.
    expect(labels).toContain('Weborders');
    expect(labels).not.toContain('IBAN-wijzigingen');
    await expect.poll(() => page.locator('[data-testid="staff-identity"]').innerText()).toContain('Anna Bakker');
    // "#/" opens the first permitted area: the attention overview.
    await expect.poll(() => new URL(page.url()).hash).toBe('#/attention');

    await page.locator('nav a[data-area="settings"]').click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Instellingen');
    await screenshot(page, 'shell-nl');

    await page.locator('[data-testid="language-toggle"]').click();
    await expect.poll(() => navLabels(page)).toEqual(expect.arrayContaining(['Customers', 'Settings', 'Network']));
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Settings');

    await page.reload();
    await expect.poll(() => navLabels(page)).toEqual(expect.arrayContaining(['Customers', 'Settings', 'Network']));
    expect(new URL(page.url()).hash).toBe('#/settings');
    await screenshot(page, 'shell-en');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('input[name="username"]').waitFor();
    await expect.poll(() => page.locator('[data-testid="signin-notice"]').innerText()).toBe('You have signed out.');
    expect(await page.locator('nav a[data-area]').count()).toBe(0);
  });

  it('shows a clear message for a wrong password', async () => {
    await signIn(page, 'beheerder', 'Verkeerd!2026');
    await expect.poll(() => page.locator('[data-testid="signin-error"]').innerText()).toBe('Gebruikersnaam of wachtwoord is onjuist.');
    // The username stays, the password is cleared for the next try.
    expect(await page.locator('input[name="username"]').inputValue()).toBe('beheerder');
    expect(await page.locator('input[name="password"]').inputValue()).toBe('');
  });

  it('shows a KCC user only the KCC areas, and refuses admin routes', async () => {
    await signIn(page, 'kcc', 'Kcc!2026');
    const labels = await navLabels(page);
    expect(labels).toEqual(['Aandacht', 'Klanten', 'Accounts', 'Accountaanvragen', 'Kennisbank']);
    await page.goto(`${webUrl}#/network`);
    await expect.poll(() => page.locator('main').innerText()).toContain('U hebt geen toegang tot dit onderdeel.');
  });

  it('lists the demo accounts in demo mode and fills the form from one', async () => {
    const demo = page.locator('[data-testid="demo-accounts"]');
    await demo.waitFor();
    await demo.getByRole('button', { name: /Pieter de Jong/ }).click();
    expect(await page.locator('input[name="username"]').inputValue()).toBe('kcc');
    await page.locator('input[name="password"]').press('Enter');
    await expect.poll(() => page.locator('[data-testid="staff-identity"]').innerText()).toContain('Pieter de Jong');
  });

  it('sends an expired session back to sign-in and returns to the same screen afterwards', async () => {
    await signIn(page, 'beheerder', 'Beheer!2026');
    await page.locator('nav a[data-area="audit"]').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/audit');
    // End the session on the server behind the app's back, as a time-out would.
    // A string, not a function: the test files are typechecked for Node, without the DOM lib.
    const status = await page.evaluate(`(async () => {
      const token = localStorage.getItem('kcc.token.web');
      const res = await fetch('/api/v1/staff/sessions/current', { method: 'DELETE', headers: { authorization: 'Bearer ' + token } });
      return res.status;
    })()`);
    expect(status).toBe(204);
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="signin-notice"]').innerText()).toBe('Uw sessie is verlopen. Meld u opnieuw aan.');
    await signIn(page, 'beheerder', 'Beheer!2026');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Audit');
    expect(new URL(page.url()).hash).toBe('#/audit');
  });
});
