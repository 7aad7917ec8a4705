import { BrowserWindow } from 'electron';
import { APP_NAME, APP_START_URL } from './appIdentity';

/** The one hardened window: isolated, sandboxed, no Node, no webviews, our app:// renderer only. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    title: APP_NAME,
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}
