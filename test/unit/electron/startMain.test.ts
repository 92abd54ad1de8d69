import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { join, resolve } from 'node:path';

vi.mock('electron', () => ({}));

import { channelNames } from '../../../shared/contract/channels';
import { NewerDatabaseError } from '../../../electron/app/db/newerDatabase';
import type { App as TaizhangApp } from '../../../electron/app/openApp';
import { startMain, type ElectronApi, type MainOptions } from '../../../electron/main/startMain';
import { FakeBrowserWindow, FakeEmitter, FakeProtocol } from './fakeElectron';

class FakeApp extends FakeEmitter {
  isPackaged = true;
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  whenReady = vi.fn(async () => undefined);
  getAppPath = vi.fn(() => resolve('/src/taizhang'));
  getVersion = vi.fn(() => '0.1.0');
}

function fakeElectron() {
  const app = new FakeApp();
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    ipcMain: { handle: vi.fn() },
    shell: { openPath: vi.fn(async (_file: string) => '') },
    protocol: new FakeProtocol(),
  };
  return { electron, api: electron as unknown as ElectronApi, app };
}

function fakeOpened() {
  return { invoke: vi.fn(), close: vi.fn(async () => undefined) } as unknown as TaizhangApp & {
    close: ReturnType<typeof vi.fn>;
  };
}

const files = { preload: resolve('/opt/taizhang/out/preload/index.cjs'), rendererDir: resolve('/opt/taizhang/out/renderer') };

function options(overrides: Partial<MainOptions> = {}): MainOptions {
  return {
    files,
    env: {},
    electronVersion: '45.4.1',
    platform: 'win32',
    openApp: vi.fn(async () => fakeOpened()),
    fileExists: () => true,
    ...overrides,
  };
}

/** Let promise chains started by a listener (close → quit) run to the end. */
const settle = () => new Promise((done) => setImmediate(done));

