import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { staffClient, staffToken } from './apiSupport';
import { launchBrowser, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');
let browser: Browser;
let page: Page;

/** The range actions this spec looks for, made through the API as beheerder (specs may run in any order). */
async function makeRangeActions(): Promise<void> {
  const statuses: number[] = [];
  const api = staffClient(serverUrl, await staffToken(serverUrl, 'beheerder', 'Beheer!2026'), statuses);
  const range = await api.call('ipRanges.create', { body: { cidr: '172.16.0.0/12', admin: true, kcc: true, description: 'Audit-E2E' } });
  await api.call('ipRanges.update', { params: { id: range.id }, body: { description: 'Audit-E2E gewijzigd', version: range.version } });
  await api.call('ipRanges.remove', { params: { id: range.id } });
  expect(statuses).toEqual([201, 200, 204]);
}

beforeAll(async () => {
  await makeRangeActions();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await page.goto(`${webUrl}#/audit`);
  await signIn(page, 'beheerder', 'Beheer!2026');
  await page.getByRole('heading', { name: 'Audit' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const grid = () => page.locator('[data-testid="audit-grid"]');
const cellTexts = (field: string) => grid().locator(`.MuiDataGrid-row [data-field="${field}"]`).allInnerTexts();

describe('audit screen', () => {
  it('lists the range actions just made, filtered by action prefix and staff member', async () => {
    // The action filter lists actions in words; its group option selects every ip_range.* action.
    await page.locator('select[name="action"]').selectOption({ label: 'Alle: IP-bereiken' });
    await page.locator('input[name="actor"]').fill('beheerder');
    await expect.poll(async () => (await cellTexts('action')).every((a) => a.startsWith('IP-bereik ')) && (await cellTexts('action')).length > 0).toBe(true);
    const actions = await cellTexts('action');
    // Newest first: delete, update, create of 172.16.0.0/12, in words (no codes).
    expect(actions.slice(0, 3)).toEqual(['IP-bereik verwijderd', 'IP-bereik gewijzigd', 'IP-bereik toegevoegd']);
    expect((await cellTexts('actor')).every((a) => a === 'beheerder')).toBe(true);
    expect((await cellTexts('sourceAddress'))[0]).toBe('127.0.0.1');
    expect((await cellTexts('roles'))[0]).toContain('Beheerder');
    expect((await cellTexts('at'))[0]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/);
    await screenshot(page, 'audit-list');
  });

  it('shows the details of an entry readably (Enter on a row)', async () => {
    const createCell = grid().locator('.MuiDataGrid-row [data-field="action"]', { hasText: 'IP-bereik toegevoegd' }).first();
    await createCell.click();
    const details = page.locator('[data-testid="audit-details"]');
    await details.waitFor();
    const json = await details.locator('[data-testid="audit-details-json"]').innerText();
    expect(JSON.parse(json)).toMatchObject({ cidr: '172.16.0.0/12', admin: true, kcc: true });
    expect(json).toContain('\n  "cidr": "172.16.0.0/12"');
    expect(await details.innerText()).toContain('Beheerder, KCC-medewerker (beheerder), KCC-medewerker');
    expect(await details.innerText()).toContain('IP-bereik toegevoegd');
    expect(await details.innerText()).not.toContain('ip_range.create');
    // Let the dialog finish fading in before the picture.
    await expect.poll(() => details.locator('.MuiDialog-paper').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await screenshot(page, 'audit-details');
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    // Keyboard: focus a cell, Enter opens the same dialog.
    await createCell.focus();
    await page.keyboard.press('Enter');
    await details.waitFor();
    await page.keyboard.press('Escape');
  });

  it('finds nothing for a period in the future', async () => {
    await page.locator('input[name="from"]').fill('2099-01-01');
    await expect.poll(() => grid().innerText()).toContain('Geen auditregels gevonden.');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(async () => (await cellTexts('action')).length).toBeGreaterThan(3);
  });

  it('checks the chain: OK', async () => {
    await page.getByRole('button', { name: 'Keten controleren' }).click();
    const result = page.locator('[data-testid="audit-verify-result"]');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(await result.innerText()).toContain('De keten is in orde');
    await screenshot(page, 'audit-verify');
  });

  it('exports the filtered entries to a real .xlsx, and the export is itself audited', async () => {
    await page.locator('select[name="action"]').selectOption('ip_range.');
    await expect.poll(async () => (await cellTexts('action')).every((a) => a.startsWith('IP-bereik '))).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren naar Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^auditlogboek-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    // A copy into a plain ArrayBuffer: what exceljs' typings ask for (a Node Buffer is a view, not one).
    await wb.xlsx.load(new Uint8Array(await readFile(file)).buffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(5).value).toBe('Actie');
    const actions: string[] = [];
    ws?.eachRow((row, n) => {
      if (n > 1) actions.push(String(row.getCell(5).value));
    });
    expect(actions.length).toBeGreaterThanOrEqual(3);
    expect(actions.every((a) => a.startsWith('ip_range.'))).toBe(true);

    await page.locator('select[name="action"]').selectOption('audit.export');
    await expect.poll(async () => (await cellTexts('action'))[0]).toBe('Auditlogboek geëxporteerd');
  });

  it('hides views of customer data by default ("Inzage verbergen") and shows them when asked', async () => {
    // A KCC member opens a customer: a customer.view entry (written within a fraction of a second).
    const kcc = staffClient(serverUrl, await staffToken(serverUrl, 'kcc', 'Kcc!2026'));
    const [customer] = (await kcc.call('customers.search', { query: { q: 'straat', limit: 1 } })).items;
    if (!customer) throw new Error('no seeded customer');
    const nr = customer.customerNumber;
    await kcc.call('customers.overview', { params: { customerNumber: nr } });
    const admin = staffClient(serverUrl, await staffToken(serverUrl, 'beheerder', 'Beheer!2026'));
    await expect
      .poll(async () => (await admin.call('audit.list', { query: { customerNumber: nr, action: 'customer.view' } })).total)
      .toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Filters wissen' }).click();
    const hide = page.getByRole('checkbox', { name: 'Inzage verbergen' });
    expect(await hide.isChecked()).toBe(true);
    await page.locator('input[name="customerNumber"]').fill(nr);
    // Keyboard: Space on the focused box shows the views.
    await hide.focus();
    await page.keyboard.press('Space');
    expect(await hide.isChecked()).toBe(false);
    await expect.poll(() => cellTexts('action')).toContain('Klantgegevens ingezien');
    const row = grid().locator('.MuiDataGrid-row', { hasText: 'Klantgegevens ingezien' }).first();
    expect(await row.locator('[data-field="customerNumber"]').innerText()).toBe(nr);
    expect(await row.locator('[data-field="actor"]').innerText()).toBe('kcc');
    await screenshot(page, 'audit-views');
    // Hidden again: the same customer's other entries stay, the views go.
    await hide.click();
    await expect.poll(() => cellTexts('action')).not.toContain('Klantgegevens ingezien');
  });
});
