import { isAppUrl } from './appUrl';

/**
 * Chromium's Local Network Access gate for requests to loopback/private addresses. The embedded
 * portal server listens on 127.0.0.1, so our own app://kcc page must be allowed to reach it; the CSP
 * connect-src already limits it to the active server's origin, so this grants nothing beyond that.
 */
const LOCAL_NETWORK = new Set(['local-network-access', 'loopback-network', 'local-network']);

/**
 * Everything else the renderer could ask for (camera, notifications, geolocation, clipboard read, …)
 * is denied: notifications and files go through the bridge.
 */
export function decidePermissionRequest(permission: string, requestingUrl?: string): boolean {
  return LOCAL_NETWORK.has(permission) && typeof requestingUrl === 'string' && isAppUrl(requestingUrl);
}

export function decidePermissionCheck(permission: string, requestingOrigin?: string): boolean {
  return decidePermissionRequest(permission, requestingOrigin);
}
