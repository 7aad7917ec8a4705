// Where KCC Desk keeps its data, shared by the Electron main process and `npm start`'s browser
// fallback so both use the same demo database. Pure functions: the caller passes platform/env/home.
import path from 'node:path';

export const APP_DIR_NAME = 'KCC Desk';

/** The per-user app-data folder of KCC Desk (what Electron calls userData once the app is named). */
export function appDataDir(platform, env, home) {
  if (platform === 'win32') {
    const base = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(base, APP_DIR_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  const config = env.XDG_CONFIG_HOME && path.posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : path.posix.join(home, '.config');
  return path.posix.join(config, APP_DIR_NAME);
}

/** The embedded portal server's data folder: KCC_DATA_DIR when set, else <userData>/portal-data. */
export function portalDataDir(userDataDir, env) {
  const override = env.KCC_DATA_DIR?.trim();
  if (override) return path.resolve(override);
  return path.join(userDataDir, 'portal-data');
}
