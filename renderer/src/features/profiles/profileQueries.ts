import { useQuery } from '@tanstack/react-query';
import type { Profile } from '../../../../shared/bridge';
import { kcc } from '../../bridge';

export const profileKeys = {
  all: ['profiles'] as const,
  state: ['profiles', 'state'] as const,
};

export interface ProfilesState {
  profiles: Profile[];
  active: Profile;
  /** The active server's address as the app uses it (null: not started yet, or the page's own origin). */
  serverUrl: string | null;
  shell: 'electron' | 'browser';
}

/** Profiles, which one is active, its server and the shell, read from the bridge in one go. */
export async function fetchProfilesState(): Promise<ProfilesState> {
  const [profiles, settings, status, info] = await Promise.all([kcc.profiles.list(), kcc.settings.get(), kcc.server.status(), kcc.app.info()]);
  const active = profiles.find((p) => p.id === settings.activeProfileId) ?? profiles[0];
  if (!active) throw new Error('Geen profielen');
  return { profiles, active, serverUrl: status.url, shell: info.shell };
}

export function useProfilesState() {
  return useQuery({ queryKey: profileKeys.state, queryFn: fetchProfilesState, staleTime: 0 });
}
