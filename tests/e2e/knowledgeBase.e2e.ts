import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${webUrl}#/knowledge-base`);
  await signIn(page, 'beheerder', 'Beheer!2026');
  await page.getByRole('heading', { name: 'Kennisbank' }).waitFor();
  await page.locator('[data-testid="kb-tree"]').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const topicDialog = () => page.locator('[data-testid="kb-topic-dialog"]');
const questionDialog = () => page.locator('[data-testid="kb-question-dialog"]');
const rowsOfKind = (kind: string) => page.locator(`[data-testid="kb-tree"] [role="treeitem"][data-kind="${kind}"]`);
const selectedRow = () => page.locator('[data-testid="kb-tree"] [role="treeitem"][aria-selected="true"]');
const TERM = 'kiwiproef';
let topicCode = '';

async function addQuestion(description: string): Promise<string> {
  await page.locator('[data-testid="kb-toolbar"]').getByRole('button', { name: /^Klantvraag toevoegen/ }).click();
  await questionDialog().waitFor();
  await page.keyboard.type(description);
  await questionDialog().getByRole('button', { name: 'Opslaan' }).click();
  await questionDialog().waitFor({ state: 'detached' });
  await expect.poll(() => selectedRow().innerText()).toContain(description);
  return (await selectedRow().getAttribute('data-testid'))?.replace('kb-row-', '') ?? '';
}

