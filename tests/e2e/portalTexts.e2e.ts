import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './browser';

// Flexibele labels, E-mailsjablonen and Uitgaande e-mail, as an admin uses them, against the real seeded server.
const webUrl = inject('webUrl');
const serverUrl = inject('serverUrl');
const KEY = 'MyContracts.Label_PropertyValuationInformation';
let browser: Browser;
let page: Page;
let dir: string;

const portalLabels = async (): Promise<Record<string, string>> => (await fetch(`${serverUrl}/api/v1/portal/labels?lang=nl`)).json() as Promise<Record<string, string>>;
const dialog = () => page.locator('[data-testid="label-dialog"]');
const importDialog = () => page.locator('[data-testid="label-import-dialog"]');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kcc-labels-'));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
  await page.goto(`${webUrl}#/labels`);
  await signIn(page, 'beheerder', 'Beheer!2026');
  await page.getByRole('heading', { name: 'Flexibele labels', level: 1 }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

async function searchText(text: string): Promise<void> {
  await page.getByLabel('Labelwaarde bevat').fill(text);
  await page.getByLabel('Labelwaarde bevat').press('Enter');
}

/** Picks a file in the import dialog (the browser build's file chooser). */
async function chooseFile(file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importDialog().getByRole('button', { name: 'Bestand kiezen…' }).click()]);
  await chooser.setFiles(file);
}

describe('flexible labels', () => {
  it('finds a label by part of its text, changes it (live in /portal/labels) and resets it', async () => {
    const before = (await portalLabels())[KEY];
    await searchText('maximale huurprijs. Dit aantal');
    const row = page.locator(`[data-testid="label-row-${KEY}"]`);
    await row.waitFor();
    expect(await page.locator('[data-testid="labels-count"]').innerText()).toBe('Flexibele labels — 1 gevonden');
    await row.getByRole('button', { name: 'Wijzigen' }).click();
    await dialog().waitFor();
    expect(await dialog().locator('[data-testid="label-default"]').innerText()).toBe(before);
    const text = dialog().getByLabel('Labelwaarde');
    await text.fill('Woningwaardering: de punten voor uw maximale huurprijs.');
    await screenshot(page, 'labels-edit');
    await dialog().getByRole('button', { name: 'Opslaan en sluiten' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await portalLabels())[KEY]).toBe('Woningwaardering: de punten voor uw maximale huurprijs.');
    await expect.poll(() => row.innerText()).toContain('Gewijzigd');

    await row.getByRole('button', { name: 'Wijzigen' }).click();
    await dialog().waitFor();
    expect(await dialog().locator('[data-testid="label-changed-by"]').innerText()).toContain('beheerder');
    await dialog().locator('[data-testid="label-history"]').waitFor();
    await dialog().getByRole('button', { name: 'Standaardtekst herstellen' }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(async () => (await portalLabels())[KEY]).toBe(before);
  });

  it('names a lost placeholder before saving', async () => {
    await searchText('Goedendag');
    await page.locator('[data-testid="label-row-Home.Label_Greeting"]').getByRole('button', { name: 'Wijzigen' }).click();
    await dialog().waitFor();
    await dialog().getByLabel('Labelwaarde').fill('Goedendag');
    await expect.poll(() => dialog().innerText()).toContain('Plaatshouder ontbreekt: {name}');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });

  it('exports, imports a file with one bad row (nothing applied), then the fixed file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren naar Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^labels-nl-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const rowOf = (key: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((r) => {
        if (r.getCell(1).value === key) found = r;
      });
      if (!found) throw new Error(key);
      return found;
    };
    rowOf('Login.Button_Login').getCell(4).value = 'Aanmelden';
    rowOf('Home.Label_Greeting').getCell(4).value = 'Welkom terug'; // {name} lost: a bad row
    const bad = path.join(dir, 'labels-fout.xlsx');
    await wb.xlsx.writeFile(bad);

    await page.getByRole('button', { name: 'Importeren uit Excel' }).click();
    await importDialog().waitFor();
    await chooseFile(bad);
    const summary = importDialog().locator('[data-testid="label-import-summary"]');
    await expect.poll(() => summary.innerText()).toContain('1 fouten');
    expect(await importDialog().locator('[data-testid="label-import-errors"]').innerText()).toContain('Plaatshouder ontbreekt: {name}');
    expect(await importDialog().getByRole('button', { name: 'Alles doorvoeren' }).isDisabled()).toBe(true);
    await screenshot(page, 'labels-import-error');
    expect((await portalLabels())['Login.Button_Login']).toBe('Inloggen');

    rowOf('Home.Label_Greeting').getCell(4).value = 'Welkom terug, {name}';
    const good = path.join(dir, 'labels-goed.xlsx');
    await wb.xlsx.writeFile(good);
    await chooseFile(good);
    await expect.poll(() => summary.innerText()).toContain('2 wijzigingen');
    expect(await importDialog().locator('[data-testid="label-import-changes"]').innerText()).toContain('Aanmelden');
    await importDialog().getByRole('button', { name: 'Alles doorvoeren' }).click();
    await expect.poll(() => summary.innerText()).toContain('2 labels zijn gewijzigd');
    const texts = await portalLabels();
    expect(texts['Login.Button_Login']).toBe('Aanmelden');
    expect(texts['Home.Label_Greeting']).toBe('Welkom terug, {name}');
    await importDialog().getByRole('button', { name: 'Sluiten' }).click();
    await importDialog().waitFor({ state: 'detached' });
  });
});

