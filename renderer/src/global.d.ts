import type { KccBridge } from '../../shared/bridge';

declare global {
  interface Window {
    /** Set by Electron's preload script; absent in the browser build (see bridge/index.ts). */
    kcc?: KccBridge;
  }
}

export {};
