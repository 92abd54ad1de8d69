import type { App as ElectronApp, Dialog, IpcMain, Menu, Protocol, Shell, BrowserWindow, WebContents } from 'electron';
import type { App as TaizhangApp, OpenAppOptions } from '../app/openApp';
import type { Host } from '../app/context';
import { resolveDataDir } from '../app/dataDir';
import { openFailureMessage } from './openFailureMessage';
import { openOrOfferRestore } from './offerRestore';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { electronNativeBindingPath } from './nativeBinding';
import { resolveRendererSource } from './rendererSource';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { trustedSenderCheck } from './trustedSender';
import { createMainWindow, type BrowserWindowClass } from './window';
import { saveFileWithDialog } from './saveFile';
import { chooseFolderWithDialog } from './chooseFolder';

/** The slice of the 'electron' module the main process uses; passed in so the lifecycle runs under tests. */
export interface ElectronApi {
  app: Pick<ElectronApp, 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady' | 'isPackaged' | 'getAppPath' | 'getVersion'>;
  BrowserWindow: BrowserWindowClass;
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  dialog: Pick<Dialog, 'showErrorBox' | 'showMessageBox'> & Partial<Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>>;
  ipcMain: Pick<IpcMain, 'handle'>;
  shell: Pick<Shell, 'openPath'>;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
}

export interface MainOptions {
  /** The built preload (.cjs) and the built renderer folder (index.html and assets/), next to the built main. */
  files: { preload: string; rendererDir: string };
  env: NodeJS.ProcessEnv;
  electronVersion: string;
  platform: NodeJS.Platform;
  openApp: (options: OpenAppOptions) => Promise<TaizhangApp>;
  fileExists: (path: string) => boolean;
}

/**
 * The app's life: one instance, open the database, register IPC, show the window, close the database on quit.
 * Resolves once start-up has finished (or given up); never starts the loopback bridge.
 */
export async function startMain(electron: ElectronApi, options: MainOptions): Promise<void> {
  const { app, dialog } = electron;
  if (!app.requestSingleInstanceLock()) {
    // Two copies writing one database would fight over it; the first one is brought forward instead.
    app.quit();
    return;
  }

  let window: BrowserWindow | null = null;
  let opened: TaizhangApp | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => denyNewWindowsAndWebviews(contents));
  // A front-desk tool: closing the window ends the program on every platform, macOS included.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!opened) return;
    const closing = opened;
    opened = null;
    event.preventDefault();
    closing
      .close()
      .catch((error: unknown) => console.error('[taizhang] 关闭数据库失败 / closing the database failed:', error))
      .finally(() => app.quit());
  });

  // Only before ready: Chromium fixes its list of privileged schemes when it starts.
  registerAppScheme(electron.protocol);
  await app.whenReady();

  // The same folder as the browser mode and the CLI (not Electron's userData), so all three see one office.
  const dataDir = resolveDataDir(options.env, options.platform);
  let nativeBinding: string | undefined;
  if (!app.isPackaged) {
    nativeBinding = electronNativeBindingPath(app.getAppPath(), options.electronVersion);
    if (!options.fileExists(nativeBinding)) {
      dialog.showErrorBox(
        '缺少数据库组件',
        `未找到为 Electron ${options.electronVersion} 编译的 better-sqlite3:\n${nativeBinding}\n` +
          '请先运行 node scripts/electron-native.mjs(npm start 会自动运行)。\n\n' +
          `Missing the better-sqlite3 build for Electron ${options.electronVersion}; run: node scripts/electron-native.mjs`,
      );
      app.quit();
      return;
    }
  }

  const host: Host = { openInViewer: (file) => openInViewer(electron.shell, file) };
  const { showSaveDialog, showOpenDialog } = electron.dialog;
  if (showSaveDialog) {
    host.saveFile = (name, content) => saveFileWithDialog({ showSaveDialog: showSaveDialog.bind(electron.dialog) } as Pick<Dialog, 'showSaveDialog'>, window, dataDir, name, content);
  }
  if (showOpenDialog) {
    host.chooseFolder = (title) => chooseFolderWithDialog({ showOpenDialog: showOpenDialog.bind(electron.dialog) } as Pick<Dialog, 'showOpenDialog'>, window, title);
  }
  try {
    opened = await openOrOfferRestore(() => options.openApp({ dataDir, host, ...(nativeBinding ? { nativeBinding } : {}) }), dialog, dataDir);
  } catch (error) {
    const { title, message } = openFailureMessage(error, dataDir);
    console.error('[taizhang] 打开数据失败 / opening the data failed:', error);
    dialog.showErrorBox(title, message);
    app.quit();
    return;
  }

  const source = resolveRendererSource({
    isPackaged: app.isPackaged,
    devUrl: options.env.ELECTRON_RENDERER_URL,
    rendererDir: options.files.rendererDir,
  });
  // The window's (default) session answers app://taizhang/ from the built folder; the dev server needs no handler.
  if (source.kind === 'built') serveAppProtocol(electron.protocol, source.rendererDir);
  // Handlers first: the page may call as soon as it loads.
  registerIpc(electron.ipcMain, opened.invoke, trustedSenderCheck(() => window?.webContents, source));

  electron.Menu.setApplicationMenu(
    electron.Menu.buildFromTemplate(
      menuTemplate({
        isPackaged: app.isPackaged,
        platform: options.platform,
        showAbout: () => void showAbout(electron, app.getVersion()),
      }),
    ),
  );

  window = createMainWindow(electron.BrowserWindow, { preloadPath: options.files.preload, source });
  window.on('closed', () => {
    window = null;
  });
}

/** shell.openPath answers with an error text instead of rejecting; the print service needs a rejection. */
async function openInViewer(shell: Pick<Shell, 'openPath'>, file: string): Promise<void> {
  const failure = await shell.openPath(file);
  if (failure) throw new Error(`无法用系统程序打开文件(${failure}):${file}`);
}

function denyNewWindowsAndWebviews(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

async function showAbout(electron: ElectronApi, version: string): Promise<void> {
  await electron.dialog.showMessageBox({
    type: 'info',
    title: '关于物业台账',
    message: `物业台账 ${version}`,
    detail:
      '物业管理处前台台账:投诉、报修、回访、来电、遗失声明。离线运行,数据只保存在本机。\n' +
      '打印字体:Noto Sans SC © Adobe / Google,SIL Open Font License 1.1。',
    buttons: ['确定'],
  });
}
