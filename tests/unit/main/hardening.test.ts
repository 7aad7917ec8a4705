import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => ({
  appListeners: new Map<string, Listener>(),
  permissionRequest: null as null | Listener,
  permissionCheck: null as null | Listener,
  protocolHandler: null as null | ((request: Request) => Promise<Response>),
  privileged: [] as unknown[],
  openExternal: vi.fn(async (_url: string) => {}),
}));

vi.mock('electron', () => ({
  app: { on: (event: string, l: Listener) => electron.appListeners.set(event, l) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (l: Listener) => (electron.permissionRequest = l),
      setPermissionCheckHandler: (l: Listener) => (electron.permissionCheck = l),
    },
  },
  shell: { openExternal: electron.openExternal },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => (electron.protocolHandler = handler),
  },
}));

function fakeContents() {
  const handlers = new Map<string, Listener>();
  let windowOpen: Listener | null = null;
  return {
    handlers,
    on: (event: string, l: Listener) => handlers.set(event, l),
    setWindowOpenHandler: (l: Listener) => (windowOpen = l),
    openWindow: (url: string) => windowOpen?.({ url }),
  };
}

describe('installHardening', () => {
  it('denies permissions and guards every new web contents', async () => {
    const { installHardening } = await import('../../../main/hardening');
    installHardening();
    const callback = vi.fn();
    electron.permissionRequest?.({}, 'media', callback, { requestingUrl: 'app://kcc/' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(electron.permissionCheck?.({}, 'clipboard-read', 'app://kcc')).toBe(false);

    const contents = fakeContents();
    electron.appListeners.get('web-contents-created')?.({}, contents);
    const prevented = (event: string, url: string) => {
      const e = { url, preventDefault: vi.fn() };
      contents.handlers.get(event)?.(e);
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'app://kcc/accounts')).toBe(false);
    expect(prevented('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(prevented('will-attach-webview', 'app://kcc/')).toBe(true);

    expect(contents.openWindow('https://www.example.nl/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(electron.openExternal).toHaveBeenCalledTimes(1));
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.example.nl/');
  });
});

describe('app:// protocol', () => {
  it('serves dist/renderer with the CSP of the current server and refuses the rest', async () => {
    const { handleAppScheme, registerAppScheme } = await import('../../../main/appProtocol');
    registerAppScheme();
    expect(electron.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);

    const root = mkdtempSync(path.join(tmpdir(), 'kcc-renderer-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>KCC</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'geheim');
    let serverUrl: string | null = 'http://127.0.0.1:40999';
    const documents: Array<string | null> = [];
    handleAppScheme(root, () => serverUrl, (url) => documents.push(url));
    const get = (url: string, method = 'GET') => {
      if (!electron.protocolHandler) throw new Error('no handler');
      return electron.protocolHandler(new Request(url, { method }));
    };

    const page = await get('app://kcc/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain('connect-src http://127.0.0.1:40999;');
    expect(await page.text()).toContain('<title>KCC</title>');
    expect(documents).toEqual(['http://127.0.0.1:40999']);

    serverUrl = null;
    const script = await get('app://kcc/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('content-security-policy')).toContain("connect-src 'none'");
    expect(documents).toHaveLength(1);

    expect((await get('app://kcc/assets/missing.js')).status).toBe(404);
    expect((await get('app://kcc/..%2fsecret.txt')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://kcc/index.html', 'POST')).status).toBe(404);
  });
});
