import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWeb, type WebServer } from '../../scripts/web-server.mjs';
import { ensureDemoData, startServer, type RunningServer } from '../../server/start';
import type { Account } from '../../shared/api/accounts';
import type { ApiClient } from '../../shared/client';
import { startPgCluster, type PgCluster } from '../support/pgCluster';
import { staffClient, staffToken } from './apiSupport';
import { launchBrowser, screenshot, signIn } from './browser';

// The app's screens against a portal server on PostgreSQL (every other spec runs on the shared SQLite server of
// the global setup): a throwaway cluster and server of its own, the phone call played keyboard-first in Dutch,
// and then the database going away mid-action and coming back without a reload.

let cluster: PgCluster | undefined;
let dataDir: string | undefined;
let server: RunningServer | undefined;
let web: WebServer | undefined;
let browser: Browser | undefined;
let page: Page;
let staff: ApiClient;
let target: Account & { customerNumber: string };
/** The part of the target's e-mail address the caller spells out: matches this one account only. */
let emailPart: string;

const USER = 'kccbeheer';
const PASSWORD = 'KccBeheer!2026';
const status = () => page.locator('[data-testid="customer-header"] [data-testid="account-status"]');
const actions = () => page.getByRole('toolbar', { name: 'Accountacties' });
const drawer = () => page.locator('[role="dialog"][aria-labelledby="account-drawer-title"]');
const reasonBox = () => page.getByRole('textbox', { name: /Reden van blokkeren/ });
const banner = () => page.locator('[data-testid="connection-banner"]');

/** Enter in a confirmation dialog, once its confirm button has the focus (as a person sees it before pressing). */
async function confirmWithEnter(label: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(label);
  await page.keyboard.press('Enter');
}

/** A plain confirmed tenant account and a piece of its e-mail (not its start, into the domain) only it matches. */
async function pickTarget(): Promise<void> {
  const list = await staff.call('accounts.list', { query: { pageSize: 100, page: 1 } });
  for (const a of list.items) {
    if (!a.customerNumber || !a.confirmedAt || a.manuallyBlocked || a.autoBlocked || a.role !== 'user') continue;
    const at = a.email.indexOf('@');
    if (at < 6) continue;
    const part = a.email.slice(2, at + 4);
    const hits = await staff.call('accounts.list', { query: { q: part, pageSize: 5 } });
    if (hits.total !== 1) continue;
    target = { ...a, customerNumber: a.customerNumber };
    emailPart = part;
    return;
  }
  throw new Error('no plain confirmed tenant account with a distinctive e-mail in the seed');
}

