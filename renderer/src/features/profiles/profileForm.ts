import { z } from 'zod';
import { Profile, ServerUrl } from '../../../../shared/bridge';

/** What the profile dialog holds (kept as a draft while typing). */
export interface ProfileForm {
  name: string;
  serverUrl: string;
}

export const emptyProfileForm: ProfileForm = { name: '', serverUrl: '' };

export function formFromProfile(profile: Profile): ProfileForm {
  return { name: profile.name, serverUrl: profile.serverUrl ?? '' };
}

/** The bridge's own rules (the name, and the shared server-address rule: https, http only on this computer). */
export const profileSchema = z
  .object({ name: z.string(), serverUrl: z.string() })
  .transform((form) => ({ name: form.name, serverUrl: form.serverUrl.trim() }))
  .pipe(z.object({ name: Profile.shape.name, serverUrl: ServerUrl }));
export type ProfileBody = z.output<typeof profileSchema>;

/** A new profile's id, from its name (lower-case letters, digits, hyphens) plus a few random characters. */
export function newProfileId(name: string, random: () => number = Math.random): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
  const suffix = Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, '0');
  return slug ? `${slug}-${suffix}` : `profiel-${suffix}`;
}

/** A built-in profile (the embedded server, or the browser build's own server) has no address of its own and stays. */
export function isBuiltIn(profile: Profile): boolean {
  return profile.kind === 'embedded' || profile.serverUrl === undefined;
}

/**
 * The message of a refused bridge call. Electron wraps what main threw as
 * "Error invoking remote method 'kcc:…': Error: <message>"; the user needs only the message.
 */
export function bridgeMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}
