import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { staffClient, staffToken } from './apiSupport';
import { launchBrowser, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const NEW_IBAN = 'NL44RABO0123456789';

let browser: Browser;
let contexts: BrowserContext[] = [];
let a: Page;
let b: Page;
let partner: { id: number; name: string };

async function openAs(username: string, password: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  contexts.push(ctx);
  const page = await ctx.newPage();
  await page.goto(`${webUrl}#/iban`);
  await signIn(page, username, password);
  await page.getByRole('heading', { name: 'IBAN-wijzigingen' }).waitFor();
  return page;
}

beforeAll(async () => {
  // A partner with a registered IBAN and no open change, picked from the seeded server.
  const api = staffClient(serverUrl, await staffToken(serverUrl, 'helpdesk', 'Helpdesk!2026'));
  const list = await api.call('partners.list', { query: { pageSize: 50 } });
  for (const p of list.items) {
    const bank = await api.call('ibanChanges.partyBank', { query: { party: 'partner', partyId: p.id } });
    if (bank.iban !== '' && bank.iban !== NEW_IBAN && bank.pendingChangeId === null) {
      partner = { id: p.id, name: p.name };
      break;
    }
  }
  browser = await launchBrowser();
  [a, b] = await Promise.all([openAs('helpdesk', 'Helpdesk!2026'), openAs('helpdesk2', 'Helpdesk2!2026')]);
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  contexts = [];
  await browser?.close();
});

describe('IBAN changes with four eyes, live in a second browser', () => {
  it('A enters a partner change with a proof; B sees it appear without reloading', async () => {
    const before = await b.locator('[data-testid="iban-count"]').innerText();
    await a.getByRole('button', { name: 'Nieuwe wijziging' }).click();
    const dialog = a.getByRole('dialog', { name: 'Nieuwe IBAN-wijziging' });
    await dialog.waitFor();
    await dialog.getByLabel('Partner').fill(partner.name);
    await a.getByRole('option', { name: partner.name }).first().click();
    // The registered IBAN is filled in; the new one is checked as typed (a typo in the check digits first).
    await expect.poll(() => dialog.locator('input[name="oldIban"]').inputValue()).not.toBe('');
    await dialog.locator('input[name="newIban"]').fill('NL45RABO0123456789');
    await expect.poll(() => dialog.innerText()).toContain('controlegetal klopt niet');
    await dialog.locator('input[name="newIban"]').fill(NEW_IBAN.toLowerCase());
    await expect.poll(() => dialog.innerText()).toContain('NL44 RABO 0123 4567 89 · Bank: Rabobank');
    await dialog.locator('input[name="accountName"]').fill(`Stichting ${partner.name}`);
    const chooser = a.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Bestand kiezen' }).click();
    await (await chooser).setFiles({ name: 'bankpas.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => dialog.locator('[data-testid="iban-proof-name"]').innerText()).toBe('bankpas.png');
    await dialog.getByRole('button', { name: 'Invoeren' }).click();
    await dialog.waitFor({ state: 'detached' });
    // B's queue: the new row arrives by the live event, no reload, no polling.
    await b.locator('[data-testid="iban-table"]').getByText(partner.name).waitFor({ timeout: 5000 });
    expect(await b.locator('[data-testid="iban-count"]').innerText()).not.toBe(before);
    await screenshot(b, 'iban-live');
  });

  it('A cannot approve what A entered', async () => {
    await a.locator('[data-testid="iban-table"]').getByRole('button', { name: partner.name }).click();
    const dialog = a.getByRole('dialog');
    await dialog.locator('[data-testid="iban-own-entry"]').waitFor();
    expect(await dialog.getByRole('button', { name: 'Goedkeuren' }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Afwijzen' }).isDisabled()).toBe(true);
    await dialog.locator('[data-testid="iban-proof-image"]').waitFor();
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
  });

  it("B approves with both IBANs side by side; the partner's IBAN is updated", async () => {
    await b.locator('[data-testid="iban-table"]').getByRole('button', { name: partner.name }).click();
    const dialog = b.getByRole('dialog');
    await expect.poll(() => dialog.locator('[data-testid="iban-new"]').innerText()).toContain('NL44 RABO 0123 4567 89');
    expect(await dialog.locator('[data-testid="iban-old"]').innerText()).toMatch(/NL\d\d [A-Z]{4}/);
    await dialog.locator('[data-testid="iban-proof-image"]').waitFor();
    await screenshot(b, 'iban-details');
    await dialog.getByRole('button', { name: 'Goedkeuren' }).click();
    await dialog.waitFor({ state: 'detached' });
    const api = staffClient(serverUrl, await staffToken(serverUrl, 'helpdesk2', 'Helpdesk2!2026'));
    const bank = await api.call('ibanChanges.partyBank', { query: { party: 'partner', partyId: partner.id } });
    expect(bank.iban).toBe(NEW_IBAN);
    expect(bank.pendingChangeId).toBeNull();
    // A's queue empties by the live event as well.
    await a.locator('[data-testid="iban-table"]').getByRole('button', { name: partner.name }).waitFor({ state: 'detached', timeout: 5000 });
  });

  it('the attention overview is the first screen and shows the helpdesk its part', async () => {
    await a.goto(`${webUrl}#/`);
    await a.getByRole('heading', { name: 'Aandacht' }).waitFor();
    expect(a.url()).toContain('#/attention');
    await a.locator('[data-testid="attention-iban"]').waitFor();
    await a.locator('[data-testid="attention-activity"]').waitFor();
    expect(await a.locator('[data-testid="attention-blocked"]').count()).toBe(0);
    await screenshot(a, 'attention-helpdesk');
  });
});
