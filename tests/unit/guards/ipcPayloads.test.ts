import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../shared/bridge';
import { ipcPayloads, validatePayload } from '../../../main/ipc/payloads';
import { registerIpcHandlers, type IpcHandlers, type IpcMainLike } from '../../../main/ipc/register';
import type { SenderLike } from '../../../main/guards/trustedSender';

const trusted: SenderLike = { senderFrame: { url: 'app://kcc/' } };
const untrusted: SenderLike = { senderFrame: { url: 'https://evil.example/' } };

describe('validatePayload', () => {
  it('covers every invoke channel and no event channel', () => {
    const invokeChannels = Object.values(ipcChannels).filter(
      (c) => c !== ipcChannels.serverStatusEvent && c !== ipcChannels.deepLinkEvent && c !== ipcChannels.notificationClickEvent,
    );
    expect(Object.keys(ipcPayloads).sort()).toEqual([...invokeChannels].sort());
  });

  it('accepts well-formed payloads', () => {
    expect(validatePayload(ipcChannels.appInfo, []).ok).toBe(true);
    expect(validatePayload(ipcChannels.settingsSet, [{ language: 'en' }]).ok).toBe(true);
    expect(validatePayload(ipcChannels.profilesSave, [{ id: 'acceptatie', name: 'Acceptatie', kind: 'remote', serverUrl: 'https://acc.example.nl' }]).ok).toBe(true);
    expect(validatePayload(ipcChannels.tokenSet, ['embedded', 'abc.def']).ok).toBe(true);
    expect(validatePayload(ipcChannels.tokenSet, ['embedded', null]).ok).toBe(true);
    expect(validatePayload(ipcChannels.filesSave, [{ suggestedName: 'export.xlsx', dataBase64: 'aGVsbG8=' }]).ok).toBe(true);
    expect(validatePayload(ipcChannels.filesOpen, [{}]).ok).toBe(true);
    expect(validatePayload(ipcChannels.notify, [{ title: 'Klaar', body: 'Export gereed' }]).ok).toBe(true);
    expect(validatePayload(ipcChannels.openExternal, ['https://example.nl']).ok).toBe(true);
  });

  it('fills defaults on the way through', () => {
    const check = validatePayload(ipcChannels.filesOpen, [{}]);
    expect(check.ok && check.args[0].filters).toEqual([]);
  });

  const bad: Array<[string, unknown[]]> = [
    [ipcChannels.appInfo, ['extra']],
    [ipcChannels.settingsGet, [{}]],
    [ipcChannels.settingsSet, []],
    [ipcChannels.settingsSet, [{ language: 'de' }]],
    [ipcChannels.settingsSet, [{ language: 'nl', admin: true }]],
    [ipcChannels.settingsSet, ['nl']],
    [ipcChannels.profilesSave, [{ id: 'Bad Id!', name: 'x', kind: 'remote', serverUrl: 'https://x.nl' }]],
    [ipcChannels.profilesSave, [{ id: 'prod', name: 'x', kind: 'remote' }]],
    [ipcChannels.profilesSave, [{ id: 'prod', name: 'x', kind: 'remote', serverUrl: 'javascript:alert(1)' }]],
    [ipcChannels.profilesSave, [{ id: 'prod', name: 'x', kind: 'remote', serverUrl: 'file:///etc/passwd' }]],
    [ipcChannels.profilesSave, [{ id: 'prod', name: 'x', kind: 'cloud', serverUrl: 'https://x.nl' }]],
    [ipcChannels.profilesRemove, [42]],
    [ipcChannels.profilesRemove, ['../etc']],
    [ipcChannels.tokenGet, []],
    [ipcChannels.tokenSet, ['embedded']],
    [ipcChannels.tokenSet, ['embedded', '']],
    [ipcChannels.tokenSet, ['embedded', 'x'.repeat(5000)]],
    [ipcChannels.tokenSet, ['embedded', { token: 'x' }]],
    [ipcChannels.filesSave, [{ suggestedName: 'a.txt', dataBase64: 'not base64!!' }]],
    [ipcChannels.filesSave, [{ suggestedName: 'a'.repeat(300), dataBase64: '' }]],
    [ipcChannels.filesSave, [{ dataBase64: 'aGVsbG8=' }]],
    [ipcChannels.filesOpen, []],
    [ipcChannels.filesOpen, [{ filters: 'all' }]],
    [ipcChannels.notify, [{ title: 'x'.repeat(201), body: '' }]],
    [ipcChannels.notify, [{ title: 'x' }]],
    [ipcChannels.openExternal, [42]],
    [ipcChannels.openExternal, []],
    [ipcChannels.openExternal, ['https://a.nl', 'https://b.nl']],
  ];
  it.each(bad)('rejects %s %j', (channel, args) => {
    expect(validatePayload(channel as keyof typeof ipcPayloads, args).ok).toBe(false);
  });

  it('refuses a remote profile over plain http with a message naming the server address', () => {
    const check = validatePayload(ipcChannels.profilesSave, [{ id: 'prod', name: 'x', kind: 'remote', serverUrl: 'http://portaal.example.nl' }]);
    expect(check).toEqual({ ok: false, error: expect.stringMatching(/^Serveradres: gebruik een https:\/\/-adres/) });
  });

  it('allows plain http only for a server on this computer', () => {
    for (const serverUrl of ['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:3000']) {
      expect(validatePayload(ipcChannels.profilesSave, [{ id: 'lokaal', name: 'x', kind: 'remote', serverUrl }]).ok).toBe(true);
    }
  });
});

describe('registerIpcHandlers', () => {
  function setup() {
    const registered = new Map<string, (event: SenderLike, ...args: unknown[]) => unknown>();
    const ipc: IpcMainLike = { handle: (channel, listener) => void registered.set(channel, listener) };
    const notify = vi.fn();
    const tokenSet = vi.fn();
    const handlers = Object.fromEntries(Object.keys(ipcPayloads).map((c) => [c, vi.fn(() => 'ok')])) as unknown as IpcHandlers;
    handlers[ipcChannels.notify] = notify;
    handlers[ipcChannels.tokenSet] = tokenSet;
    registerIpcHandlers(ipc, handlers);
    const call = (channel: string, event: SenderLike, ...args: unknown[]) => {
      const listener = registered.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener(event, ...args);
    };
    return { registered, call, notify, tokenSet };
  }

  it('registers a handler for every invoke channel', () => {
    expect([...setup().registered.keys()].sort()).toEqual(Object.keys(ipcPayloads).sort());
  });

  it('passes validated arguments from a trusted sender', async () => {
    const { call, notify } = setup();
    await call(ipcChannels.notify, trusted, { title: 'Hallo', body: 'Wereld' });
    expect(notify).toHaveBeenCalledWith([{ title: 'Hallo', body: 'Wereld' }], trusted);
  });

  it('rejects untrusted senders before looking at the payload', async () => {
    const { call, tokenSet } = setup();
    await expect(call(ipcChannels.tokenSet, untrusted, 'embedded', 'stolen')).rejects.toThrow(/onbekende pagina/);
    await expect(call(ipcChannels.tokenSet, { senderFrame: null }, 'embedded', 'stolen')).rejects.toThrow();
    expect(tokenSet).not.toHaveBeenCalled();
  });

  it('rejects bad payloads from a trusted sender', async () => {
    const { call, tokenSet } = setup();
    await expect(call(ipcChannels.tokenSet, trusted, 'embedded', 42)).rejects.toThrow(/Ongeldige gegevens/);
    expect(tokenSet).not.toHaveBeenCalled();
  });
});
