import { kcc } from '../../bridge';
import { signOut } from '../../session/sessionStore';

/**
 * Switches to another portal server: signs out of the current one first (when signed in), makes the profile
 * active and reloads the page, so the API client, the session and (in Electron) the CSP start over for the new
 * server, on its sign-in screen. Not tied to a component: signing out unmounts the screen that asked.
 */
export async function switchProfile(id: string, { signOutFirst }: { signOutFirst: boolean }): Promise<void> {
  if (signOutFirst) await signOut();
  await kcc.profiles.activate(id);
  window.location.hash = '#/';
  window.location.reload();
}
