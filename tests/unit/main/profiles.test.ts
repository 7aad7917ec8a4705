import { describe, expect, it } from 'vitest';
import { MemoryKeyValueStore } from '../../../main/store/keyValue';
import { EMBEDDED_PROFILE, ProfileError, ProfileStore } from '../../../main/store/profiles';

const acc = { id: 'acceptatie', name: 'Acceptatie', kind: 'remote' as const, serverUrl: 'https://acc.portaal.example.nl' };
const prod = { id: 'productie', name: 'Productie', kind: 'remote' as const, serverUrl: 'https://portaal.example.nl' };

describe('ProfileStore', () => {
  it('starts with the embedded demo profile and Dutch', () => {
    const store = new ProfileStore(new MemoryKeyValueStore());
    expect(store.list()).toEqual([EMBEDDED_PROFILE]);
    expect(EMBEDDED_PROFILE).toEqual({ id: 'embedded', name: 'Demo (ingebouwde server)', kind: 'embedded' });
    expect(store.settings()).toEqual({ language: 'nl', activeProfileId: 'embedded' });
    expect(store.activeProfile()).toEqual(EMBEDDED_PROFILE);
  });

  it('adds, updates and removes remote profiles', () => {
    const store = new ProfileStore(new MemoryKeyValueStore());
    store.save(acc);
    store.save(prod);
    store.save({ ...acc, name: 'Acceptatieomgeving' });
    expect(store.list().map((p) => p.name)).toEqual(['Demo (ingebouwde server)', 'Acceptatieomgeving', 'Productie']);
    expect(store.remove('acceptatie').map((p) => p.id)).toEqual(['embedded', 'productie']);
  });

  it('protects the embedded profile', () => {
    const store = new ProfileStore(new MemoryKeyValueStore());
    expect(() => store.remove('embedded')).toThrow(ProfileError);
    expect(() => store.save({ ...EMBEDDED_PROFILE, name: 'x' })).toThrow(ProfileError);
    expect(() => store.save({ id: 'tweede', name: 'x', kind: 'embedded' })).toThrow(ProfileError);
  });

  it('switches the active profile only to existing ones and falls back when it is removed', () => {
    const store = new ProfileStore(new MemoryKeyValueStore());
    expect(() => store.updateSettings({ activeProfileId: 'productie' })).toThrow(ProfileError);
    store.save(prod);
    expect(store.updateSettings({ activeProfileId: 'productie', language: 'en' })).toEqual({ language: 'en', activeProfileId: 'productie' });
    expect(store.activeProfile()).toEqual(prod);
    store.remove('productie');
    expect(store.settings()).toEqual({ language: 'en', activeProfileId: 'embedded' });
  });

  it('survives a hand-edited or corrupt config', () => {
    const kv = new MemoryKeyValueStore();
    kv.set('profiles', [{ id: 'BAD ID', kind: 'remote' }, prod, 'junk']);
    kv.set('settings', { language: 'klingon', activeProfileId: 7 });
    const store = new ProfileStore(kv);
    expect(store.list()).toEqual([EMBEDDED_PROFILE]);
    expect(store.settings()).toEqual({ language: 'nl', activeProfileId: 'embedded' });
    kv.set('profiles', [prod]);
    kv.set('settings', { activeProfileId: 'weg' });
    expect(store.settings().activeProfileId).toBe('embedded');
  });

  it('saves remote profiles only with https (plain http only for loopback) and says which field is wrong', () => {
    const store = new ProfileStore(new MemoryKeyValueStore());
    expect(() => store.save({ ...prod, serverUrl: 'http://portaal.example.nl' })).toThrow(/^Serveradres: gebruik een https:\/\/-adres/);
    expect(() => store.save({ ...prod, serverUrl: 'http://10.1.2.3:3000' })).toThrow(ProfileError);
    expect(() => store.save({ ...prod, serverUrl: 'ftp://portaal.example.nl' })).toThrow(/^Serveradres/);
    expect(() => store.save({ id: 'leeg', name: 'x', kind: 'remote' })).toThrow(/^Serveradres/);
    expect(store.list()).toEqual([EMBEDDED_PROFILE]);
    store.save({ id: 'lokaal', name: 'Lokaal', kind: 'remote', serverUrl: 'http://localhost:3000' });
    expect(store.list().map((p) => p.id)).toEqual(['embedded', 'lokaal']);
  });

  it('ignores a hand-edited http profile for a remote host', () => {
    const kv = new MemoryKeyValueStore();
    kv.set('profiles', [{ ...prod, serverUrl: 'http://portaal.example.nl' }]);
    expect(new ProfileStore(kv).list()).toEqual([EMBEDDED_PROFILE]);
  });
});
