/**
 * Desktop notifications and the badge count of open items (issue 13, I4). Kept free of direct Electron imports:
 * main.ts passes the pieces, the unit tests pass fakes.
 */
import type { Notice } from '../shared/bridge';

export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}
export interface NotificationCtor {
  new (options: { title: string; body: string }): NotificationLike;
  isSupported(): boolean;
}

/** Shows a notice; clicking it calls `onClick` with the notice's target (the renderer opens that screen). */
export function showNotice(Notification: NotificationCtor, notice: Notice, onClick: (target: string) => void): boolean {
  if (!Notification.isSupported()) return false;
  const n = new Notification({ title: notice.title, body: notice.body });
  const target = notice.target;
  if (target) n.on('click', () => onClick(target));
  n.show();
  return true;
}

export interface BadgeDeps {
  platform: NodeJS.Platform;
  setBadgeCount(count: number): unknown;
  /** The main window's overlay icon (Windows); absent when there is no window. */
  setOverlayIcon?: ((icon: unknown, description: string) => void) | undefined;
  /** The overlay image (a red dot), made lazily. */
  overlayIcon(): unknown;
}

/** macOS: the dock badge; Windows: a taskbar overlay icon (no numbers there); Linux (Unity): the launcher count. */
export function applyBadge(deps: BadgeDeps, count: number): void {
  if (deps.platform === 'win32') {
    deps.setOverlayIcon?.(count > 0 ? deps.overlayIcon() : null, count > 0 ? `${count} open` : '');
    return;
  }
  deps.setBadgeCount(count);
}

/** A 16×16 red dot as raw BGRA pixels, for nativeImage.createFromBitmap (no image file to ship). */
export function redDotBitmap(size = 16): Buffer {
  const buf = Buffer.alloc(size * size * 4);
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inside = (x - c) ** 2 + (y - c) ** 2 <= (size / 2 - 0.5) ** 2;
      const i = (y * size + x) * 4;
      buf[i] = inside ? 0x2f : 0; // B
      buf[i + 1] = inside ? 0x2f : 0; // G
      buf[i + 2] = inside ? 0xd3 : 0; // R
      buf[i + 3] = inside ? 0xff : 0; // A
    }
  }
  return buf;
}

/** Windows groups notifications and the taskbar button by this id; it must match electron-builder's appId. */
export const APP_USER_MODEL_ID = 'nl.kccdesk.app';
