/**
 * Loads main/main.ts against a scripted stand-in for Electron and drives it like the OS would:
 * ready → window, IPC, embedded server start → ready → reload for the CSP, deep links, quit.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../shared/bridge';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const userData = { dir: '' };
  const appListeners = new Map<string, Listener[]>();
  const ipc = new Map<string, Listener>();
  const forks: Array<{ modulePath: string; args: string[]; listeners: Map<string, Listener>; killed: boolean }> = [];
  const windows: Array<{
    loaded: string[];
    sent: Array<[string, unknown]>;
    reloads: number;
    contentsListeners: Map<string, Listener>;
    options: unknown;
  }> = [];
  return {
    userData,
    appListeners,
    ipc,
    forks,
    windows,
    protocolHandler: null as null | ((request: Request) => Promise<Response>),
    quit: { count: 0 },
    netFetches: [] as string[],
    protocolClients: [] as unknown[][],
    emitApp(event: string, ...args: unknown[]) {
      for (const l of appListeners.get(event) ?? []) l(...args);
    },
  };
});

vi.mock('electron-store', () => ({
  default: class {
    private data = new Map<string, unknown>();
    get(key: string) {
      return this.data.get(key);
    }
    set(key: string, value: unknown) {
      this.data.set(key, value);
    }
    delete(key: string) {
      this.data.delete(key);
    }
  },
}));

vi.mock('electron', () => {
  class BrowserWindow {
    record = { loaded: [] as string[], sent: [] as Array<[string, unknown]>, reloads: 0, contentsListeners: new Map<string, Listener>(), options: undefined as unknown };
    webContents = {
      on: (event: string, l: Listener) => this.record.contentsListeners.set(event, l),
      send: (channel: string, payload: unknown) => this.record.sent.push([channel, payload]),
      reload: () => {
        this.record.reloads += 1;
      },
    };
    constructor(options: unknown) {
      this.record.options = options;
      fake.windows.push(this.record);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }
  return {
    app: {
      setName: vi.fn(),
      getPath: () => fake.userData.dir,
      getVersion: () => '0.1.0',
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      setAsDefaultProtocolClient: (...args: unknown[]) => fake.protocolClients.push(args),
      on: (event: string, l: Listener) => {
        const list = fake.appListeners.get(event) ?? [];
        list.push(l);
        fake.appListeners.set(event, list);
      },
      quit: () => {
        fake.quit.count += 1;
      },
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => (fake.protocolHandler = handler),
    },
    ipcMain: { handle: (channel: string, l: Listener) => fake.ipc.set(channel, l) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    nativeImage: { createFromBitmap: vi.fn() },
    Notification: Object.assign(class {
      show() {}
    }, { isSupported: () => true }),
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from(`enc:${s}`),
      decryptString: (b: Buffer) => b.toString().slice(4),
    },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    dialog: { showMessageBox: vi.fn() },
    // Chromium's network stack in the app; here a portal server that answers its info.
    net: {
      fetch: (url: string) => {
        fake.netFetches.push(url);
        return Promise.resolve(Response.json({ name: 'kcc-portal-server', version: '9.9.9', demo: false, time: '2026-01-01T00:00:00.000Z' }));
      },
    },
    shell: { openExternal: vi.fn() },
    utilityProcess: {
      fork: (modulePath: string, args: string[]) => {
        const record = { modulePath, args, listeners: new Map<string, Listener>(), killed: false };
        fake.forks.push(record);
        return {
          on: (event: string, l: Listener) => record.listeners.set(event, l),
          kill: () => {
            record.killed = true;
            queueMicrotask(() => record.listeners.get('exit')?.(0));
            return true;
          },
        };
      },
    },
  };
});

const trusted = { senderFrame: { url: 'app://kcc/' } };
const invoke = (channel: string, ...args: unknown[]) => {
  const handler = fake.ipc.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(trusted, ...args);
};

beforeAll(async () => {
  fake.userData.dir = mkdtempSync(path.join(tmpdir(), 'kcc-userdata-'));
  delete process.env.KCC_NODE;
  delete process.env.KCC_DATA_DIR;
  process.argv.push('kcc://customer/HM-000042');
  await import('../../../main/main');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});

describe('main process wiring', () => {
  it('opens one hardened window on app://kcc/', () => {
    const win = fake.windows[0];
    expect(win?.loaded).toEqual(['app://kcc/']);
    expect(win?.options).toMatchObject({
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false },
    });
    expect(fake.protocolClients).toEqual([['kcc']]);
  });

  it('registers every invoke channel and answers with defaults', async () => {
    expect(fake.ipc.size).toBe(16);
    await expect(invoke(ipcChannels.settingsGet)).resolves.toEqual({ language: 'nl', activeProfileId: 'embedded' });
    await expect(invoke(ipcChannels.appInfo)).resolves.toMatchObject({ name: 'KCC Desk', shell: 'electron' });
    await expect(fake.ipc.get(ipcChannels.settingsGet)?.({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow();
  });

  it('starts the embedded server in a utility process on the portal-data folder', async () => {
    const fork = fake.forks[0];
    expect(fork?.modulePath).toMatch(/embedded\.cjs$/);
    expect(fork?.args).toEqual(['--data', path.join(fake.userData.dir, 'portal-data'), '--port', '0', '--demo']);
    await expect(invoke(ipcChannels.serverStatus)).resolves.toMatchObject({ state: 'starting' });
  });

  it('serves the page, and reloads it once the server URL (and so the CSP) is known', async () => {
    const handler = fake.protocolHandler;
    if (!handler) throw new Error('no protocol handler');
    const before = await handler(new Request('app://kcc/'));
    expect(before.headers.get('content-security-policy')).toContain("connect-src 'none'");
    fake.forks[0]?.listeners.get('message')?.({ type: 'ready', url: 'http://127.0.0.1:45678' });
    const win = fake.windows[0];
    expect(win?.sent).toContainEqual([ipcChannels.serverStatusEvent, { state: 'running', url: 'http://127.0.0.1:45678' }]);
    expect(win?.reloads).toBe(1);
    const after = await handler(new Request('app://kcc/'));
    expect(after.headers.get('content-security-policy')).toContain('connect-src http://127.0.0.1:45678;');
    fake.forks[0]?.listeners.get('message')?.({ type: 'ready', url: 'http://127.0.0.1:45678' });
    expect(win?.reloads).toBe(1);
  });

  it('delivers the launch link and second-instance links after the page loaded', () => {
    const win = fake.windows[0];
    const links = () => win?.sent.filter(([c]) => c === ipcChannels.deepLinkEvent).map(([, l]) => l);
    expect(links()).toEqual([]);
    win?.contentsListeners.get('did-finish-load')?.();
    expect(links()).toEqual([{ kind: 'customer', customerNumber: 'HM-000042' }]);
    fake.emitApp('second-instance', {}, ['kcc-desk', 'kcc://customer/HM-123456']);
    fake.emitApp('second-instance', {}, ['kcc-desk', 'kcc://customer/HM-123456?x=<script>']);
    expect(links()).toHaveLength(2);
  });

  it('keeps tokens encrypted and switches to a remote profile by stopping the embedded server', async () => {
    await invoke(ipcChannels.tokenSet, 'embedded', 'secret-token');
    await expect(invoke(ipcChannels.tokenGet, 'embedded')).resolves.toBe('secret-token');
    await invoke(ipcChannels.profilesSave, { id: 'acc', name: 'Acceptatie', kind: 'remote', serverUrl: 'https://acc.example.nl' });
    await invoke(ipcChannels.settingsSet, { activeProfileId: 'acc' });
    expect(fake.forks[0]?.killed).toBe(true);
    await expect(invoke(ipcChannels.serverStatus)).resolves.toEqual({ state: 'remote', url: 'https://acc.example.nl' });
    expect(fake.windows[0]?.reloads).toBe(2);
  });

  it('tests a server address from main (the renderer’s CSP reaches only the active server), https or loopback only', async () => {
    await expect(invoke(ipcChannels.profilesTest, 'https://portaal.example.nl')).resolves.toEqual({ ok: true, name: 'kcc-portal-server', version: '9.9.9', demo: false });
    expect(fake.netFetches).toEqual(['https://portaal.example.nl/api/v1/info']);
    await expect(invoke(ipcChannels.profilesTest, 'http://intranet.example.nl')).rejects.toThrow(/^Serveradres: gebruik een https:\/\/-adres/);
    await expect(invoke(ipcChannels.profilesTest, 'file:///etc/passwd')).rejects.toThrow(/^Serveradres/);
    expect(fake.netFetches).toHaveLength(1);
  });

  it('activates a profile: switches the server, remembers the choice and answers the new status', async () => {
    await invoke(ipcChannels.profilesSave, { id: 'prod', name: 'Productie', kind: 'remote', serverUrl: 'https://portaal.example.nl' });
    const reloads = fake.windows[0]?.reloads ?? 0;
    await expect(invoke(ipcChannels.profilesActivate, 'prod')).resolves.toEqual({ state: 'remote', url: 'https://portaal.example.nl' });
    await expect(invoke(ipcChannels.settingsGet)).resolves.toMatchObject({ activeProfileId: 'prod' });
    expect(fake.windows[0]?.reloads).toBe(reloads + 1);
    await expect(invoke(ipcChannels.profilesActivate, 'onbekend')).rejects.toThrow('Onbekend profiel');
    await expect(invoke(ipcChannels.settingsGet)).resolves.toMatchObject({ activeProfileId: 'prod' });
  });

  it('stops the server before quitting', async () => {
    await invoke(ipcChannels.settingsSet, { activeProfileId: 'embedded' });
    expect(fake.forks).toHaveLength(2);
    const event = { preventDefault: vi.fn() };
    fake.emitApp('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.quit.count).toBe(1));
    expect(fake.forks[1]?.killed).toBe(true);
  });
});
