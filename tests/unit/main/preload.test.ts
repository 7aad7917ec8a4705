import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannels, type KccBridge } from '../../../shared/bridge';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
      on: vi.fn((channel: string, l: (event: unknown, payload: unknown) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(l);
      }),
      removeListener: vi.fn((channel: string, l: (event: unknown, payload: unknown) => void) => {
        listeners.get(channel)?.delete(l);
      }),
    },
    emit(channel: string, payload: unknown) {
      for (const l of listeners.get(channel) ?? []) l({}, payload);
    },
  };
});

vi.mock('electron', () => ({
  ipcRenderer: electron.ipcRenderer,
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
}));

type Bridge = KccBridge;
let kcc: Bridge;

beforeAll(async () => {
  await import('../../../preload/preload');
  kcc = electron.exposed.get('kcc') as Bridge;
});

describe('preload bridge', () => {
  it('exposes exactly window.kcc, without ipcRenderer', () => {
    expect([...electron.exposed.keys()]).toEqual(['kcc']);
    expect(Object.keys(kcc).sort()).toEqual(['app', 'badge', 'deepLinks', 'files', 'notifications', 'notify', 'openExternal', 'profiles', 'server', 'settings', 'token']);
    expect(JSON.stringify(Object.keys(kcc))).not.toContain('ipc');
  });

  it('maps each method to its channel', async () => {
    await kcc.app.info();
    await kcc.settings.set({ language: 'en' });
    await kcc.token.set('embedded', null);
    await kcc.profiles.remove('prod');
    await kcc.openExternal('https://example.nl');
    await kcc.files.save({ suggestedName: 'a.csv', dataBase64: '', filters: [] });
    await kcc.profiles.activate('prod');
    await kcc.profiles.test('https://portaal.example.nl');
    const calls = electron.ipcRenderer.invoke.mock.calls;
    expect(calls).toEqual([
      [ipcChannels.appInfo],
      [ipcChannels.settingsSet, { language: 'en' }],
      [ipcChannels.tokenSet, 'embedded', null],
      [ipcChannels.profilesRemove, 'prod'],
      [ipcChannels.openExternal, 'https://example.nl'],
      [ipcChannels.filesSave, { suggestedName: 'a.csv', dataBase64: '', filters: [] }],
      [ipcChannels.profilesActivate, 'prod'],
      [ipcChannels.profilesTest, 'https://portaal.example.nl'],
    ]);
    expect(Object.keys(kcc.profiles).sort()).toEqual(['activate', 'list', 'remove', 'save', 'test']);
  });

  it('server status subscriptions unsubscribe', () => {
    const listener = vi.fn();
    const off = kcc.server.onStatus(listener);
    electron.emit(ipcChannels.serverStatusEvent, { state: 'running', url: 'http://127.0.0.1:1' });
    off();
    electron.emit(ipcChannels.serverStatusEvent, { state: 'stopped', url: null });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(electron.listeners.get(ipcChannels.serverStatusEvent)?.size).toBe(0);
  });

  it('buffers deep links that arrive before the app subscribes', () => {
    electron.emit(ipcChannels.deepLinkEvent, { kind: 'customer', customerNumber: 'HM-000001' });
    const listener = vi.fn();
    const off = kcc.deepLinks.onLink(listener);
    expect(listener).toHaveBeenCalledWith({ kind: 'customer', customerNumber: 'HM-000001' });
    off();
    electron.emit(ipcChannels.deepLinkEvent, { kind: 'customer', customerNumber: 'HM-000002' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