beforeAll(async () => {
  const started = performance.now();
  cluster = await startPgCluster({ logPrefix: 'kcc-pg-e2e-' });
  const databaseUrl = await cluster.createDatabase('kcc_e2e');
  dataDir = await mkdtemp(path.join(tmpdir(), 'kcc-e2e-pg-'));
  // In this process rather than through the CLI as the global setup does: one tsx start less, and the server
  // closes with the spec. 100 households (the seed's minimum) is plenty for one phone call.
  await ensureDemoData(dataDir, 100, undefined, databaseUrl);
  server = await startServer({ dataDir, databaseUrl, port: 0, demo: true });
  web = await startWeb({ serverUrl: server.url, port: 0 });
  staff = staffClient(server.url, await staffToken(server.url, USER, PASSWORD));
  await pickTarget();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  console.log(`[e2e-pg] cluster, seed, server and browser ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

afterAll(async () => {
  // Each step on its own: a failed one must not leave the cluster (a running postgres) behind.
  await browser?.close().catch(() => undefined);
  await web?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  try {
    cluster?.stop();
  } finally {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
});

describe('the app on PostgreSQL', () => {
  it('signs in as a KCC member and finds the tenant by part of the e-mail address', async () => {
    await page.goto(`${web?.url}#/accounts`);
    await signIn(page, USER, PASSWORD);
    const search = page.locator('input[name="accountSearch"]');
    // The search field has the focus on opening: type, ArrowDown + Enter opens the (only) row.
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(emailPart);
    await expect.poll(() => page.locator('[data-testid="accounts-grid"]').getAttribute('data-shown-query')).toBe(emailPart);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => drawer().locator('[data-testid="detail-email"]').innerText()).toContain(target.email);
    expect(await drawer().locator('[data-testid="detail-blocked"]').innerText()).toBe('Nee');
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer().count()).toBe(0);
  });

  it('finds the same tenant by customer number with Ctrl+K and reads the account status and details', async () => {
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-testid="quick-lookup"] input[name="quickLookup"]');
    await input.waitFor();
    await input.fill(target.customerNumber);
    await page.locator(`[data-testid="quick-lookup"] [role="listbox"][data-fresh="true"] [role="option"][data-customer="${target.customerNumber}"]`).waitFor();
    await input.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/customer/${target.customerNumber}`);
    await expect.poll(() => status().innerText()).toBe('Actief');
    // The account as the tenant has it: the Account tab shows the same details as the Accounts screen.
    await page.getByRole('tab', { name: 'Account' }).click();
    await expect.poll(() => page.locator('[data-testid="detail-email"]').innerText()).toContain(target.email);
    expect(await page.locator('[data-testid="detail-blocked"]').innerText()).toBe('Nee');
  });

  it('blocks and unblocks on the customer screen; the server and the audit log have both', async () => {
    const reason = 'Telefonisch verzoek van de huurder (PostgreSQL)';
    await actions().getByRole('button', { name: 'Blokkeren' }).click();
    await reasonBox().fill(reason);
    await reasonBox().press('Enter');
    await expect.poll(() => status().innerText()).toBe('Handmatig geblokkeerd');
    expect(await staff.call('accounts.get', { params: { id: target.id } })).toMatchObject({ manuallyBlocked: true, blockReason: reason });

    await actions().getByRole('button', { name: 'De-blokkeren' }).click();
    await confirmWithEnter('De-blokkeren');
    await expect.poll(() => status().innerText()).toBe('Actief');
    expect(await staff.call('accounts.get', { params: { id: target.id } })).toMatchObject({ manuallyBlocked: false, blockReason: null });

    // The history of this customer in the audit log: both actions, newest first, by this staff member.
    await page.locator('nav a[data-area="audit"]').click();
    await page.locator('input[name="customerNumber"]').fill(target.customerNumber);
    const cells = (field: string) => page.locator(`[data-testid="audit-grid"] .MuiDataGrid-row [data-field="${field}"]`).allInnerTexts();
    await expect.poll(async () => (await cells('action')).filter((a) => a.startsWith('Account ')).slice(0, 2)).toEqual(['Account gedeblokkeerd', 'Account geblokkeerd']);
    expect(new Set(await cells('actor'))).toEqual(new Set([USER]));
    const logged = await staff.call('audit.list', { query: { customerNumber: target.customerNumber, page: 1, pageSize: 20 } });
    expect(logged.items.filter((e) => e.action.startsWith('account.')).map((e) => [e.action, e.actor])).toEqual([
      ['account.unblock', USER],
      ['account.block', USER],
    ]);
    expect(await staff.call('audit.verify')).toMatchObject({ ok: true });
  });

  it('database away: says so in Dutch and keeps the typed reason; back again, the same dialog blocks without a reload', async () => {
    const db = cluster;
    if (!db) throw new Error('no cluster');
    await page.goto(`${web?.url}#/customer/${target.customerNumber}`);
    await expect.poll(() => status().innerText()).toBe('Actief');
    const reason = 'Verzoek tijdens storing (PostgreSQL)';
    await actions().getByRole('button', { name: 'Blokkeren' }).click();
    await reasonBox().fill(reason);
    const dialog = page.locator('[data-testid="block-dialog"] .MuiDialog-paper');

    db.pause();
    try {
      await reasonBox().press('Enter');
      await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('De database is even niet bereikbaar; er is niets opgeslagen. Uw invoer is bewaard');
      await expect.poll(() => banner().getAttribute('data-reason')).toBe('database');
      const said = await banner().innerText();
      expect(said).toContain('De database is even niet bereikbaar');
      // The first try comes after the server's Retry-After (5 s), not pushed out by the screen's other failing calls.
      expect(said).toMatch(/Opnieuw proberen over [1-5] s\./);
      expect(said).toContain('Wat u hebt ingevoerd blijft bewaard.');
      expect(await reasonBox().inputValue()).toBe(reason);
      expect(await status().innerText()).toBe('Actief');
      await screenshot(page, 'postgres-database-away');
    } finally {
      db.resume();
    }

    // The app's own retry notices the database is back: the banner goes by itself (Retry-After is 5 s).
    await banner().waitFor({ state: 'detached', timeout: 20_000 });
    expect(await reasonBox().inputValue()).toBe(reason);
    expect(page.url()).toBe(`${web?.url}#/customer/${target.customerNumber}`);
    await reasonBox().press('Enter');
    await expect.poll(() => status().innerText()).toBe('Handmatig geblokkeerd');
    await dialog.waitFor({ state: 'detached' });
    expect(await staff.call('accounts.get', { params: { id: target.id } })).toMatchObject({ manuallyBlocked: true, blockReason: reason });
    // Nothing half-written during the outage: one block since the unblock, and the chain still verifies.
    const logged = await staff.call('audit.list', { query: { customerNumber: target.customerNumber, page: 1, pageSize: 20 } });
    expect(logged.items.filter((e) => e.action.startsWith('account.')).map((e) => e.action)).toEqual(['account.block', 'account.unblock', 'account.block']);
    expect(await staff.call('audit.verify')).toMatchObject({ ok: true });
  });
});
