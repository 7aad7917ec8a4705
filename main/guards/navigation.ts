import { isAppUrl } from './appUrl';
import { isSafeExternalUrl } from './externalLinks';

/** will-navigate / will-redirect: anything outside app://kcc is stopped. */
export function shouldBlockNavigation(url: string): boolean {
  return !isAppUrl(url);
}

/** setWindowOpenHandler: never a new Electron window; safe https links go to the system browser. */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}
