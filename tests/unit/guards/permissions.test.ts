import { describe, expect, it } from 'vitest';
import { decideWindowOpen, shouldBlockNavigation } from '../../../main/guards/navigation';
import { decidePermissionCheck, decidePermissionRequest } from '../../../main/guards/permissions';

describe('permissions', () => {
  const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'pointerLock', 'hid', 'serial', 'usb', 'unknown'];
  it.each(permissions)('denies request %s, even from app://kcc', (permission) => {
    expect(decidePermissionRequest(permission, 'app://kcc/')).toBe(false);
    expect(decidePermissionCheck(permission, 'app://kcc')).toBe(false);
    expect(decidePermissionRequest(permission, 'https://evil.example/')).toBe(false);
  });

  it.each(['local-network-access', 'loopback-network', 'local-network'])('lets only app://kcc reach the loopback server (%s)', (permission) => {
    expect(decidePermissionRequest(permission, 'app://kcc/')).toBe(true);
    expect(decidePermissionCheck(permission, 'app://kcc')).toBe(true);
    expect(decidePermissionRequest(permission, 'https://evil.example/')).toBe(false);
    expect(decidePermissionRequest(permission, 'app://kcc.evil/')).toBe(false);
    expect(decidePermissionRequest(permission)).toBe(false);
  });
});

describe('navigation', () => {
  it('allows moving within app://kcc only', () => {
    expect(shouldBlockNavigation('app://kcc/accounts')).toBe(false);
    for (const url of ['https://example.nl/', 'http://127.0.0.1:4010/', 'file:///etc/passwd', 'app://evil/', 'javascript:alert(1)', 'about:blank']) {
      expect(shouldBlockNavigation(url)).toBe(true);
    }
  });

  it('never opens new windows; https goes to the system browser', () => {
    expect(decideWindowOpen('https://example.nl/')).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('http://example.nl/')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('app://kcc/')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('file:///C:/x.exe')).toEqual({ action: 'deny', openExternally: false });
  });
});
