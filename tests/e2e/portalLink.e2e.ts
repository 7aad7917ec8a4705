import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { staffClient, staffToken } from './apiSupport';
import { launchBrowser, screenshot } from './browser';

const serverUrl = inject('serverUrl');

let browser: Browser;
let linkUrl: string;
let username: string;
let customerNumber: string;
const cspViolations: string[] = [];

/** A page that records any Content-Security-Policy complaint (the page's style must pass by its hash). */
async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return page;
}

beforeAll(async () => {
  // A seeded household with a portal account; a KCC staff member looks along and makes the link.
  const staff = staffClient(serverUrl, await staffToken(serverUrl, 'kccbeheer', 'KccBeheer!2026'));
  const accounts = await staff.call('accounts.list', { query: { pageSize: 20 } });
  const account = accounts.items.find((a) => a.customerNumber !== null);
  if (!account?.customerNumber) throw new Error('no seeded account with a customer number');
  username = account.username;
  customerNumber = account.customerNumber;
  const { sessionId } = await staff.call('lookAlong.start', { params: { customerNumber } });
  const link = await staff.call('customers.portalLink', { params: { customerNumber }, lookAlong: sessionId });
  // The URL in the answer is the portal's own page; this server's route for the same token is what a browser reaches here.
  linkUrl = `${serverUrl}/api/v1/portal/one-time/${link.url.split('/').at(-1) ?? ''}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('one-time portal link in a browser: a landing page, signed in only by the button', () => {
  let first: Page;
  let second: Page;

  it('opening the link (in two tabs) shows the page with the button; the button signs in', async () => {
    first = await newPage();
    await first.goto(linkUrl);
    await first.getByRole('heading', { name: 'Klantportaal openen' }).waitFor();
    second = await newPage();
    await second.goto(linkUrl);
    const button = second.getByRole('button', { name: 'Inloggen op het klantportaal' });
    await button.waitFor();
    // The page's own style applies under its strict policy (allowed by its hash; no scripts at all).
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(11, 92, 173)');

    // The button is focused on arrival, so Enter presses it.
    await first.keyboard.press('Enter');
    await first.getByRole('heading', { name: 'U bent ingelogd' }).waitFor();
    expect(await first.locator('main').innerText()).toContain(
      `U bent ingelogd als ${username} (klantnummer ${customerNumber}); deze link is nu gebruikt.`,
    );
    await screenshot(first, 'portal-link-signed-in');
  });

  it('a second click (the other tab) and opening the link again both say it is used', async () => {
    await second.getByRole('button', { name: 'Inloggen op het klantportaal' }).click();
    await second.getByRole('heading', { name: 'Deze link werkt niet (meer)' }).waitFor();
    expect(await second.locator('main').innerText()).toContain('Deze link is al gebruikt.');

    await first.goto(linkUrl);
    await first.getByRole('heading', { name: 'Deze link werkt niet (meer)' }).waitFor();
    expect(await first.locator('main').innerText()).toContain('Deze link is al gebruikt.');
    expect(await first.locator('form').count()).toBe(0);
    expect(cspViolations).toEqual([]);
  });
});
