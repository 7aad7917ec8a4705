import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, mimeTypeFor, resolveAppFile } from '../../../main/guards/appUrl';

const root = path.resolve('/opt/kcc/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppFile', () => {
  it.each([
    ['app://kcc/', inRoot('index.html')],
    ['app://kcc', inRoot('index.html')],
    ['app://kcc/index.html', inRoot('index.html')],
    ['app://kcc/assets/index-abc123.js', inRoot('assets', 'index-abc123.js')],
    ['app://kcc/assets/roboto-latin-400.woff2?v=1', inRoot('assets', 'roboto-latin-400.woff2')],
    ['app://kcc/accounts/HM-123456', inRoot('index.html')],
    ['app://kcc/assets/my%20logo.png', inRoot('assets', 'my logo.png')],
    ['APP://KCC/assets/a.css', inRoot('assets', 'a.css')],
  ])('maps %s', (url, file) => {
    expect(resolveAppFile(url, root)).toBe(file);
  });

  it.each([
    'app://other/index.html',
    'app://kcc.evil/index.html',
    'app://user:pw@kcc/index.html',
    'https://kcc/index.html',
    'file:///etc/passwd',
    'app://kcc/..%2f..%2fetc/passwd',
    'app://kcc/assets%5c..%5c..%5csecret.txt',
    'app://kcc/C:/Windows/win.ini',
    'app://kcc/.env',
    'app://kcc/assets/.hidden.js',
    'app://kcc/a%00.js',
    'app://kcc/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('never leaves the root, whatever the URL parser normalises', () => {
    for (const url of ['app://kcc/%2e%2e/%2e%2e/etc/passwd', 'app://kcc/assets/%2E%2E/%2E%2E/secret.txt', 'app://kcc/../../etc/passwd', 'app://kcc/assets/../../../x.js', 'app://kcc/./../x.js']) {
      const file = resolveAppFile(url, root);
      if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true);
    }
  });
});

describe('isAppUrl', () => {
  it('accepts only app://kcc pages', () => {
    expect(isAppUrl('app://kcc/')).toBe(true);
    expect(isAppUrl('app://kcc/accounts?x=1#y')).toBe(true);
    expect(isAppUrl('app://kcc.evil/')).toBe(false);
    expect(isAppUrl('app://evil/')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:4010/')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('mimeTypeFor', () => {
  it('knows the renderer build output', () => {
    expect(mimeTypeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeFor('/x/a.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('/x/f.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
