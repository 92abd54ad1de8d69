import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  showAbout: () => void;
}

/** The application menu, in Chinese. Roles give the standard shortcuts (Ctrl+Z, Ctrl+C, Ctrl+R …). */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: '关于物业台账', click: () => options.showAbout() };
  const viewItems: MenuItemConstructorOptions[] = [
    { label: '重新加载', role: 'reload' },
    // Developer tools only while developing: a front-desk PC has no use for them.
    ...(options.isPackaged ? [] : [{ label: '开发者工具', role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]),
    { type: 'separator' },
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ];
  const template: MenuItemConstructorOptions[] = [
    { label: '文件', submenu: [{ label: '退出', role: 'quit' }] },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: viewItems },
    { label: '帮助', submenu: [about] },
  ];
  // macOS puts the first menu under the application's name.
  if (options.platform === 'darwin') {
    template.unshift({
      label: '物业台账',
      submenu: [
        about,
        { type: 'separator' },
        { label: '隐藏物业台账', role: 'hide' },
        { label: '隐藏其他', role: 'hideOthers' },
        { label: '全部显示', role: 'unhide' },
        { type: 'separator' },
        { label: '退出物业台账', role: 'quit' },
      ],
    });
  }
  return template;
}
