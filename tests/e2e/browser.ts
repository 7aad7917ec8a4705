import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../../scripts/web-server.mjs';

export const CHROMIUM = process.env.KCC_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(repoRoot, 'tests', 'e2e', '.artifacts');

/**
 * Debian's Chromium, headless. Playwright's launch() starts it with a fresh temporary profile
 * (user-data-dir) every time, and every newContext() has its own empty storage.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Fills the sign-in form and submits it with Enter (the keyboard path staff use). */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="password"]').press('Enter');
}

/** Visible navigation labels of the drawer. */
export async function navLabels(page: Page): Promise<string[]> {
  const nav = page.locator('nav a[data-area]');
  await nav.first().waitFor();
  return (await nav.allInnerTexts()).map((s) => s.trim());
}
