import { describe, expect, it } from 'vitest';
import { ipcChannels } from '../../../shared/bridge';
import { validatePayload } from '../../../main/ipc/payloads';

describe('IPC payloads of the profiles screen', () => {
  it('activates by a profile id only', () => {
    expect(validatePayload(ipcChannels.profilesActivate, ['acceptatie-x1y2z']).ok).toBe(true);
    for (const args of [[], ['../etc'], ['Prod'], [42], ['prod', 'extra']]) {
      expect(validatePayload(ipcChannels.profilesActivate, args).ok).toBe(false);
    }
  });

  it('tests only an address a profile could have (https, or http on this computer)', () => {
    for (const url of ['https://portaal.example.nl', 'https://portaal.example.nl:8443/kcc', 'http://localhost:4010', 'http://127.0.0.1:4010', 'http://[::1]:4010']) {
      expect(validatePayload(ipcChannels.profilesTest, [url])).toMatchObject({ ok: true, args: [url] });
    }
    expect(validatePayload(ipcChannels.profilesTest, ['http://10.0.0.5'])).toEqual({
      ok: false,
      error: expect.stringMatching(/^Serveradres: gebruik een https:\/\/-adres/),
    });
    expect(validatePayload(ipcChannels.profilesTest, ['https://gebruiker:geheim@portaal.example.nl'])).toEqual({
      ok: false,
      error: expect.stringMatching(/^Serveradres: zet geen gebruikersnaam of wachtwoord/),
    });
    for (const args of [[], [42], ['javascript:alert(1)'], ['file:///etc/passwd'], [`https://${'a'.repeat(2100)}.nl`], ['https://a.nl', 'https://b.nl']]) {
      expect(validatePayload(ipcChannels.profilesTest, args).ok).toBe(false);
    }
  });

  it('trims a profile name and refuses an empty one', () => {
    const check = validatePayload(ipcChannels.profilesSave, [{ id: 'acc', name: '  Acceptatie ', kind: 'remote', serverUrl: 'https://acc.example.nl' }]);
    expect(check.ok && check.args[0].name).toBe('Acceptatie');
    expect(validatePayload(ipcChannels.profilesSave, [{ id: 'acc', name: '   ', kind: 'remote', serverUrl: 'https://acc.example.nl' }]).ok).toBe(false);
  });
});
