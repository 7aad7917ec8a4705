import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, portalDataDir } from '../../../scripts/app-paths.mjs';
import { BUILD_OUTPUTS, buildIsStale, needsBuild } from '../../../scripts/build-freshness.mjs';
import { chooseShell, electronBinaryPath, electronPlatformPath } from '../../../scripts/electron-binary.mjs';
import { appPaths } from '../../../main/paths';

describe('appDataDir', () => {
  it('follows each platform convention', () => {
    expect(appDataDir('win32', { APPDATA: 'C:\\Users\\ab\\AppData\\Roaming' }, 'C:\\Users\\ab')).toBe('C:\\Users\\ab\\AppData\\Roaming\\KCC Desk');
    expect(appDataDir('win32', {}, 'C:\\Users\\ab')).toBe('C:\\Users\\ab\\AppData\\Roaming\\KCC Desk');
    expect(appDataDir('darwin', {}, '/Users/ab')).toBe('/Users/ab/Library/Application Support/KCC Desk');
    expect(appDataDir('linux', {}, '/home/ab')).toBe('/home/ab/.config/KCC Desk');
    expect(appDataDir('linux', { XDG_CONFIG_HOME: '/srv/cfg' }, '/home/ab')).toBe('/srv/cfg/KCC Desk');
    expect(appDataDir('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ab')).toBe('/home/ab/.config/KCC Desk');
  });

  it('puts portal data under it unless KCC_DATA_DIR overrides', () => {
    expect(portalDataDir('/home/ab/.config/KCC Desk', {})).toBe(path.join('/home/ab/.config/KCC Desk', 'portal-data'));
    expect(portalDataDir('/x', { KCC_DATA_DIR: '/tmp/kcc-test' })).toBe(path.resolve('/tmp/kcc-test'));
    expect(portalDataDir('/x', { KCC_DATA_DIR: '  ' })).toBe(path.join('/x', 'portal-data'));
  });

  it('main finds its bundles relative to dist/main', () => {
    const paths = appPaths('/app/dist/main', '/u', {});
    expect(paths.preload).toBe(path.join('/app/dist', 'preload', 'preload.cjs'));
    expect(paths.embeddedServer).toBe(path.join('/app/dist', 'server', 'embedded.cjs'));
    expect(paths.renderer).toBe(path.join('/app/dist', 'renderer'));
    expect(paths.portalData).toBe(path.join('/u', 'portal-data'));
  });
});

describe('Electron binary', () => {
  it('knows the executable per platform', () => {
    expect(electronPlatformPath('linux')).toBe('electron');
    expect(electronPlatformPath('win32')).toBe('electron.exe');
    expect(electronPlatformPath('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(electronPlatformPath('aix')).toBeNull();
  });

  it('locates it via path.txt or the platform default, honouring the override', () => {
    expect(electronBinaryPath({ electronDir: '/nm/electron', platform: 'linux', env: {}, pathTxt: undefined })).toBe(path.join('/nm/electron', 'dist', 'electron'));
    expect(electronBinaryPath({ electronDir: '/nm/electron', platform: 'linux', env: {}, pathTxt: 'electron\n' })).toBe(path.join('/nm/electron', 'dist', 'electron'));
    expect(electronBinaryPath({ electronDir: '/nm/electron', platform: 'linux', env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/el' }, pathTxt: undefined })).toBe(path.join('/opt/el', 'electron'));
  });

  it('chooses Electron when present, the browser build otherwise', () => {
    expect(chooseShell({ binaryExists: true, env: {} }).shell).toBe('electron');
    expect(chooseShell({ binaryExists: false, env: {} })).toEqual({ shell: 'browser', reason: 'missing' });
    expect(chooseShell({ binaryExists: true, env: { KCC_SHELL: 'browser' } })).toEqual({ shell: 'browser', reason: 'forced' });
    expect(chooseShell({ binaryExists: false, env: { KCC_SHELL: 'electron' } }).shell).toBe('none');
  });
});

describe('build freshness', () => {
  it('builds when an output is missing or older than a source', () => {
    expect(needsBuild([], 0)).toBe(true);
    expect(needsBuild([100, null], 50)).toBe(true);
    expect(needsBuild([100, 200], 150)).toBe(true);
    expect(needsBuild([100, 200], 100)).toBe(false);
  });

  it('checks the real file tree', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kcc-fresh-'));
    mkdirSync(path.join(root, 'main'));
    writeFileSync(path.join(root, 'main', 'main.ts'), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, 'main', 'main.ts'), old, old);
    utimesSync(path.join(root, 'main'), old, old);
    expect(buildIsStale(root)).toBe(true);
    for (const out of BUILD_OUTPUTS) {
      mkdirSync(path.dirname(path.join(root, out)), { recursive: true });
      writeFileSync(path.join(root, out), '');
    }
    expect(buildIsStale(root)).toBe(false);
    writeFileSync(path.join(root, 'main', 'main.ts'), 'changed');
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'main', 'main.ts'), later, later);
    expect(buildIsStale(root)).toBe(true);
  });
});
