import type { MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from './appIdentity';

export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  onAbout: () => void;
}

/** The Dutch application menu; developer tools only in development builds. */
export function buildMenuTemplate({ isPackaged, isMac, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Herladen' },
    { type: 'separator' },
    { role: 'resetZoom', label: 'Werkelijke grootte' },
    { role: 'zoomIn', label: 'Inzoomen' },
    { role: 'zoomOut', label: 'Uitzoomen' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Volledig scherm' },
  ];
  if (!isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' });
  const template: MenuItemConstructorOptions[] = [
    { label: 'Bestand', submenu: [{ role: 'quit', label: 'Afsluiten' }] },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    { label: 'Beeld', submenu: view },
    { label: 'Help', submenu: [{ label: `Over ${APP_NAME}`, click: onAbout }] },
  ];
  // macOS expects the first menu to be the application menu.
  if (isMac) template.unshift({ label: APP_NAME, submenu: [{ label: `Over ${APP_NAME}`, click: onAbout }, { type: 'separator' }, { role: 'hide', label: `${APP_NAME} verbergen` }, { role: 'quit', label: `${APP_NAME} afsluiten` }] });
  return template;
}
