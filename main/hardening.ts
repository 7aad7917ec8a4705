import { app, session, shell, type WebContents } from 'electron';
import { openExternalSafe } from './guards/externalLinks';
import { decideWindowOpen, shouldBlockNavigation } from './guards/navigation';
import { decidePermissionCheck, decidePermissionRequest } from './guards/permissions';

/** Opens https links in the system browser; everything else is ignored. */
export function openExternal(url: unknown): Promise<boolean> {
  return openExternalSafe(url, (safeUrl) => shell.openExternal(safeUrl));
}

function harden(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    if (shouldBlockNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (shouldBlockNavigation(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void openExternal(url);
    return { action: decision.action };
  });
}

/** Session and web-contents guards for everything the app ever creates. Call once, when ready. */
export function installHardening(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(decidePermissionRequest(permission, details.requestingUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    decidePermissionCheck(permission, requestingOrigin),
  );
  app.on('web-contents-created', (_event, contents) => harden(contents));
}
