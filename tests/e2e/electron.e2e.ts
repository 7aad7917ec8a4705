import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/web-server.mjs';
import { screenshot } from './browser';

/**
 * Path of the Electron binary, or null where it was never downloaded (as on these machines).
 * Not require('electron'): since Electron 45 that starts the (here unreachable) download.
 */
function electronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  try {
    const pkgDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(override ?? path.join(pkgDir, 'dist'), readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const mainScript = path.join(repoRoot, 'dist', 'main', 'main.cjs');

describe('Electron app', () => {
  it('launches the desktop app and opens the KCC Desk window', async (ctx) => {
    const binary = electronBinary();
    if (!binary) {
      console.log('Electron binary not available on this machine (download host unreachable): Electron launch specs skipped.');
      ctx.skip();
      return;
    }
    expect(existsSync(mainScript), `${mainScript} missing: run npm run build`).toBe(true);
    const app = await _electron.launch({ executablePath: binary, args: [mainScript, '--no-sandbox'], cwd: repoRoot });
    try {
      const window = await app.firstWindow();
      await window.waitForLoadState('domcontentloaded');
      await expect.poll(() => window.title(), { timeout: 30_000 }).toContain('KCC Desk');
      await screenshot(window, 'electron-window');
    } finally {
      await app.close();
    }
  });
});
