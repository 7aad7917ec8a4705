import type { KccBridge } from '../../../shared/bridge';
import { browserBridge } from './browserBridge';

/** The OS bridge: Electron's preload object when present, else the browser fallback. */
export const kcc: KccBridge = window.kcc ?? browserBridge;
