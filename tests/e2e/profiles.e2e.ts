import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');
/** The web build's own address: the only server the browser build may reach (its CSP says connect-src 'self'). */
const ownServer = new URL(webUrl).origin;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'nl-NL' });
  page = await context.newPage();
  await page.goto(webUrl);
  await page.locator('input[name="username"]').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const profilesDialog = () => page.getByTestId('profiles-dialog');
const profileDialog = () => page.getByTestId('profile-dialog');
const field = (name: string) => profileDialog().locator(`input[name="${name}"]`);
const settings = async () => JSON.parse((await page.evaluate(() => localStorage.getItem('kcc.settings'))) ?? '{}') as { activeProfileId?: string };
const tokenOf = (id: string) => page.evaluate((key) => localStorage.getItem(key), `kcc.token.${id}`);

describe('server profiles (desktop app, browser build)', () => {
  it('opens from the sign-in screen, which shows the active profile', async () => {
    const button = page.getByTestId('server-button');
    await expect.poll(() => button.innerText()).toBe('Server: Deze portaalserver');
    await button.click();
    await profilesDialog().waitFor();
    const builtIn = profilesDialog().locator('[data-profile="web"]');
    expect(await builtIn.getAttribute('data-active')).toBe('true');
    expect(await builtIn.innerText()).toContain('Ingebouwd');
    expect(await profilesDialog().innerText()).toContain('Dit is de browserversie');
  });

  it('refuses plain http to another computer with a message at the server address', async () => {
    await profilesDialog().getByRole('button', { name: 'Nieuw profiel' }).click();
    await profileDialog().waitFor();
    await field('name').fill('Intern');
    await field('serverUrl').fill('http://10.20.30.40:4010');
    await profileDialog().getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => profileDialog().innerText())
      .toContain('Serveradres: gebruik een https://-adres; http:// mag alleen voor een server op deze computer (localhost).');
    expect(await field('serverUrl').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('kcc.profiles'))).toBeNull();
  });

  it('tests the test server’s own address (OK, with version and demo mode) and saves it', async () => {
    await field('name').fill('E2E-server');
    await field('serverUrl').fill(ownServer);
    await profileDialog().getByRole('button', { name: 'Verbinding testen' }).click();
    const result = profileDialog().getByTestId('profile-test-result');
    await expect.poll(() => result.getAttribute('data-result')).toBe('ok');
    expect(await result.innerText()).toMatch(/^Verbinding in orde: kcc-portal-server versie \S+, in demomodus\.$/);
    await screenshot(page, 'profiles-test-ok');
    await profileDialog().getByRole('button', { name: 'Opslaan' }).click();
    await profileDialog().waitFor({ state: 'detached' });
    await expect.poll(() => profilesDialog().locator('[data-testid="profile-row"]').count()).toBe(2);
    expect(await profilesDialog().innerText()).toContain(ownServer);
  });

  it('says the browser build cannot test another server, and does not offer to switch there', async () => {
    await profilesDialog().getByRole('button', { name: 'Nieuw profiel' }).click();
    await field('name').fill('Productie');
    await field('serverUrl').fill('https://portaal.example.nl');
    await profileDialog().getByRole('button', { name: 'Verbinding testen' }).click();
    const result = profileDialog().getByTestId('profile-test-result');
    await expect.poll(() => result.getAttribute('data-result')).toBe('otherOrigin');
    expect(await result.innerText()).toContain(`De browserversie kan alleen haar eigen server (${ownServer}) bereiken`);
    await profileDialog().getByRole('button', { name: 'Opslaan' }).click();
    await profileDialog().waitFor({ state: 'detached' });
    expect(await profilesDialog().getByRole('button', { name: 'Profiel Productie gebruiken' }).isDisabled()).toBe(true);
    await screenshot(page, 'profiles-list');
  });

  it('switches to the new profile, shows its sign-in screen and signs in there', async () => {
    const before = (await settings()).activeProfileId ?? 'web';
    await profilesDialog().getByRole('button', { name: 'Profiel E2E-server gebruiken' }).click();
    await expect.poll(() => page.getByTestId('server-button').innerText()).toBe('Server: E2E-server');
    await page.locator('input[name="username"]').waitFor();
    const active = (await settings()).activeProfileId ?? '';
    expect(active).toMatch(/^e2e-server-[a-z0-9]{5}$/);
    expect(active).not.toBe(before);

    await signIn(page, 'beheerder', 'Beheer!2026');
    await expect.poll(() => page.getByTestId('staff-identity').innerText()).toContain('Anna Bakker');
    // The session belongs to the new profile.
    expect(await tokenOf(active)).toBeTruthy();
    expect(await tokenOf('web')).toBeNull();
    await page.getByTestId('staff-identity').click();
    await expect.poll(() => page.getByTestId('account-server').innerText()).toContain('Server: E2E-server');
    await page.getByRole('menuitem', { name: 'Serverprofielen…' }).waitFor();
    await screenshot(page, 'profiles-signed-in');
  });

  it('from the user menu: switching asks first and signs out of the current server', async () => {
    const active = (await settings()).activeProfileId ?? '';
    await page.getByRole('menuitem', { name: 'Serverprofielen…' }).click();
    await profilesDialog().waitFor();
    // The active profile cannot be deleted.
    expect(await profilesDialog().getByRole('button', { name: 'Profiel E2E-server verwijderen' }).isDisabled()).toBe(true);
    await profilesDialog().getByRole('button', { name: 'Profiel Deze portaalserver gebruiken' }).click();
    const confirm = page.getByTestId('profile-switch');
    await expect.poll(() => confirm.innerText()).toContain('U wordt eerst afgemeld bij E2E-server. Daarna meldt u zich aan bij Deze portaalserver.');
    expect(await tokenOf(active)).toBeTruthy();
    await confirm.getByRole('button', { name: 'Afmelden en wisselen' }).click();
    await expect.poll(() => page.getByTestId('server-button').innerText()).toBe('Server: Deze portaalserver');
    await page.locator('input[name="username"]').waitFor();
    expect(await tokenOf(active)).toBeNull();
    expect((await settings()).activeProfileId).toBe('web');
  });
});