describe('e-mail templates and outgoing mail', () => {
  it('edits a template with a live preview and sends a test mail that shows in Uitgaande e-mail', async () => {
    await page.locator('nav a[data-area="email-templates"]').click();
    await page.getByRole('heading', { name: 'E-mailsjablonen', level: 1 }).waitFor();
    await page.getByRole('button', { name: /Telefoonnummer gewijzigd/ }).click();
    const form = page.getByRole('form', { name: 'Telefoonnummer gewijzigd' });
    await form.getByLabel('Onderwerp').fill('Nieuw telefoonnummer voor {customerName}');
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await expect.poll(() => page.locator('[data-testid="template-preview-subject"]').innerText()).toBe('Onderwerp: Nieuw telefoonnummer voor Fam. de Vries');
    // A placeholder that does not exist is named before saving.
    await form.getByLabel('Onderwerp').fill('Nieuw nummer {iban}');
    await expect.poll(() => form.innerText()).toContain('Onbekende plaatshouder: {iban}');
    await form.getByLabel('Onderwerp').fill('Nieuw telefoonnummer voor {customerName}');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het sjabloon is opgeslagen.').waitFor();
    await screenshot(page, 'email-template');

    await page.getByLabel('Naar e-mailadres').fill('testmail@example.nl');
    await page.getByRole('button', { name: 'Testmail versturen' }).click();
    await page.getByText(/De testmail staat in Uitgaande e-mail/).waitFor();

    await page.locator('nav a[data-area="outbox"]').click();
    await page.getByRole('heading', { name: 'Uitgaande e-mail', level: 1 }).waitFor();
    await page.getByLabel('Aan (bevat)').fill('testmail@');
    const table = page.locator('[data-testid="outbox-table"]');
    await expect.poll(() => table.innerText()).toContain('Nieuw telefoonnummer voor Fam. de Vries');
    expect(await table.innerText()).toContain('Wachtend');
    expect(await page.locator('[data-testid="outbox-delivery"]').innerText()).toContain('geen SMTP-server');
    await table.getByRole('button', { name: 'Nieuw telefoonnummer voor Fam. de Vries' }).first().click();
    await expect.poll(() => page.locator('[data-testid="outbox-mail-text"]').innerText()).toContain('Uw telefoonnummer is gewijzigd in: 06 12345678.');
    await page.keyboard.press('Escape');
  });
});
