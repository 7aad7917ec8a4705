import { z } from 'zod';
import { Profile, UiSettings } from '../../shared/bridge';
import { SERVER_URL_FIELD, serverUrlProblem } from '../../shared/domain/serverUrl';
import type { KeyValueStore } from './keyValue';

export const EMBEDDED_PROFILE: Profile = { id: 'embedded', name: 'Demo (ingebouwde server)', kind: 'embedded' };
export const DEFAULT_SETTINGS: UiSettings = { language: 'nl', activeProfileId: EMBEDDED_PROFILE.id };
const MAX_PROFILES = 20;

export class ProfileError extends Error {}

/**
 * Profiles and UI settings on top of a key-value store. Whatever is on disk is re-validated on read
 * (a hand-edited config must not crash the app); the built-in embedded profile always exists.
 */
export class ProfileStore {
  constructor(private readonly kv: KeyValueStore) {}

  list(): Profile[] {
    const stored = z.array(Profile).safeParse(this.kv.get('profiles'));
    const others = (stored.success ? stored.data : []).filter((p) => p.id !== EMBEDDED_PROFILE.id && p.kind === 'remote');
    return [EMBEDDED_PROFILE, ...others];
  }

  get(id: string): Profile | undefined {
    return this.list().find((p) => p.id === id);
  }

  save(profile: Profile): Profile[] {
    if (profile.id === EMBEDDED_PROFILE.id || profile.kind !== 'remote') {
      throw new ProfileError('Het ingebouwde profiel kan niet worden gewijzigd');
    }
    // Passwords and tokens go to this address: https only (http just for loopback).
    const urlProblem = profile.serverUrl === undefined ? `${SERVER_URL_FIELD}: vul een https://-adres in.` : serverUrlProblem(profile.serverUrl);
    if (urlProblem) throw new ProfileError(urlProblem);
    const others = this.list().filter((p) => p.id !== EMBEDDED_PROFILE.id);
    const index = others.findIndex((p) => p.id === profile.id);
    if (index >= 0) others[index] = profile;
    else if (others.length + 1 >= MAX_PROFILES) throw new ProfileError('Te veel profielen');
    else others.push(profile);
    this.kv.set('profiles', others);
    return this.list();
  }

  remove(id: string): Profile[] {
    if (id === EMBEDDED_PROFILE.id) throw new ProfileError('Het ingebouwde profiel kan niet worden verwijderd');
    this.kv.set('profiles', this.list().filter((p) => p.id !== EMBEDDED_PROFILE.id && p.id !== id));
    if (this.settings().activeProfileId === id) this.updateSettings({ activeProfileId: EMBEDDED_PROFILE.id });
    return this.list();
  }

  settings(): UiSettings {
    const stored = UiSettings.partial().safeParse(this.kv.get('settings'));
    const merged = { ...DEFAULT_SETTINGS, ...(stored.success ? stored.data : {}) };
    if (!this.get(merged.activeProfileId)) merged.activeProfileId = EMBEDDED_PROFILE.id;
    return merged;
  }

  updateSettings(patch: Partial<UiSettings>): UiSettings {
    if (patch.activeProfileId !== undefined && !this.get(patch.activeProfileId)) {
      throw new ProfileError('Onbekend profiel');
    }
    const next = { ...this.settings(), ...patch };
    this.kv.set('settings', next);
    return next;
  }

  activeProfile(): Profile {
    return this.get(this.settings().activeProfileId) ?? EMBEDDED_PROFILE;
  }
}
