// Finding the Electron executable without `require('electron')`, which would start an unbounded
// download on first use (Electron >= 45 downloads lazily). Pure helpers + one bounded install run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The executable inside node_modules/electron/dist, as electron/install.js names it. */
export function electronPlatformPath(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    default:
      return null;
  }
}

/** Where the executable is (or would be) — path.txt wins, ELECTRON_OVERRIDE_DIST_PATH is honoured. */
export function electronBinaryPath({ electronDir, platform, env, pathTxt }) {
  const relative = pathTxt?.trim() || electronPlatformPath(platform);
  if (!relative) return null;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  return path.join(dist, relative);
}

/**
 * Electron or the browser fallback: KCC_SHELL=browser forces the browser build (handy on machines
 * without a display), KCC_SHELL=electron insists on Electron; otherwise Electron when the binary exists.
 */
export function chooseShell({ binaryExists, env }) {
  if (env.KCC_SHELL === 'browser') return { shell: 'browser', reason: 'forced' };
  if (binaryExists) return { shell: 'electron', reason: 'present' };
  if (env.KCC_SHELL === 'electron') return { shell: 'none', reason: 'missing' };
  return { shell: 'browser', reason: 'missing' };
}

export function readPathTxt(electronDir) {
  try {
    return readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
  } catch {
    return undefined;
  }
}

/** Runs electron/install.js (downloads the binary) with a time limit; resolves to the binary path or null. */
export async function ensureElectronBinary({ electronDir, timeoutMs = 60_000, log = () => {} }) {
  const locate = () => electronBinaryPath({ electronDir, platform: process.platform, env: process.env, pathTxt: readPathTxt(electronDir) });
  const before = locate();
  if (before && existsSync(before)) return before;
  const installer = path.join(electronDir, 'install.js');
  if (!existsSync(installer)) return null;
  log('Electron downloaden (eenmalig, maximaal een minuut)…');
  await new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: electronDir, stdio: ['ignore', 'ignore', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stderr.resume();
    child.on('error', () => resolve());
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const after = locate();
  return after && existsSync(after) ? after : null;
}
