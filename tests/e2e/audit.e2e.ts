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

describe('audit screen (A4)', () => {
  it('lists the range actions just made, filtered by action prefix and staff member', async () => {
    await page.locator('input[name="action"]').fill('ip_range.');
    await page.locator('input[name="actor"]').fill('beheerder');
    await expect.poll(async () => (await cellTexts('action')).every((a) => a.startsWith('ip_range.')) && (await cellTexts('action')).length > 0).toBe(true);
    const actions = await cellTexts('action');
    // Newest first: delete, update, create of 172.16.0.0/12.
    expect(actions.slice(0, 3)).toEqual(['ip_range.delete', 'ip_range.update', 'ip_range.create']);
    expect((await cellTexts('actor')).every((a) => a === 'beheerder')).toBe(true);
    expect((await cellTexts('sourceAddress'))[0]).toBe('127.0.0.1');
    expect((await cellTexts('roles'))[0]).toContain('Beheerder');
    expect((await cellTexts('at'))[0]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/);
    await screenshot(page, 'audit-list');
  });

  it('shows the details of an entry readably (Enter on a row)', async () => {
    const createCell = grid().locator('.MuiDataGrid-row [data-field="action"]', { hasText: 'ip_range.create' }).first();
    await createCell.click();
    const details = page.locator('[data-testid="audit-details"]');
    await details.waitFor();
    const json = await details.locator('[data-testid="audit-details-json"]').innerText();
    expect(JSON.parse(json)).toMatchObject({ cidr: '172.16.0.0/12', admin: true, kcc: true });
    expect(json).toContain('\n  "cidr": "172.16.0.0/12"');
    expect(await details.innerText()).toContain('Beheerder, KCC-medewerker (beheerder), KCC-medewerker');
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
    await page.locator('input[name="action"]').fill('ip_range.');
    await expect.poll(async () => (await cellTexts('action')).every((a) => a.startsWith('ip_range.'))).toBe(true);
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

    await page.locator('input[name="action"]').fill('audit.export');
    await expect.poll(async () => (await cellTexts('action'))[0]).toBe('audit.export');
  });
});
