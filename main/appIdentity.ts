/** Names shared by the main-process modules (kept free of Electron imports so tests can load them). */
export const APP_NAME = 'KCC Desk';
export const APP_SCHEME = 'app';
export const APP_HOST = 'kcc';
/** The renderer's origin; the portal server's CORS allow-list contains exactly this. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;
export const DEEP_LINK_SCHEME = 'kcc';
