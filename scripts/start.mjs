// `npm start`: build when needed, then run the desktop app in Electron — or, when no Electron binary
// can be obtained, the same renderer in the browser with the embedded portal server and demo data.
//
// Build decision: an mtime check (newest source vs. oldest bundle). A full build takes 10-20 s; the
// check takes milliseconds, so an unchanged tree starts at once and an edited one is never stale.
import { fork, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appDataDir, portalDataDir } from './app-paths.mjs';
import { buildIsStale } from './build-freshness.mjs';
import { chooseShell, ensureElectronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const embeddedEntry = path.join(root, 'dist', 'server', 'embedded.cjs');
const SERVER_READY_TIMEOUT_MS = 5 * 60_000;

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

async function buildIfNeeded() {
  if (process.env.KCC_SKIP_BUILD === '1' || !buildIsStale(root)) return;
  console.log('Bouwen (dist/ ontbreekt of is ouder dan de broncode)…');
  const code = await run('npm', ['run', 'build']);
  if (code !== 0) {
    console.error('De build is mislukt; zie de meldingen hierboven.');
    process.exit(code);
  }
}

function runElectron(binary) {
  // KCC_NODE lets main run the embedded server on this Node: node_modules' better-sqlite3 is built
  // for Node, not for Electron's ABI (see main/server/launcherChoice.ts).
  const env = { ...process.env, KCC_NODE: process.execPath };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Starts dist/server/embedded.cjs as a Node child (the same entry Electron uses) and waits for its URL. */
function startEmbeddedServer(dataDir) {
  const child = fork(embeddedEntry, ['--data', dataDir, '--port', '0', '--demo'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('de portaalserver startte niet op tijd')), SERVER_READY_TIMEOUT_MS);
    let lastPercent = -1;
    child.on('message', (message) => {
      if (message?.type === 'ready' && typeof message.url === 'string') {
        clearTimeout(timer);
        resolve(message.url);
      } else if (message?.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(String(message.message)));
      } else if (message?.type === 'progress' && message.total > 0) {
        const percent = Math.floor((message.done / message.total) * 10) * 10;
        if (percent !== lastPercent) console.log(`Demodata aanmaken… ${percent}%`);
        lastPercent = percent;
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`de portaalserver stopte (code ${code})`));
    });
  });
  return { child, ready };
}

async function startWebOnFreePort(startWeb, serverUrl, rendererRoot) {
  const wanted = Number(process.env.KCC_PORT ?? 5173);
  try {
    return await startWeb({ serverUrl, port: wanted, root: rendererRoot });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE' || process.env.KCC_PORT) throw error;
    return startWeb({ serverUrl, port: 0, root: rendererRoot });
  }
}

async function runBrowser() {
  const { startWeb } = await import('./web-server.mjs');
  const dataDir = portalDataDir(appDataDir(process.platform, process.env, os.homedir()), process.env);
  if (!existsSync(dataDir)) console.log(`Eerste start: demodata wordt aangemaakt in ${dataDir}`);
  const server = startEmbeddedServer(dataDir);
  let web = null;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await web?.close();
    if (server.child.exitCode === null) {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  try {
    const serverUrl = await server.ready;
    server.child.on('exit', () => {
      if (!stopping) {
        console.error('De portaalserver is gestopt.');
        void stop(1);
      }
    });
    web = await startWebOnFreePort(startWeb, serverUrl, path.join(root, 'dist', 'renderer'));
    console.log(`KCC Desk draait op ${web.url.replace(/\/$/, '')} — open dit adres in uw browser.`);
  } catch (error) {
    console.error(`KCC Desk kon niet starten: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

await buildIfNeeded();
const forcedBrowser = process.env.KCC_SHELL === 'browser';
const binary = forcedBrowser ? null : await ensureElectronBinary({ electronDir: path.join(root, 'node_modules', 'electron'), timeoutMs: 60_000, log: console.log });
const { shell } = chooseShell({ binaryExists: binary !== null, env: process.env });
if (shell === 'electron' && binary) {
  runElectron(binary);
} else if (shell === 'none') {
  console.error('Electron kon niet worden gedownload en KCC_SHELL=electron staat de browserversie niet toe.');
  process.exit(1);
} else {
  if (!forcedBrowser) {
    console.log(
      'Electron kon niet worden gedownload (de downloadserver is niet bereikbaar); zet ELECTRON_MIRROR op een bereikbare mirror (bijv. in .npmrc: electron_mirror=https://npmmirror.com/mirrors/electron/) en start opnieuw. Nu start de browserversie met de ingebouwde server en demodata.',
    );
  }
  await runBrowser();
}
