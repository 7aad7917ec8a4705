import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../shared/bridge';
import { validatePayload } from '../../../main/ipc/payloads';
import { applyBadge, redDotBitmap, showNotice, type NotificationCtor } from '../../../main/desktopAttention';

function fakeNotification(supported = true) {
  const shown: Array<{ title: string; body: string; click?: () => void }> = [];
  class Fake {
    private readonly rec: { title: string; body: string; click?: () => void };
    constructor(o: { title: string; body: string }) {
      this.rec = { ...o };
      shown.push(this.rec);
    }
    static isSupported() {
      return supported;
    }
    on(_e: 'click', l: () => void) {
      this.rec.click = l;
    }
    show() {}
  }
  return { Ctor: Fake as unknown as NotificationCtor, shown };
}

describe('desktop notifications and badge (main)', () => {
  it('shows a notice and hands its target to the renderer on click', () => {
    const { Ctor, shown } = fakeNotification();
    const onClick = vi.fn();
    expect(showNotice(Ctor, { title: 'Nieuwe IBAN-wijziging', body: 'Wijziging 3', target: '#/iban?id=3' }, onClick)).toBe(true);
    shown[0]?.click?.();
    expect(onClick).toHaveBeenCalledWith('#/iban?id=3');
    expect(showNotice(fakeNotification(false).Ctor, { title: 'x', body: 'y' }, onClick)).toBe(false);
  });

  it('uses the dock badge on macOS and the taskbar overlay on Windows', () => {
    const mac = { platform: 'darwin' as const, setBadgeCount: vi.fn(), overlayIcon: vi.fn() };
    applyBadge(mac, 4);
    expect(mac.setBadgeCount).toHaveBeenCalledWith(4);
    const win = { platform: 'win32' as const, setBadgeCount: vi.fn(), setOverlayIcon: vi.fn(), overlayIcon: vi.fn(() => 'icon') };
    applyBadge(win, 2);
    expect(win.setOverlayIcon).toHaveBeenCalledWith('icon', '2 open');
    applyBadge(win, 0);
    expect(win.setOverlayIcon).toHaveBeenLastCalledWith(null, '');
    expect(win.setBadgeCount).not.toHaveBeenCalled();
  });

  it('draws an opaque red dot with transparent corners', () => {
    const b = redDotBitmap(16);
    expect(b.length).toBe(16 * 16 * 4);
    expect(b[3]).toBe(0);
    const mid = (8 * 16 + 8) * 4;
    expect([b[mid + 2], b[mid + 3]]).toEqual([0xd3, 0xff]);
  });

  it('validates the badge count and the notice target like every IPC call', () => {
    expect(validatePayload(ipcChannels.badge, [3]).ok).toBe(true);
    expect(validatePayload(ipcChannels.badge, [-1]).ok).toBe(false);
    expect(validatePayload(ipcChannels.badge, [1.5]).ok).toBe(false);
    expect(validatePayload(ipcChannels.badge, ['3']).ok).toBe(false);
    expect(validatePayload(ipcChannels.notify, [{ title: 'a', body: 'b', target: '#/iban?id=3' }]).ok).toBe(true);
    expect(validatePayload(ipcChannels.notify, [{ title: 'a', body: 'b', target: 'https://evil.example/' }]).ok).toBe(false);
    expect(validatePayload(ipcChannels.notify, [{ title: 'a', body: 'b', target: 'javascript:alert(1)' }]).ok).toBe(false);
  });
});
