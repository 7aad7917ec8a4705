/**
 * The renderer needs no browser permissions (camera, notifications, geolocation, clipboard read, …):
 * notifications and files go through the bridge. Every request and check is denied.
 */
export function decidePermissionRequest(_permission: string, _requestingUrl?: string): boolean {
  return false;
}

export function decidePermissionCheck(_permission: string, _requestingOrigin?: string): boolean {
  return false;
}
