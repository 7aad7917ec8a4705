import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../../shared/client';
import { staffClient, staffToken } from './apiSupport';
import { launchBrowser, screenshot, signIn } from './browser';

// The helpdesk's weborder work in the browser against the seeded server: filter, open and approve one; bulk
// approval with one refused; a weborder proposed from a teacher's request; the export opened with exceljs.
const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');
let browser: Browser;
let page: Page;
let api: ApiClient;
const EVENT = `E2E Bulk ${Date.now()}`;

beforeAll(async () => {
  api = staffClient(serverUrl, await staffToken(serverUrl, 'helpdesk', 'Helpdesk!2026'));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await page.goto(`${webUrl}#/weborders`);
  await signIn(page, 'helpdesk', 'Helpdesk!2026');
  await page.getByRole('heading', { name: 'Weborders', level: 1 }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const table = () => page.locator('[data-testid="weborder-table"]');
const rows = () => table().locator('tbody tr[data-testid^="weborder-row-"]');
const settled = () => expect.poll(() => table().getAttribute('data-loading')).toBe('false');

async function chooseStatus(label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

describe('weborders (helpdesk)', () => {
  it('filters weborders awaiting CJP approval, opens one and approves it', async () => {
    await chooseStatus('Budgethouder goedgekeurd');
    await settled();
    await expect.poll(async () => (await table().locator('tbody').innerText()).includes('In afwachting')).toBe(false);
    const first = rows().first();
    const id = Number((await first.getAttribute('data-testid'))?.replace('weborder-row-', ''));
    // The expandable row: the short details as the partner portal shows them.
    await first.getByRole('button', { name: `Details van weborder ${id} tonen` }).click();
    await expect.poll(() => page.locator(`[data-testid="weborder-summary-${id}"]`).innerText()).toContain('Gewenste tijd & datum');
    await first.getByRole('button', { name: `Weborder ${id} openen` }).click();
    const drawer = page.locator('[data-testid="weborder-drawer"]');
    await drawer.getByText('Budgethouder goedgekeurd').first().waitFor();
    // Only the moves the state machine allows the helpdesk.
    const moves = await drawer.locator('[data-testid="weborder-moves"] button').allInnerTexts();
    expect(moves).toEqual(['CJP goedkeuren', 'Afwijzen met reden', 'Foutmelding melden']);
    await drawer.getByRole('button', { name: 'CJP goedkeuren' }).click();
    const dialog = page.locator('[data-testid="weborder-move-dialog"]');
    await dialog.getByRole('button', { name: 'CJP goedkeuren' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => drawer.locator('[data-testid="weborder-history"]').innerText()).toContain('Budgethouder goedgekeurd → CJP goedgekeurd');
    expect((await api.call('weborders.get', { params: { id } })).status).toBe('cjp_approved');
    await screenshot(page, 'weborder-approved');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
  });

  it('bulk-approves four selected weborders: three done, one refused with the reason', async () => {
    const made = [];
    for (let i = 0; i < 4; i++) {
      made.push(
        await api.call('weborders.create', {
          body: { partnerId: 1, schoolNumber: '5001', name: `${EVENT} ${i}`, grade: '3', teacher: 'J. Sintenie', teachers: 1, students: 10, event: EVENT, desiredAt: '2031-03-0' + String(i + 1) + 'T10:00:00.000Z', ticketPrice: 500 },
        }),
      );
    }
    // Three approved by the budget holder (recorded by the helpdesk on the school's behalf); one still pending.
    for (const w of made.slice(0, 3)) await api.call('weborders.transition', { params: { id: w.id }, body: { to: 'budget_approved', version: w.version, onBehalfOf: 'school' } });
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByLabel('Zoeken (bestelnaam, evenement of ID)').fill(EVENT);
    await expect.poll(() => rows().count()).toBe(4);
    await page.getByRole('checkbox', { name: 'Alle weborders op deze pagina selecteren' }).check();
    await expect.poll(() => page.locator('[data-testid="bulk-bar"]').innerText()).toContain('4 geselecteerd');
    await page.locator('[data-testid="bulk-bar"]').getByRole('button', { name: 'CJP goedkeuren' }).click();
    await page.locator('[data-testid="bulk-dialog"]').getByRole('button', { name: 'CJP goedkeuren' }).click();
    const result = page.locator('[data-testid="bulk-result"]');
    await expect.poll(() => result.innerText()).toContain('3 verwerkt, 1 geweigerd');
    expect(await result.innerText()).toContain(`Weborder ${made[3]?.id}: Een weborder met status "In afwachting" kan niet naar "CJP goedgekeurd"`);
    await expect.poll(async () => (await table().locator('tbody').innerText()).split('CJP goedgekeurd').length - 1).toBe(3);
    await screenshot(page, 'weborders-bulk');
  });

  it('exports the matching weborders; the file opens with exceljs and holds the row', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren naar Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^weborders-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
    const ws = wb.getWorksheet('Weborders');
    expect(ws?.getRow(1).getCell(3).value).toBe('Bestelnaam');
    const names: string[] = [];
    const statuses: string[] = [];
    ws?.eachRow((row, n) => {
      if (n > 1) {
        names.push(String(row.getCell(3).value));
        statuses.push(String(row.getCell(4).value));
      }
    });
    expect(names.sort()).toEqual([0, 1, 2, 3].map((i) => `${EVENT} ${i}`));
    expect(statuses.filter((s) => s === 'CJP goedgekeurd').length).toBe(3);
  });

  it('proposes a weborder from a teacher request with the fields filled and the total shown', async () => {
    await page.locator('nav a[data-area="weborder-requests"]').click();
    await page.getByRole('heading', { name: 'Weborderverzoeken', level: 1 }).waitFor();
    const row = page.locator('[data-testid="requests-table"] tbody tr[data-testid^="request-row-"]').first();
    await row.waitFor();
    const requestId = Number((await row.getAttribute('data-testid'))?.replace('request-row-', ''));
    const request = (await api.call('weborderRequests.list', { query: { status: 'open', pageSize: 100 } })).items.find((r) => r.id === requestId);
    if (!request) throw new Error('request not found');
    await row.getByRole('button', { name: 'Weborder voorstellen' }).click();
    const dialog = page.locator('[data-testid="weborder-dialog"]');
    await dialog.waitFor();
    // The request's fields are filled in; the school's name shows at once.
    expect(await dialog.locator('input[name="event"]').inputValue()).toBe(request.event);
    expect(await dialog.locator('input[name="teacher"]').inputValue()).toBe(request.teacherName);
    await expect.poll(() => dialog.innerText()).toContain(request.schoolName);
    await dialog.locator('input[name="ticketPrice"]').fill('12,50');
    const persons = request.students + request.teachers;
    const expected = `€ ${Math.floor((1250 * persons) / 100).toLocaleString('nl-NL')},${String((1250 * persons) % 100).padStart(2, '0')}`;
    await expect.poll(() => dialog.locator('[data-testid="weborder-total"]').innerText()).toContain(expected);
    await screenshot(page, 'weborder-propose');
    await dialog.getByRole('button', { name: 'Verzenden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await api.call('weborderRequests.list', { query: { status: 'proposed', pageSize: 100 } })).items.some((r) => r.id === requestId)).toBe(true);
    const proposed = (await api.call('weborderRequests.list', { query: { status: 'proposed', pageSize: 100 } })).items.find((r) => r.id === requestId);
    const weborder = await api.call('weborders.get', { params: { id: proposed?.weborderId ?? 0 } });
    expect(weborder).toMatchObject({ status: 'pending', total: 1250 * persons, requestId, event: request.event });
  });
});
