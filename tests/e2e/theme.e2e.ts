import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './browser';

const webUrl = inject('webUrl');
let browser: Browser;
let page: Page;

const PNG_1x1 = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${webUrl}#/theme`);
  await signIn(page, 'beheerder', 'Beheer!2026');
  await page.getByRole('heading', { name: 'Flexibele GUI', level: 1 }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

/** The preview's frame (served by the portal server through the web build's /api proxy). */
async function previewFrame(): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/portal/preview')), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/portal/preview'));
  if (!frame) throw new Error('no preview frame');
  await frame.locator('.kp-menubar').waitFor();
  return frame;
}
const menuBarColour = async () => (await previewFrame()).evaluate(() => getComputedStyle(document.querySelector('.kp-menubar') as Element).backgroundColor);
const themeCss = () => page.evaluate(async () => (await fetch('/api/v1/portal/theme.css')).text());
const slot = (n: number) => page.locator(`[data-testid="slot-${n}"]`);

describe('Flexibele GUI', () => {
  it('restyles the preview as colour 5 is typed, and refuses an injection naming the slot', async () => {
    await menuBarColour();
    await slot(5).fill('darken(#ff0000, 10%)');
    await expect.poll(menuBarColour, { timeout: 15_000 }).toBe('rgb(204, 0, 0)');
    await slot(7).fill('red; @import "x"');
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain('Kleur 7 (Achtergrond voet): geen geldige kleur');
    await slot(7).fill('hsl(193, 100%, 15%)');
    await screenshot(page, 'theme-preview');
  });

  it('saves: theme.css carries the new value at once', async () => {
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('De huisstijl is opgeslagen en het stylesheet is actief.').waitFor();
    expect(await themeCss()).toMatch(/--kp-c5: (#cc0000|rgb\(80%, 0%, 0%\))/);
    // The reloaded preview shows it from the stored stylesheet too.
    await expect.poll(menuBarColour, { timeout: 15_000 }).toBe('rgb(204, 0, 0)');
  });

  it('CSS compileren with unsaved changes asks first', async () => {
    await slot(9).fill('lime');
    await page.getByRole('button', { name: 'CSS compileren' }).click();
    const dialog = page.locator('[data-testid="theme-compile-dialog"]');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('wijzigingen die nog niet zijn opgeslagen');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await slot(9).inputValue()).toBe('lime');
    await slot(9).fill('hsl(0, 0%, 40%)');
  });

  it('uploads a logo that the preview shows', async () => {
    await page.locator('[data-testid="asset-input-logo"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG_1x1 });
    await page.getByText('A. Logo plaatje is opgeslagen.').waitFor();
    await expect.poll(() => page.locator('[data-testid="asset-logo"]').innerText(), { timeout: 15_000 }).toContain('PNG');
    await expect.poll(async () => (await previewFrame()).locator('img.kp-logo').count(), { timeout: 15_000 }).toBe(1);
  });

  it('restores the previous stylesheet', async () => {
    const before = await themeCss();
    // The oldest: the stylesheet the server compiled from the defaults before the first save.
    const restore = page.getByRole('button', { name: /^Stylesheet versie \d+ herstellen$/ }).last();
    await restore.click();
    const dialog = page.locator('[data-testid="theme-restore-dialog"]');
    await dialog.getByRole('button', { name: 'Herstellen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(themeCss, { timeout: 15_000 }).not.toBe(before);
    expect(await themeCss()).not.toContain('80%, 0%, 0%');
    await expect.poll(() => slot(5).inputValue(), { timeout: 15_000 }).not.toBe('darken(#ff0000, 10%)');
  });
});

describe('Functionaliteiten', () => {
  it('turning off a menu shows its children off, and the portal follows; Rollen lists the household roles', async () => {
    await page.goto(`${webUrl}#/functionalities`);
    await page.getByRole('heading', { name: 'Functionaliteiten', level: 1 }).waitFor();
    const child = page.locator('[data-testid="fn-terminateContract"]');
    expect(await child.getAttribute('data-effective')).toBe('true');
    await page.getByLabel('Contractgegevens aan of uit', { exact: true }).click();
    await expect.poll(() => child.getAttribute('data-effective'), { timeout: 15_000 }).toBe('false');
    expect(await child.innerText()).toContain('uit omdat Contractgegevens uit staat');
    expect(await page.locator('[data-testid="functionality-top5"]').innerText()).not.toContain('Huur opzeggen');
    const portal = await page.evaluate(async () => (await (await fetch('/api/v1/portal/functionalities')).json()) as { keys: string[] });
    expect(portal.keys).not.toContain('terminateContract');
    await screenshot(page, 'functionalities-off');
    await page.getByLabel('Contractgegevens aan of uit', { exact: true }).click();
    await expect.poll(() => child.getAttribute('data-effective'), { timeout: 15_000 }).toBe('true');

    await page.getByRole('tab', { name: 'Rollen' }).click();
    await page.locator('[data-testid="role-BEWINDVOERDER"]').waitFor();
    expect(await page.getByLabel('Bewindvoerder gebruiken in portaal', { exact: true }).isDisabled()).toBe(true);
  });
});