describe('knowledge base screen', () => {
  it('shows the demo tree with counts per topic, filters and expands', async () => {
    expect(await rowsOfKind('topic').count()).toBeGreaterThanOrEqual(40);
    expect(await page.locator('[data-testid="kb-totals"]').innerText()).toMatch(/\d+ onderwerpen, \d{3} klantvragen/);
    expect(await page.locator('[data-testid="kb-count-KBO-00001"]').innerText()).toMatch(/^\d+ vragen$/);
    await page.locator('[data-testid="kb-filter"]').fill('cv-ketel');
    await expect.poll(() => rowsOfKind('question').count()).toBeGreaterThan(0);
    expect(await rowsOfKind('topic').count()).toBeLessThan(5);
    await page.locator('[data-testid="kb-filter"]').fill('');
    await page.getByRole('button', { name: 'Alles uitklappen' }).click();
    await expect.poll(() => rowsOfKind('question').count()).toBeGreaterThan(300);
    await page.getByRole('button', { name: 'Alles inklappen' }).click();
    await expect.poll(() => rowsOfKind('question').count()).toBe(0);
  });

  it('adds a topic and two questions flagged for the portal, and moves the second up with the keyboard', async () => {
    await page.getByRole('button', { name: 'Nieuw onderwerp' }).click();
    await topicDialog().waitFor();
    await page.keyboard.type('E2E Proefonderwerp');
    await topicDialog().locator('input[name="keywords"]').fill('proef, test');
    await topicDialog().getByRole('button', { name: 'Opslaan' }).click();
    await topicDialog().waitFor({ state: 'detached' });
    await expect.poll(() => selectedRow().innerText()).toContain('E2E Proefonderwerp');
    topicCode = (await selectedRow().getAttribute('data-testid'))?.replace('kb-row-', '') ?? '';
    expect(topicCode).toMatch(/^KBO-\d{5}$/);

    const first = await addQuestion(`Eerste ${TERM}vraag`);
    const second = await addQuestion(`Tweede ${TERM}vraag`);
    expect(second).toMatch(/^KBK-\d{5}$/);
    expect(Number(second.slice(4))).toBe(Number(first.slice(4)) + 1);
    await expect.poll(() => page.locator(`[data-testid="kb-count-${topicCode}"]`).innerText()).toBe('2 vragen');
    // Alt+Up on the selected (second) question: it moves above the first, the focus stays on it.
    await page.locator(`[data-testid="kb-row-${second}"]`).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(async () => (await rowsOfKind('question').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).join(','))
      .toBe(`kb-row-${second},kb-row-${first}`);
    expect(await page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe(`kb-row-${second}`);
    await screenshot(page, 'kb-tree');
  });

  it('finds both in the search preview with their count; an unflagged one is gone and said to be left out', async () => {
    await page.locator('[data-testid="kb-tab-search"]').click();
    await page.locator('[data-testid="kb-search-input"]').fill(TERM);
    const topic = page.locator(`[data-testid="kb-search-topic-${topicCode}"]`);
    await topic.waitFor();
    expect(await topic.innerText()).toContain('E2E Proefonderwerp (2 items gevonden)');
    await topic.getByRole('button').click();
    await expect.poll(() => topic.locator('mark').count()).toBe(2);
    expect(await topic.locator('mark').first().innerText()).toBe(TERM);

    // Unflag both via the editor: the topic no longer shows for the term, the preview says why.
    await page.locator('[data-testid="kb-tab-tree"]').click();
    for (const code of await rowsOfKind('question').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.replace('kb-row-', '') ?? ''))) {
      await page.locator(`[data-testid="kb-row-${code}"]`).click();
      await page.keyboard.press('F2');
      await questionDialog().waitFor();
      await questionDialog().getByLabel('Gebruik in klantportaal').uncheck();
      await questionDialog().getByRole('button', { name: 'Opslaan' }).click();
      await questionDialog().waitFor({ state: 'detached' });
    }
    await page.locator('[data-testid="kb-tab-search"]').click();
    await page.locator('[data-testid="kb-search-none"]').waitFor();
    expect(await topic.count()).toBe(0);
    expect(await page.locator('[data-testid="kb-search-left-out"]').innerText()).toContain('2 klantvragen met deze term zijn weggelaten');
    await screenshot(page, 'kb-search-preview');
  });

  it('renders an advice with bold and a named link in the preview, shows <script> as text, and says where the link goes', async () => {
    await page.locator('[data-testid="kb-tab-tree"]').click();
    await selectedRow().click();
    await page.keyboard.press('F2');
    await questionDialog().waitFor();
    await questionDialog().getByLabel('Deze vraag leidt tot een advies').check();
    await page.locator('[data-testid="kb-advice-input"]').fill('Lees **dit goed** en ga naar [uw financiën](/financien).\n<script>alert(1)</script>');
    const preview = page.locator('[data-testid="kb-advice-preview"]');
    await expect.poll(() => preview.locator('strong').innerText()).toBe('dit goed');
    expect(await preview.getByRole('link', { name: 'uw financiën' }).getAttribute('href')).toBe('/financien');
    expect(await preview.innerText()).toContain('<script>alert(1)</script>');
    expect(await preview.locator('script').count()).toBe(0);

    const url = questionDialog().locator('input[name="url"]');
    await questionDialog().locator('input[name="linkLabel"]').fill('Naar mijn financiën');
    await url.fill('javascript:alert(1)');
    await expect.poll(() => questionDialog().locator('[data-testid="kb-link-kind"]').innerText()).toContain('Geen geldig adres');
    await questionDialog().getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => questionDialog().innerText()).toContain('Alleen een relatief portaaladres');
    await url.fill('https://www.belastingdienst.nl');
    await expect.poll(() => questionDialog().locator('[data-testid="kb-link-kind"]').innerText()).toContain('nieuw tabblad');
    await url.fill('/financien');
    await expect.poll(() => questionDialog().locator('[data-testid="kb-link-kind"]').innerText()).toContain('hetzelfde tabblad');
    await screenshot(page, 'kb-question-dialog');
    await questionDialog().getByRole('button', { name: 'Opslaan' }).click();
    await questionDialog().waitFor({ state: 'detached' });
    const details = page.locator('[data-testid="kb-question-details"]');
    await expect.poll(() => details.locator('strong').first().innerText()).toBe('dit goed');
    expect(await details.innerText()).toContain('<script>alert(1)</script>');
  });

  it('asks before deleting a topic with questions, says how many, and moves them elsewhere first', async () => {
    await page.locator(`[data-testid="kb-row-${topicCode}"]`).click();
    await page.keyboard.press('Delete');
    const dialog = page.locator('[data-testid="kb-delete-dialog"]');
    await dialog.waitFor();
    expect(await dialog.locator('[data-testid="kb-delete-holds"]').innerText()).toContain('Dit onderwerp bevat 2 klantvragen');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator(`[data-testid="kb-row-${topicCode}"]`).count()).toBe(0);
    await page.locator('[data-testid="kb-filter"]').fill(TERM);
    await expect.poll(() => rowsOfKind('question').count()).toBe(2);
  });

  it('lets a KCC staff member read the tree but shows no edit controls', async () => {
    const reader = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await reader.goto(`${webUrl}#/knowledge-base`);
      await signIn(reader, 'kcc', 'Kcc!2026');
      await reader.locator('[data-testid="kb-read-only"]').waitFor();
      await reader.locator('[data-testid="kb-row-KBO-00001"]').click();
      await reader.keyboard.press('ArrowRight');
      await reader.keyboard.press('ArrowDown');
      await reader.locator('[data-testid="kb-question-details"]').waitFor();
      await reader.keyboard.press('F2');
      await reader.keyboard.press('Delete');
      expect(await reader.locator('.MuiDialog-root').count()).toBe(0);
      expect(await reader.locator('[data-testid="kb-toolbar"]').count()).toBe(0);
      expect(await reader.getByRole('button', { name: 'Nieuw onderwerp' }).count()).toBe(0);
    } finally {
      await reader.close();
    }
  });
});
