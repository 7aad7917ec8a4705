import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  await page.goto(`${webUrl}#/network`);
  await signIn(page, 'beheerder', 'Beheer!2026');
  await page.getByRole('heading', { name: 'Netwerk' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const dialog = () => page.locator('[data-testid="range-dialog"]');
const field = (name: string) => dialog().locator(`input[name="${name}"]`);
const row = (cidr: string) => page.locator(`[data-testid="range-row"][data-cidr="${cidr}"]`);

// The web build's proxy reaches the server over loopback, so the server sees this workstation as 127.0.0.1.
describe('network screen', () => {
  it('explains the rules and shows this workstation as the server itself', async () => {
    const main = await page.locator('main').innerText();
    expect(main).toContain('vanaf elke plek inloggen');
    expect(main).toContain('De server zelf (het adres 127.0.0.1 of ::1) heeft altijd toegang.');
    await expect.poll(() => page.locator('[data-testid="network-me"]').innerText()).toContain('dit is de server zelf');
    await page.locator('[data-testid="network-empty"]').waitFor();
  });

  it('refuses an invalid range with the server’s message at the field', async () => {
    await page.getByRole('button', { name: 'Nieuw IP-bereik' }).click();
    await dialog().waitFor();
    // The main field has the focus: type straight away.
    await page.keyboard.type('10.0.0.300/8');
    await dialog().getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialog().innerText()).toContain('Geen geldig IPv4/IPv6-adres of CIDR-bereik');
    expect(await field('cidr').getAttribute('aria-invalid')).toBe('true');
    // Neither group ticked: the rule "at least one" at the flags.
    await field('cidr').fill('10.0.0.0/8');
    await field('admin').uncheck();
    await field('kcc').uncheck();
    await dialog().getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialog().innerText()).toContain('Kies minstens één: beheerders of KCC-medewerkers');
    await screenshot(page, 'network-invalid');
  });

  it('adds 10.0.0.0/8 only after confirming the loopback explanation', async () => {
    await field('admin').check();
    await field('kcc').check();
    await field('description').fill('Kantoor');
    await dialog().getByRole('button', { name: 'Opslaan' }).click();
    const risk = dialog().locator('[data-testid="network-risk"]');
    await risk.waitFor();
    expect(await risk.getAttribute('data-risk')).toBe('loopback');
    const text = await risk.innerText();
    expect(text).toContain('Deze werkplek blijft toegang houden');
    expect(text).toContain('andere werkplekken');
    const saveAnyway = dialog().getByRole('button', { name: 'Toch opslaan' });
    expect(await saveAnyway.isDisabled()).toBe(true);
    await screenshot(page, 'network-loopback-warning');
    await dialog().getByLabel('Ik begrijp de gevolgen en wil doorgaan').check();
    await saveAnyway.click();
    await dialog().waitFor({ state: 'detached' });
    await row('10.0.0.0/8').waitFor();
    expect(await row('10.0.0.0/8').innerText()).toContain('Kantoor');
    expect(await page.locator('[data-testid="network-count"]').innerText()).toBe('1 IP-bereik');
  });

  it('edits it: a description alone needs no confirmation, narrowing the groups does', async () => {
    await page.getByRole('button', { name: 'IP-bereik 10.0.0.0/8 wijzigen' }).click();
    await dialog().waitFor();
    expect(await field('cidr').inputValue()).toBe('10.0.0.0/8');
    await field('description').fill('Kantoor Utrecht');
    await dialog().getByRole('button', { name: 'Opslaan' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => row('10.0.0.0/8').innerText()).toContain('Kantoor Utrecht');

    await page.getByRole('button', { name: 'IP-bereik 10.0.0.0/8 wijzigen' }).click();
    await field('kcc').uncheck();
    await dialog().getByRole('button', { name: 'Opslaan' }).click();
    await dialog().locator('[data-testid="network-risk"]').waitFor();
    await dialog().getByLabel('Ik begrijp de gevolgen en wil doorgaan').check();
    await dialog().getByRole('button', { name: 'Toch opslaan' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => row('10.0.0.0/8').locator('td').nth(2).innerText()).toBe('Nee');
  });

  it('keeps the input on a 409 and offers to reload the server version', async () => {
    await page.getByRole('button', { name: 'IP-bereik 10.0.0.0/8 wijzigen' }).click();
    await dialog().waitFor();
    // Someone else changes the same range in between (another session of the same admin).
    const status = await page.evaluate(`(async () => {
      const token = localStorage.getItem('kcc.token.web');
      const h = { authorization: 'Bearer ' + token, 'content-type': 'application/json' };
      const list = await (await fetch('/api/v1/ip-ranges', { headers: h })).json();
      const r = (list.items ?? list).find((x) => x.cidr === '10.0.0.0/8');
      const res = await fetch('/api/v1/ip-ranges/' + r.id, { method: 'PATCH', headers: h, body: JSON.stringify({ description: 'Door collega', version: r.version }) });
      return res.status;
    })()`);
    expect(status).toBe(200);
    await field('description').fill('Mijn tekst');
    await dialog().getByRole('button', { name: 'Opslaan' }).click();
    await dialog().locator('[data-testid="range-conflict"]').waitFor();
    expect(await field('description').inputValue()).toBe('Mijn tekst');
    await screenshot(page, 'network-conflict');
    await dialog().getByRole('button', { name: 'Opnieuw laden' }).click();
    await expect.poll(() => field('description').inputValue()).toBe('Door collega');
    await dialog().getByRole('button', { name: 'Annuleren' }).click();
    await dialog().waitFor({ state: 'detached' });
  });

  it('deletes it after confirmation, back to "anywhere"', async () => {
    await page.getByRole('button', { name: 'IP-bereik 10.0.0.0/8 verwijderen' }).click();
    const confirm = page.locator('[data-testid="range-delete-dialog"]');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('Weet u zeker dat u het IP-bereik 10.0.0.0/8 wilt verwijderen?');
    // Focus is on Annuleren: Escape / Enter there keeps the range.
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await row('10.0.0.0/8').count()).toBe(1);

    await page.getByRole('button', { name: 'IP-bereik 10.0.0.0/8 verwijderen' }).click();
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.locator('[data-testid="network-empty"]').waitFor();
    expect(await row('10.0.0.0/8').count()).toBe(0);
    await screenshot(page, 'network-empty');
  });
});
