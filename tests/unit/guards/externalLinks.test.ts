import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl, openExternalSafe } from '../../../main/guards/externalLinks';

describe('openExternalSafe', () => {
  it('opens https URLs', async () => {
    const open = vi.fn(async (_url: string) => {});
    await expect(openExternalSafe('https://www.example.nl/help?q=1', open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledWith('https://www.example.nl/help?q=1');
  });

  it.each([
    'http://www.example.nl/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'kcc://customer/HM-123456',
    'app://kcc/',
    'mailto:a@b.nl',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.nl/',
    'https://',
    '//example.nl',
    'example.nl',
    `https://example.nl/${'a'.repeat(3000)}`,
  ])('refuses %s', async (url) => {
    const open = vi.fn(async (_url: string) => {});
    await expect(openExternalSafe(url, open)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses non-strings and reports a failing opener as false', async () => {
    const open = vi.fn(async (_url: string) => {
      throw new Error('no browser');
    });
    expect(isSafeExternalUrl(42)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://x.nl' })).toBe(false);
    await expect(openExternalSafe('https://x.nl', open)).resolves.toBe(false);
  });
});
