import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({}));

import { menuTemplate } from '../../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const base = { isPackaged: true, platform: 'win32' as const, showAbout: () => undefined };

describe('application menu', () => {
  it('has the four Chinese top-level menus on Windows', () => {
    expect(menuTemplate(base).map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('labels every item in Chinese', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      for (const isPackaged of [true, false]) {
        const items = flatten(menuTemplate({ ...base, platform, isPackaged })).filter((item) => item.type !== 'separator');
        expect(items.length).toBeGreaterThan(10);
        for (const item of items) expect(item.label, JSON.stringify(item)).toMatch(/^[\u4e00-\u9fff]/u);
      }
    }
  });

  it('offers the standard editing and view commands by role', () => {
    const roles = flatten(menuTemplate(base)).map((item) => item.role);
    for (const role of ['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']) {
      expect(roles).toContain(role);
    }
  });

  it('has developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) => flatten(menuTemplate({ ...base, isPackaged })).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('opens the about box from 帮助 → 关于物业台账', () => {
    const showAbout = vi.fn();
    const help = menuTemplate({ ...base, showAbout }).find((item) => item.label === '帮助');
    const about = (help?.submenu as MenuItemConstructorOptions[]).find((item) => item.label === '关于物业台账');
    (about?.click as () => void)();
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it('puts the application menu first on macOS', () => {
    expect(menuTemplate({ ...base, platform: 'darwin' })[0]?.label).toBe('物业台账');
  });
});