beforeEach(() => {
  FakeBrowserWindow.created = [];
  // startMain logs open failures for the administrator; keep the test output clean.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('startMain', () => {
  it('quits at once when another instance holds the lock, opening nothing', async () => {
    const { api, app, electron } = fakeElectron();
    app.requestSingleInstanceLock.mockReturnValue(false);
    const opts = options();
    await startMain(api, opts);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(opts.openApp).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('opens the data folder, registers every channel, sets the menu and shows the window', async () => {
    const { api, electron } = fakeElectron();
    const opts = options({ env: { TAIZHANG_DATA_DIR: resolve('/srv/office-data') } });
    await startMain(api, opts);

    expect(opts.openApp).toHaveBeenCalledOnce();
    const openOptions = vi.mocked(opts.openApp).mock.calls[0]![0];
    expect(openOptions.dataDir).toBe(resolve('/srv/office-data'));
    expect(openOptions.nativeBinding).toBeUndefined();
    expect(electron.ipcMain.handle.mock.calls.map(([name]) => name).sort()).toEqual([...channelNames].sort());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const window = FakeBrowserWindow.created[0]!;
    expect(window.options.webPreferences?.preload).toBe(files.preload);
    expect(window.loadURL).toHaveBeenCalledWith('app://taizhang/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('registers app:// as a privileged scheme before the app is ready, and serves it once ready', async () => {
    const { api, app, electron } = fakeElectron();
    let registeredWhenReadyWasAsked: boolean | null = null;
    app.whenReady.mockImplementation(async () => {
      registeredWhenReadyWasAsked = electron.protocol.registerSchemesAsPrivileged.mock.calls.length > 0;
      // Not served before ready: protocol.handle needs the session that ready brings.
      expect(electron.protocol.handle).not.toHaveBeenCalled();
    });
    await startMain(api, options());
    expect(registeredWhenReadyWasAsked).toBe(true);
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(electron.protocol.handle).toHaveBeenCalledOnce();
    expect(electron.protocol.handlers.has('app')).toBe(true);
    // Served before the window loads it.
    expect(electron.protocol.handle.mock.invocationCallOrder[0]!).toBeLessThan(FakeBrowserWindow.created[0]!.loadURL.mock.invocationCallOrder[0]!);
  });

  it('in development loads the dev server and serves no app://', async () => {
    const { api, app, electron } = fakeElectron();
    app.isPackaged = false;
    await startMain(api, options({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }));
    expect(FakeBrowserWindow.created[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.protocol.handle).not.toHaveBeenCalled();
  });

  it('uses the data folder shared with the browser mode and the CLI when none is given', async () => {
    const { api } = fakeElectron();
    const opts = options({ env: { XDG_CONFIG_HOME: resolve('/home/clerk/.config') }, platform: 'linux' });
    await startMain(api, opts);
    expect(vi.mocked(opts.openApp).mock.calls[0]![0].dataDir).toBe(join(resolve('/home/clerk/.config'), 'taizhang', 'data'));
  });

  it('shows the Chinese message and quits when the database is from a newer version', async () => {
    const { api, app, electron } = fakeElectron();
    const error = new NewerDatabaseError(9, 1);
    await startMain(api, options({ openApp: vi.fn(async () => Promise.reject(error)) }));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('数据文件版本较新');
    expect(message).toContain(error.message);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('shows an error box and quits on any other open failure', async () => {
    const { api, app, electron } = fakeElectron();
    await startMain(api, options({ openApp: vi.fn(async () => Promise.reject(new Error('SQLITE_CANTOPEN'))) }));
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('物业台账无法启动');
    expect(message).toContain('SQLITE_CANTOPEN');
    expect(app.quit).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('in development passes the Electron-ABI better-sqlite3 build, and refuses to start without it', async () => {
    const withBuild = fakeElectron();
    withBuild.app.isPackaged = false;
    const opts = options();
    await startMain(withBuild.api, opts);
    expect(vi.mocked(opts.openApp).mock.calls[0]![0].nativeBinding).toBe(
      join(resolve('/src/taizhang'), '.native', 'electron-45.4.1', 'better_sqlite3.node'),
    );

    const without = fakeElectron();
    without.app.isPackaged = false;
    const missing = options({ fileExists: () => false });
    await startMain(without.api, missing);
    expect(missing.openApp).not.toHaveBeenCalled();
    expect(without.electron.dialog.showErrorBox.mock.calls[0]![1]).toContain('electron-native.mjs');
    expect(without.app.quit).toHaveBeenCalledOnce();
  });

  it('opens files in the system viewer and turns its error text into a rejection', async () => {
    const { api, electron } = fakeElectron();
    const opts = options();
    await startMain(api, opts);
    const host = vi.mocked(opts.openApp).mock.calls[0]![0].host!;
    await expect(host.openInViewer!('/tmp/form.pdf')).resolves.toBeUndefined();
    expect(electron.shell.openPath).toHaveBeenCalledWith('/tmp/form.pdf');
    electron.shell.openPath.mockResolvedValueOnce('No application is associated');
    await expect(host.openInViewer!('/tmp/form.pdf')).rejects.toThrow('No application is associated');
  });

  it('offers the system folder picker to the app, titled by the main process, null when cancelled', async () => {
    const { api, electron } = fakeElectron();
    const showOpenDialog = vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: ['E:\\'] }));
    Object.assign(electron.dialog, { showOpenDialog });
    const opts = options();
    await startMain(api, opts);
    const host = vi.mocked(opts.openApp).mock.calls[0]![0].host!;
    await expect(host.chooseFolder!('选择保存归档的文件夹(如U盘)')).resolves.toBe('E:\\');
    const [window, dialogOptions] = showOpenDialog.mock.calls[0]!;
    expect(window).toBe(FakeBrowserWindow.created[0]);
    expect(dialogOptions).toEqual({ title: '选择保存归档的文件夹(如U盘)', properties: ['openDirectory', 'createDirectory'] });
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(host.chooseFolder!('x')).resolves.toBeNull();
  });

  it('has no folder picker where the dialog module lacks one', async () => {
    const { api } = fakeElectron();
    const opts = options();
    await startMain(api, opts);
    expect(vi.mocked(opts.openApp).mock.calls[0]![0].host!.chooseFolder).toBeUndefined();
  });

  it('brings the existing window forward when a second instance starts', async () => {
    const { api, app } = fakeElectron();
    await startMain(api, options());
    const window = FakeBrowserWindow.created[0]!;
    window.minimized = true;
    app.emit('second-instance', {}, [], '');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('closes the database before quitting, once', async () => {
    const { api, app } = fakeElectron();
    const opened = fakeOpened();
    await startMain(api, options({ openApp: vi.fn(async () => opened) }));

    const first = { preventDefault: vi.fn() };
    app.emit('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(opened.close).toHaveBeenCalledOnce();
    await settle();
    expect(app.quit).toHaveBeenCalledOnce();

    // The quit that follows finds the database closed and lets the app go.
    const second = { preventDefault: vi.fn() };
    app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(opened.close).toHaveBeenCalledOnce();
  });

  it('denies new windows and webviews in every web contents', async () => {
    const { api, app } = fakeElectron();
    await startMain(api, options());
    const contents = new FakeEmitter() as FakeEmitter & { setWindowOpenHandler: ReturnType<typeof vi.fn> };
    contents.setWindowOpenHandler = vi.fn();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler.mock.calls[0]![0]()).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalledOnce();
  });
});
