/**
 * Electron main process: thin wiring only — every decision lives in a small tested module
 * (guards/, ipc/, store/, server/, deepLinks/).
 */
import path from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Menu, nativeImage, net, Notification, safeStorage } from 'electron';
import Store from 'electron-store';
import { ipcChannels, type ServerStatus } from '../shared/bridge';
import { parseDeepLink } from '../shared/domain/deepLink';
import { APP_NAME, DEEP_LINK_SCHEME } from './appIdentity';
import { APP_USER_MODEL_ID, applyBadge, redDotBitmap, showNotice } from './desktopAttention';
import { handleAppScheme, registerAppScheme } from './appProtocol';
import { DeepLinkQueue, deepLinkFromArgv } from './deepLinks/deepLinks';
import { openWithDialog, saveWithDialog } from './fileDialogs';
import { installHardening, openExternal } from './hardening';
import { registerIpcHandlers } from './ipc/register';
import { buildMenuTemplate } from './menuTemplate';
import { appPaths } from './paths';
import { testConnection } from './server/connectionTest';
import { EmbeddedServer } from './server/embeddedServer';
import { chooseLauncher } from './server/launcherChoice';
import { nodeLauncher, utilityLauncher } from './server/launchers';
import { needsReloadForCsp, ServerRuntime } from './server/serverRuntime';
import { ProfileStore } from './store/profiles';
import { TokenVault } from './store/tokenVault';
import { createMainWindow } from './window';

// Name first: it decides app.getPath('userData') (…/KCC Desk), shared with `npm start`'s browser mode.
app.setName(APP_NAME);
// Windows: notifications and the taskbar overlay belong to this id (the installer's appId).
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
registerAppScheme();

const paths = appPaths(__dirname, app.getPath('userData'), process.env);
const deepLinks = new DeepLinkQueue();
let mainWindow: BrowserWindow | null = null;
let servedWithOrigin: string | null = null;
let quitting = false;

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function send(channel: string, payload: unknown): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
}

function registerProtocolClient(): void {
  // In development Electron runs as `electron <app dir>`; the OS must pass that dir along with the link.
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [path.resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  }
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: `Over ${APP_NAME}`,
    message: `${APP_NAME} ${app.getVersion()}`,
    detail: 'Backoffice voor portaalaccounts, meekijken en portaalbeheer.',
  });
}

function createWindow(runtime: ServerRuntime): void {
  const win = createMainWindow(paths.preload);
  mainWindow = win;
  win.webContents.on('did-start-loading', () => deepLinks.notReady());
  win.webContents.on('did-finish-load', () => {
    send(ipcChannels.serverStatusEvent, runtime.status());
    deepLinks.ready((link) => send(ipcChannels.deepLinkEvent, link));
  });
  win.on('closed', () => {
    deepLinks.notReady();
    mainWindow = null;
  });
}

function start(): void {
  const initialLink = deepLinkFromArgv(process.argv);
  if (initialLink) deepLinks.push(initialLink);

  app.on('second-instance', (_event, argv) => {
    focusWindow();
    const link = deepLinkFromArgv(argv);
    if (link) deepLinks.push(link);
  });
  // macOS delivers links through open-url (also at launch, so registered before ready).
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const link = parseDeepLink(url);
    if (link) deepLinks.push(link);
    focusWindow();
  });

  void app.whenReady().then(() => {
    registerProtocolClient();
    installHardening();

    const store = new Store({ name: 'kcc-desk' });
    const kv = { get: (key: string) => store.get(key), set: (key: string, value: unknown) => store.set(key, value), delete: (key: string) => store.delete(key) };
    const profiles = new ProfileStore(kv);
    const tokens = new TokenVault(kv, safeStorage);

    const launcher = chooseLauncher({ isPackaged: app.isPackaged, nodePath: process.env.KCC_NODE });
    const launch = launcher === 'node' && process.env.KCC_NODE ? nodeLauncher(paths.embeddedServer, process.env.KCC_NODE) : utilityLauncher(paths.embeddedServer);
    const runtime = new ServerRuntime(
      (onStatus) => new EmbeddedServer({ dataDir: paths.portalData, launch, onStatus }),
      (status: ServerStatus) => {
        send(ipcChannels.serverStatusEvent, status);
        if (mainWindow && needsReloadForCsp(servedWithOrigin, status)) mainWindow.webContents.reload();
      },
    );

    handleAppScheme(paths.renderer, () => runtime.status().url, (url) => {
      servedWithOrigin = url ? new URL(url).origin : null;
    });

    const applyActive = () => runtime.apply(profiles.activeProfile());
    registerIpcHandlers(ipcMain, {
      [ipcChannels.appInfo]: () => ({ name: APP_NAME, version: app.getVersion(), platform: process.platform, shell: 'electron' as const }),
      [ipcChannels.settingsGet]: () => profiles.settings(),
      [ipcChannels.settingsSet]: async ([patch]) => {
        const settings = profiles.updateSettings(patch);
        await applyActive();
        return settings;
      },
      [ipcChannels.profilesList]: () => profiles.list(),
      [ipcChannels.profilesSave]: async ([profile]) => {
        const list = profiles.save(profile);
        await applyActive();
        return list;
      },
      [ipcChannels.profilesRemove]: async ([id]) => {
        const list = profiles.remove(id);
        tokens.set(id, null);
        await applyActive();
        return list;
      },
      [ipcChannels.profilesActivate]: async ([id]) => {
        profiles.updateSettings({ activeProfileId: id });
        await applyActive();
        return runtime.status();
      },
      // From main: the renderer's CSP reaches only the active server. net.fetch is Chromium's stack, so
      // certificates are judged as the renderer's own calls will be (system store, corporate CAs).
      [ipcChannels.profilesTest]: ([serverUrl]) => testConnection(serverUrl, (url, init) => net.fetch(url, init)),
      [ipcChannels.serverStatus]: () => runtime.status(),
      [ipcChannels.tokenGet]: ([profileId]) => tokens.get(profileId),
      [ipcChannels.tokenSet]: ([profileId, token]) => tokens.set(profileId, token),
      [ipcChannels.filesSave]: ([req]) => saveWithDialog(mainWindow, req),
      [ipcChannels.filesOpen]: ([req]) => openWithDialog(mainWindow, req),
      [ipcChannels.notify]: ([notice]) => {
        showNotice(Notification, notice, (target) => {
          focusWindow();
          send(ipcChannels.notificationClickEvent, target);
        });
      },
      [ipcChannels.badge]: ([count]) =>
        applyBadge(
          {
            platform: process.platform,
            setBadgeCount: (n) => app.setBadgeCount(n),
            setOverlayIcon: mainWindow ? (icon, text) => mainWindow?.setOverlayIcon(icon as Electron.NativeImage | null, text) : undefined,
            overlayIcon: () => nativeImage.createFromBitmap(redDotBitmap(), { width: 16, height: 16 }),
          },
          count,
        ),
      [ipcChannels.openExternal]: ([url]) => openExternal(url),
    });

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, isMac: process.platform === 'darwin', onAbout: showAbout })),
    );

    void applyActive();
    createWindow(runtime);

    app.on('activate', () => {
      if (!mainWindow) createWindow(runtime);
    });
    app.on('before-quit', (event) => {
      if (quitting) return;
      // Give the embedded server a moment to close its database cleanly.
      event.preventDefault();
      quitting = true;
      void runtime.stop().finally(() => app.quit());
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
