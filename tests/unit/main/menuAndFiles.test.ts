import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { defaultSavePath, dialogFilters, safeFileName } from '../../../main/fileNames';
import { buildMenuTemplate } from '../../../main/menuTemplate';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('buildMenuTemplate', () => {
  it('has the Dutch menus and hides developer tools in packaged builds', () => {
    const packaged = buildMenuTemplate({ isPackaged: true, isMac: false, onAbout: () => {} });
    expect(packaged.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    const roles = flatten(packaged).map((i) => i.role);
    expect(roles).toContain('quit');
    expect(roles).toContain('copy');
    expect(roles).toContain('reload');
    expect(roles).not.toContain('toggleDevTools');
    const dev = buildMenuTemplate({ isPackaged: false, isMac: false, onAbout: () => {} });
    expect(flatten(dev).find((i) => i.role === 'toggleDevTools')?.label).toBe('Ontwikkelhulpmiddelen');
  });

  it('wires Help > Over KCC Desk and puts an app menu first on macOS', () => {
    const onAbout = vi.fn();
    const mac = buildMenuTemplate({ isPackaged: true, isMac: true, onAbout });
    expect(mac[0]?.label).toBe('KCC Desk');
    const about = flatten(mac).filter((i) => i.label === 'Over KCC Desk');
    expect(about.length).toBe(2);
    about[0]?.click?.(undefined as never, undefined, undefined as never);
    expect(onAbout).toHaveBeenCalled();
  });
});

describe('file names for dialogs', () => {
  it.each([
    ['accounts-2026-11.xlsx', 'accounts-2026-11.xlsx'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Windows\\system32\\evil.dll', 'evil.dll'],
    ['.bashrc', 'bashrc'],
    ['rap<p>ort?.pdf', 'rapport.pdf'],
    ['a\u0000b\nc.csv', 'abc.csv'],
    ['', 'export'],
    ['...', 'export'],
    ['/', 'export'],
  ])('safeFileName(%j) = %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('proposes the documents folder and caps the length', () => {
    expect(defaultSavePath('/home/ab/Documenten', '../x.csv')).toBe(path.join('/home/ab/Documenten', 'x.csv'));
    expect(safeFileName('a'.repeat(400)).length).toBe(150);
  });

  it('keeps only plain extensions in filters', () => {
    expect(dialogFilters([{ name: 'Excel', extensions: ['xlsx', '../exe', 'x;y'] }, { name: 'Leeg', extensions: ['..'] }, { name: 'Alles', extensions: ['*'] }])).toEqual([
      { name: 'Excel', extensions: ['xlsx'] },
      { name: 'Alles', extensions: ['*'] },
    ]);
  });
});
