import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../main/guards/trustedSender';

describe('isTrustedSender', () => {
  it('trusts frames showing app://kcc', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://kcc/' } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://kcc/accounts#x' } })).toBe(true);
  });
  it.each([
    'http://127.0.0.1:4010/',
    'https://evil.example/',
    'app://kcc.evil/',
    'app://evil/',
    'file:///C:/app/index.html',
    'about:blank',
    'data:text/html,hi',
    '',
  ])('rejects %j', (url) => {
    expect(isTrustedSender({ senderFrame: { url } })).toBe(false);
  });
  it('rejects events without a frame (frame gone or navigated)', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
    expect(isTrustedSender({})).toBe(false);
  });
});
