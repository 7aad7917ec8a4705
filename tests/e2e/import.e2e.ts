import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importFields } from '../../shared/domain/importColumns';
import { pdfPageTexts } from '../integration/support/pdfText';
import { launchBrowser, screenshot, signIn } from './browser';

// Seed 002 step 1–3 end to end: the template filled with 20 households of which 2 are wrong, fixed, imported
// into a new group, their accounts made in bulk and the letters downloaded.

const webUrl = inject('webUrl');
let browser: Browser;
let page: Page;
let dir: string;

const ROWS = 20;
const numberOf = (i: number) => `HM-00${String(95001 + i)}`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kcc-e2e-import-'));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
  await page.goto(`${webUrl}#/groups`);
  await signIn(page, 'beheerder', 'Beheer!2026');
  await page.getByRole('heading', { name: 'Klantgroepen', level: 1 }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Clicks `button` and returns the downloaded file's bytes. */
async function download(button: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await d.path();
  return { name: d.suggestedFilename(), bytes: await readFile(file) };
}

/** The template filled in: 20 households; `broken` puts a bad postcode in row 4 and a bad e-mail in row 9. */
async function fill(template: Buffer, broken: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(template).buffer);
  const ws = wb.getWorksheet('Klanten')!;
  ws.spliceRows(2, 1);
  for (let i = 0; i < ROWS; i++) {
    const values: Record<string, string> = {
      customerNumber: numberOf(i),
      name: `E. Import ${i}`,
      street: 'Importlaan',
      houseNumber: String(i + 1),
      postcode: broken && i === 2 ? '12345' : '3511 AB',
      city: 'Utrecht',
      email: broken && i === 7 ? 'geen-adres' : `import${i}@example.nl`,
      phone: '030-1234567',
    };
    ws.addRow(importFields.map((f) => values[f.key] ?? ''));
  }
  const file = path.join(dir, broken ? 'klanten-fout.xlsx' : 'klanten.xlsx');
  await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

async function choose(file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Bestand kiezen…' }).click()]);
  await chooser.setFiles(file);
  await expect.poll(() => page.locator('[data-testid="import-file-summary"]').innerText()).toContain(`${ROWS} rijen`);
}

const next = () => page.getByRole('button', { name: 'Volgende', exact: true }).click();

describe('import, group, bulk accounts and letters', () => {
  it('makes a group with rights', async () => {
    await page.getByRole('button', { name: 'Nieuwe groep' }).click();
    const dialog = page.locator('[data-testid="group-dialog"]');
    await dialog.waitFor();
    await page.keyboard.type('Complex Noord');
    await dialog.getByLabel('Overzicht reparaties').check();
    await dialog.getByLabel('Saldo inzien').check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid="groups-table"]').innerText()).toContain('Complex Noord');
  });

  it('checks the filled template: 2 of 20 rows wrong, named by row and column; the report downloads', async () => {
    await page.locator('nav a[data-area="import"]').click();
    await page.getByRole('heading', { name: 'Importeren', level: 1 }).waitFor();
    const template = await download(page.getByRole('button', { name: 'Sjabloon downloaden (.xlsx)' }));
    expect(template.name).toBe('importsjabloon-klanten.xlsx');
    await writeFile(path.join(dir, 'sjabloon.xlsx'), template.bytes);
    await choose(await fill(template.bytes, true));
    await next(); // columns: matched by name
    await page.locator('[data-testid="import-mapping"]').waitFor();
    expect(await page.getByRole('combobox', { name: 'Klantnummer (verplicht)' }).innerText()).toBe('Klantnummer');
    await next(); // rows
    await expect.poll(() => page.locator('[data-testid="import-selected"]').innerText()).toBe(`${ROWS} van ${ROWS} rijen gekozen`);
    await next(); // group
    await page.getByRole('combobox', { name: 'Klantgroep' }).click();
    await page.getByRole('option', { name: 'Complex Noord' }).click();
    await next(); // check
    await expect.poll(() => page.locator('[data-testid="import-counts"]').innerText()).toBe('18 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen, 2 met fouten');
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(true);
    await page.getByLabel('Alleen rijen met fouten').check();
    await expect.poll(() => page.locator('[data-testid="import-preview"] tbody tr').count()).toBe(2);
    const table = await page.locator('[data-testid="import-preview"]').innerText();
    expect(table).toContain('Postcode: Postcode heeft 4 cijfers en 2 letters');
    expect(table).toContain('E-mail: Ongeldig e-mailadres');
    await screenshot(page, 'import-errors');
    const report = await download(page.getByRole('button', { name: 'Controleverslag downloaden (.xlsx)' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(report.bytes).buffer);
    const rows = wb.getWorksheet('Fouten')!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 3));
    expect(rows).toEqual([
      [4, 'Postcode'],
      [9, 'E-mail'],
    ]);
  });

  it('imports the fixed file into the group', async () => {
    await page.getByRole('button', { name: 'Nieuwe import' }).click();
    const template = await readFile(path.join(dir, 'sjabloon.xlsx'));
    await choose(await fill(template, false));
    await next();
    await next();
    await page.locator('[data-testid="import-selected"]').waitFor();
    await next();
    await page.getByRole('combobox', { name: 'Klantgroep' }).click();
    await page.getByRole('option', { name: 'Complex Noord' }).click();
    await next();
    await expect.poll(() => page.locator('[data-testid="import-counts"]').innerText()).toBe('20 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen, 0 met fouten');
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid="import-done"]').innerText()).toContain('20 nieuw');
  });

  it('creates their accounts in bulk as a job and downloads the letters', async () => {
    await page.getByRole('button', { name: 'Accounts en brieven voor deze klanten' }).click();
    await page.getByRole('heading', { name: 'Bulkacties', level: 1 }).waitFor();
    await expect.poll(() => page.locator('[data-testid="bulk-count"]').innerText()).toBe(`${ROWS} klanten geselecteerd.`);
    await page.getByRole('button', { name: 'Accounts aanmaken' }).click();
    const job = page.locator('[data-testid="jobs-table"] tbody tr').first();
    await expect.poll(() => job.locator('[data-testid="job-state"]').innerText(), { timeout: 20_000 }).toBe('Klaar');
    expect(await job.innerText()).toContain(`${ROWS} van ${ROWS}`);
    await screenshot(page, 'bulk-job-done');
    const m2 = await download(job.getByRole('button', { name: 'Verzending 2 opslaan (activeercodes)' }));
    const pages = pdfPageTexts(m2.bytes);
    expect(pages).toHaveLength(ROWS);
    for (const p of pages) expect(p).toMatch(/Uw activeercode: [A-Z2-9]{8}/);
    const m1 = await download(job.getByRole('button', { name: 'Verzending 1 opslaan (klantnummers)' }));
    expect(pdfPageTexts(m1.bytes)[0]).toContain(`Uw huurdernummer: ${numberOf(0)}`);
    await job.getByRole('button', { name: 'Verslag per klant' }).click();
    await expect.poll(() => page.locator('[data-testid="job-items"]').innerText()).toContain('Account hm-0095001');
    await page.keyboard.press('Escape');
  });

  it('shows the group on the customer screen', async () => {
    await page.goto(`${webUrl}#/customer/${numberOf(0)}`);
    await expect.poll(() => page.locator('[data-testid="customer-groups"]').innerText()).toContain('Complex Noord');
  });
});
