import { useSyncExternalStore } from 'react';
import { kcc } from '../bridge';

/** The "desktop notifications" setting (UiSettings.notifications, on unless turned off), shared by every screen. */
let enabled = true;
const listeners = new Set<() => void>();
void kcc.settings.get().then((s) => {
  enabled = s.notifications !== false;
  listeners.forEach((l) => l());
});

export function useNotificationsEnabled(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    () => enabled,
  );
}

export async function setNotificationsEnabled(on: boolean): Promise<void> {
  await kcc.settings.set({ notifications: on });
  enabled = on;
  listeners.forEach((l) => l());
}
