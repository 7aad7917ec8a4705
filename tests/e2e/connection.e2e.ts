import { createServer, connect, type Server } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startWeb, type WebServer } from '../../scripts/web-server.mjs';
import { freePort } from './ports';
import { launchBrowser, screenshot } from './browser';

const serverUrl = inject('serverUrl');

/** A TCP relay to the real portal server that can be switched on later: "the server comes back". */
function relay(listenPort: number, target: URL): Promise<Server> {
  const server = createServer((socket) => {
    const upstream = connect(Number(target.port), target.hostname);
    socket.pipe(upstream).pipe(socket);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return new Promise((resolve) => server.listen(listenPort, '127.0.0.1', () => resolve(server)));
}

let browser: Browser;
let web: WebServer;
let relayServer: Server | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
  await new Promise((r) => (relayServer ? relayServer.close(r) : r(undefined)));
});

describe('connection banner', () => {
  it('shows "Geen verbinding" while the server is unreachable, keeps typed input, and clears itself when it is back', async () => {
    const deadPort = await freePort();
    web = await startWeb({ serverUrl: `http://127.0.0.1:${deadPort}`, port: 0 });
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.goto(web.url);

    const banner = page.locator('[data-testid="connection-banner"]');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Geen verbinding met de portaalserver');
    await page.locator('input[name="username"]').fill('beheerder');
    await page.locator('input[name="password"]').fill('Beheer!2026');
    await page.locator('input[name="password"]').press('Enter');
    await expect.poll(() => page.locator('[data-testid="signin-error"]').innerText()).toContain('niet bereikbaar');
    await screenshot(page, 'connection-lost');

    relayServer = await relay(deadPort, new URL(serverUrl));
    await page.getByRole('button', { name: 'Nu opnieuw proberen' }).click();
    await banner.waitFor({ state: 'detached', timeout: 15_000 });
    // What was typed is still there; signing in now works.
    expect(await page.locator('input[name="username"]').inputValue()).toBe('beheerder');
    expect(await page.locator('input[name="password"]').inputValue()).toBe('Beheer!2026');
    await page.locator('input[name="password"]').press('Enter');
    await expect.poll(() => page.locator('[data-testid="staff-identity"]').innerText()).toContain('Anna Bakker');
    await page.close();
  });
});
