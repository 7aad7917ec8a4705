import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CustomerOverview } from '../../shared/api/customers';
import { readFile } from 'node:fs/promises';
import { pdfPageTexts } from '../integration/support/pdfText';
import { getJson, staffToken } from './apiSupport';
import { launchBrowser, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');

interface Row {
  customerNumber: string;
  name: string;
  addressLine: string;
}
interface Found {
  items: Row[];
  total: number;
}

let browser: Browser;
let page: Page;
let target: Row;
let street: string;
let other: Row;

beforeAll(async () => {
  // A real customer and street of the seeded server: any street ending in "laan" or "straat".
  const token = await staffToken(serverUrl, 'kcc', 'Kcc!2026');
  const found = await getJson<Found>(serverUrl, token, '/customers?q=straat&limit=20');
  const first = found.items.find((r) => /^\D+ \d+/.test(r.addressLine));
  if (!first) throw new Error('no seeded customer with a street address');
  target = first;
  street = (/^(\D+?) \d/.exec(target.addressLine)?.[1] ?? '').trim();
  other = found.items.find((r) => r.customerNumber !== target.customerNumber) ?? target;

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  await page.goto(`${webUrl}#/customer`);
  await signIn(page, 'kcc', 'Kcc!2026');
  await page.locator('input[name="customerSearch"]').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const banner = () => page.locator('[data-testid="look-along-banner"]');
const timelineTab = () => page.getByRole('tab', { name: 'Tijdlijn' });
const detailsTab = () => page.getByRole('tab', { name: 'Gegevens' });

describe('customer lookup, look-along and acting on behalf', () => {
  it('Ctrl+K finds a customer by part of the street and opens it with the keyboard', async () => {
    await page.keyboard.press('Control+k');
    const input = page.locator('input[name="quickLookup"]');
    await input.waitFor();
    // Part of the street plus the house number: typed as a caller would say it.
    const houseNumber = /\d+/.exec(target.addressLine)?.[0] ?? '';
    await input.pressSequentially(`${street.slice(0, Math.max(6, street.length - 2))}`, { delay: 20 });
    await page.locator('[data-testid="quick-lookup"] [role="option"]').first().waitFor();
    await input.fill(`${street} ${houseNumber}`);
    const option = page.locator(`[role="option"][data-customer="${target.customerNumber}"]`);
    await option.waitFor();
    await screenshot(page, 'customer-quick-lookup');
    const numbers = await page.locator('[data-testid="quick-lookup"] [role="option"][data-customer]').evaluateAll((els) => els.map((e) => e.getAttribute('data-customer')));
    const index = numbers.indexOf(target.customerNumber);
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await input.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await input.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/customer/${target.customerNumber}`);
    await expect.poll(() => page.locator('[data-testid="customer-name"]').innerText()).toBe(target.name);
    expect(await page.locator('[data-testid="customer-number"]').innerText()).toBe(target.customerNumber);
    await screenshot(page, 'customer-view');
  });

  it('starts looking along: the banner names the customer and the staff member, with the time left', async () => {
    expect(await page.locator('[data-testid="change-phone"]').isDisabled()).toBe(true);
    await page.locator('[data-testid="look-along-start"]').click();
    await banner().waitFor();
    const text = await banner().innerText();
    // Who acts for whom, unmistakably: the staff member works on the customer's behalf (not the other way round).
    expect(text).toContain(`Meekijken met klant ${target.customerNumber} (${target.name}) — u (Pieter de Jong) werkt namens deze klant`);
    expect(text).toMatch(/Nog \d+:\d\d/);
    expect(await page.locator('[data-testid="change-phone"]').isDisabled()).toBe(false);
  });

  it('changes the phone number: an invalid one shows the rule’s message, a valid one lands in the Tijdlijn with the staff member', async () => {
    await page.locator('[data-testid="change-phone"]').click();
    const phone = page.locator('input[name="phone"]');
    await phone.waitFor();
    await phone.fill('12345');
    const message = page.locator('[data-testid="phone-message"]');
    await expect.poll(() => message.innerText()).toContain('Een telefoonnummer bevat 10, 11 of 12 cijfers.');
    await phone.fill('06-1234-5678');
    await expect.poll(() => message.innerText()).toContain('Een telefoonnummer bevat maximaal één min-teken.');
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // Refused locally: the dialog stays, with what was typed.
    expect(await phone.inputValue()).toBe('06-1234-5678');
    await screenshot(page, 'customer-phone-invalid');

    const newPhone = `06-${String(Date.now()).slice(-8)}`;
    await phone.fill(newPhone);
    await expect.poll(() => message.innerText()).not.toContain('Een telefoonnummer');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('[data-testid="phone-dialog"]').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid="contact-phone"]').innerText()).toContain(newPhone);

    await timelineTab().click();
    const first = page.locator('[data-testid="timeline-entry"]').first();
    await first.waitFor();
    await expect.poll(() => first.innerText()).toContain('door Pieter de Jong');
    expect(await first.innerText()).toContain(newPhone);
    await screenshot(page, 'customer-timeline');
  });

  it('the banner stays on other screens; Stop ends the session and disables acting on behalf', async () => {
    await page.locator('nav a[data-area="accounts"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('#/accounts');
    await page.locator('main h1').waitFor();
    await banner().waitFor();
    await screenshot(page, 'customer-banner-elsewhere');
    await page.locator('[data-testid="look-along-stop"]').click();
    await banner().waitFor({ state: 'detached' });
    await page.goto(`${webUrl}#/customer/${target.customerNumber}`);
    await detailsTab().waitFor();
    await detailsTab().click();
    await page.locator('[data-testid="change-phone"]').waitFor();
    expect(await page.locator('[data-testid="change-phone"]').isDisabled()).toBe(true);
  });

  it('a session ended at the server: the change keeps its input, says so, and the banner turns to "expired"', async () => {
    await page.locator('[data-testid="look-along-start"]').click();
    await banner().waitFor();
    // Ended elsewhere (another window of the same staff member) through the API.
    const status = await page.evaluate(async () => {
      const token = localStorage.getItem('kcc.token.web');
      const session = JSON.parse(sessionStorage.getItem('kcc.lookAlong') ?? '{}') as { sessionId: string };
      const res = await fetch(`/api/v1/look-along/${session.sessionId}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
      return res.status;
    });
    expect(status).toBe(204);
    await page.locator('[data-testid="change-phone"]').click();
    await page.locator('input[name="phone"]').fill('010-1234567');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.locator('[data-testid="phone-dialog"]').innerText()).toContain('De meekijksessie is niet meer geldig');
    expect(await page.locator('input[name="phone"]').inputValue()).toBe('010-1234567');
    await expect.poll(() => banner().getAttribute('data-state')).toBe('expired');
    await screenshot(page, 'customer-look-along-ended');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.locator('[data-testid="change-phone"]').isDisabled()).toBe(true);
    await banner().getByRole('button', { name: 'Melding sluiten' }).click();
    await banner().waitFor({ state: 'detached' });
  });

  it('#/customer/<nr> opens that customer directly (deep-link route), and Ctrl+K lists recent customers', async () => {
    await page.goto(`${webUrl}#/customer/${other.customerNumber}`);
    await expect.poll(() => page.locator('[data-testid="customer-name"]').innerText()).toBe(other.name);
    await page.getByRole('tab', { name: 'Woning' }).click();
    await page.locator('[data-testid="rent-total"]').first().waitFor();
    await screenshot(page, 'customer-dwelling');
    await page.keyboard.press('Control+k');
    await page.locator('input[name="quickLookup"]').waitFor();
    const recent = await page.locator('[data-testid="quick-lookup"] [role="option"][data-customer]').evaluateAll((els) => els.map((e) => e.getAttribute('data-customer')));
    expect(recent.slice(0, 2)).toEqual(other.customerNumber === target.customerNumber ? [target.customerNumber] : [other.customerNumber, target.customerNumber]);
    await screenshot(page, 'customer-recent');
    await page.keyboard.press('Escape');
  });

  it('shows the WOZ value and energy index of the home, and the account status the ERP holds with when it was sent', async () => {
    // A seeded customer whose portal account is active: the ERP was told so when it was confirmed.
    const token = await staffToken(serverUrl, 'kcc', 'Kcc!2026');
    const rows = (await getJson<{ items: (Row & { accountStatus: string })[] }>(serverUrl, token, '/customers?q=laan&limit=50')).items;
    const withAccount = rows.find((r) => r.accountStatus === 'active');
    if (!withAccount) throw new Error('no seeded customer with an active account');
    const o = await getJson<CustomerOverview>(serverUrl, token, `/customers/${withAccount.customerNumber}/overview`);
    const dwelling = o.contracts[0]?.dwelling;
    if (!dwelling?.woz || dwelling.energyIndex === null) throw new Error('seeded home without WOZ value or energy index');

    await page.goto(`${webUrl}#/customer/${withAccount.customerNumber}`);
    await expect.poll(() => page.locator('[data-testid="customer-name"]').innerText()).toBe(withAccount.name);
    await page.getByRole('tab', { name: 'Woning' }).click();
    const euros = (dwelling.woz.valueCents / 100).toLocaleString('nl-NL');
    const [year, month, day] = dwelling.woz.referenceDate.split('-');
    await expect.poll(() => page.locator('[data-testid="dwelling-woz"]').first().innerText()).toBe(`€ ${euros} (waardepeildatum ${day}-${month}-${year})`);
    expect(await page.locator('[data-testid="dwelling-energy-index"]').first().innerText()).toBe(
      dwelling.energyIndex.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    );
    await screenshot(page, 'customer-dwelling-woz');

    await page.getByRole('tab', { name: 'Account' }).click();
    await expect.poll(() => page.locator('[data-testid="erp-status"]').innerText()).toBe('Account geactiveerd');
    expect(o.erpAccountStatus.lastSentAt).not.toBeNull();
    expect(await page.locator('[data-testid="erp-last-sent"]').innerText()).toMatch(/\d{4} \d{2}:\d{2}$/);
    expect(await page.locator('[data-testid="erp-behind"]').count()).toBe(0);
    await screenshot(page, 'customer-erp-status');
  });
});

describe('activation codes and letters as a KCC administrator', () => {
  let admin: Page;
  beforeAll(async () => {
    admin = await browser.newPage({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
    await admin.goto(`${webUrl}#/customer/${target.customerNumber}`);
    await signIn(admin, 'kccbeheer', 'KccBeheer!2026');
    await admin.locator('[data-testid="customer-name"]').waitFor();
  });
  afterAll(async () => {
    await admin?.close();
  });

  it('reveals the code on request and logs "Nieuwe brief aangevraagd" in the Tijdlijn', async () => {
    await admin.getByRole('tab', { name: 'Activeercode' }).click();
    const code = admin.locator('[data-testid="activation-code"]');
    expect(await code.innerText()).toBe('••••••••');
    await admin.getByRole('button', { name: 'Code tonen' }).click();
    await expect.poll(() => code.innerText()).not.toBe('••••••••');
    await admin.getByRole('button', { name: 'Nieuwe brief aangevraagd' }).click();
    await admin.locator('[data-testid="letter-dialog"] button[type="submit"]').click();
    await admin.locator('[data-testid="customer-notice"]').waitFor();
    await admin.getByRole('tab', { name: 'Tijdlijn' }).click();
    await expect.poll(() => admin.locator('[data-testid="timeline-entry"]').first().getAttribute('data-template')).toBe('CP_VERIFICATION_CODE');
    expect(await admin.locator('[data-testid="timeline-entry"]').first().innerText()).toContain('door Fatima El Amrani');
  });

  /** Clicks `button` and returns the text of each page of the PDF it downloads, with the file's name. */
  async function downloadPdf(button: ReturnType<Page['getByRole']>) {
    const [download] = await Promise.all([admin.waitForEvent('download'), button.click()]);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    return { name: download.suggestedFilename(), pages: pdfPageTexts(bytes) };
  }

  it("saves the household's two letters apart: the code never on the page with the customer number or portal address", async () => {
    const token = await staffToken(serverUrl, 'kccbeheer', 'KccBeheer!2026');
    const { code } = await getJson<{ code: string | null }>(serverUrl, token, `/customers/${target.customerNumber}/activation-code`);
    if (!code) throw new Error('the seeded household has no activation code');
    await admin.getByRole('tab', { name: 'Activeercode' }).click();
    await admin.getByRole('button', { name: 'Brieven als PDF' }).click();
    const dialog = admin.locator('[data-testid="household-letters-dialog"]');
    const letter1 = await downloadPdf(dialog.getByRole('button', { name: 'Brief 1 opslaan (klantnummer)' }));
    const letter2 = await downloadPdf(dialog.getByRole('button', { name: 'Brief 2 opslaan (activeercode)' }));
    expect(letter1.name).toBe(`activatiebrief-${target.customerNumber}-brief-1-klantnummer.pdf`);
    expect(letter2.name).toBe(`activatiebrief-${target.customerNumber}-brief-2-activeercode.pdf`);
    expect(letter1.pages).toHaveLength(1);
    expect(letter2.pages).toHaveLength(1);
    expect(letter1.pages[0]).toContain(target.customerNumber);
    expect(letter1.pages[0]).toContain('/account/aanmaken');
    expect(letter1.pages[0]).not.toContain(code);
    expect(letter2.pages[0]).toContain(code);
    expect(letter2.pages[0]).not.toMatch(/HM-\d+|https?:\/\//);
    await expect.poll(() => dialog.locator('[data-testid="household-letters-saved"]').innerText()).toBe('Brief 1 is opgeslagen. Brief 2 is opgeslagen.');
    await screenshot(admin, 'customer-household-letters');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
  });

  it('makes the activation letters as two mailings with progress, saves both, and a PDF is served only once', async () => {
    await admin.goto(`${webUrl}#/customer`);
    await admin.getByRole('button', { name: 'Activatiebrieven maken' }).click();
    const dialog = admin.locator('[data-testid="letters-dialog"]');
    await dialog.getByRole('button', { name: 'Starten' }).click();
    const save1 = dialog.getByRole('button', { name: 'Verzending 1 opslaan (klantnummers)' });
    await save1.waitFor({ timeout: 60_000 });
    expect(await admin.locator('[data-testid="letters-progress"]').innerText()).toMatch(/^Klaar: \d+ huishoudens, twee brieven elk\.$/);
    await screenshot(admin, 'customer-letters-done');

    const fetched = admin.waitForRequest((r) => /\/activation-letters\/[0-9a-f-]{36}\/mailings\/1$/.test(r.url()));
    const mailing1 = await downloadPdf(save1);
    const jobId = /activation-letters\/([0-9a-f-]{36})\//.exec((await fetched).url())?.[1] ?? '';
    const mailing2 = await downloadPdf(dialog.getByRole('button', { name: 'Verzending 2 opslaan (activeercodes)' }));
    expect(mailing1.name).toMatch(/^activatiebrieven-\d{4}-\d{2}-\d{2}-verzending-1-klantnummers\.pdf$/);
    expect(mailing2.name).toMatch(/^activatiebrieven-\d{4}-\d{2}-\d{2}-verzending-2-activeercodes\.pdf$/);
    expect(mailing1.pages.length).toBeGreaterThan(0);
    expect(mailing2.pages).toHaveLength(mailing1.pages.length);
    for (const page of mailing1.pages) {
      expect(page).toMatch(/Uw huurdernummer: HM-\d+/);
      expect(page).not.toContain('Uw activeercode:');
    }
    for (const page of mailing2.pages) {
      expect(page).toMatch(/Uw activeercode: [A-Z2-9]{8}/);
      expect(page).not.toMatch(/HM-\d+|https?:\/\//);
    }
    await dialog.getByRole('button', { name: 'Verzending 2 opgeslagen' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Verzending 1 opgeslagen' }).isDisabled()).toBe(true);

    // Served once: the same staff member (another session) finds it gone, a colleague is refused.
    const again = await fetch(`${serverUrl}/api/v1/activation-letters/${jobId}/mailings/1`, {
      headers: { authorization: `Bearer ${await staffToken(serverUrl, 'kccbeheer', 'KccBeheer!2026')}` },
    });
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ error: { details: { reason: 'already_downloaded' } } });
    const colleague = await fetch(`${serverUrl}/api/v1/activation-letters/${jobId}/mailings/2`, {
      headers: { authorization: `Bearer ${await staffToken(serverUrl, 'beheerder', 'Beheer!2026')}` },
    });
    expect(colleague.status).toBe(403);
  });
});
