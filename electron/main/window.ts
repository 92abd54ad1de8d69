import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { appPageUrl, isAppPage, type RendererSource } from './rendererSource';
import { applySessionPolicy } from './sessionPolicy';

export const windowTitle = '物业台账';

/** The one window's options: the renderer gets no Node, runs sandboxed and isolated, and sees only the preload. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    title: windowTitle,
    // Shown on ready-to-show, so the clerk never sees a blank white frame.
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Create the window, lock down its session and where it may go, then load the app's page. */
export function createMainWindow(
  BrowserWindowCtor: BrowserWindowClass,
  options: { preloadPath: string; source: RendererSource },
): BrowserWindow {
  const window = new BrowserWindowCtor(mainWindowOptions(options.preloadPath));
  applySessionPolicy(window.webContents.session, options.source);
  lockNavigation(window.webContents, options.source);
  window.once('ready-to-show', () => window.show());
  void loadApp(window, options.source);
  return window;
}

/** The page never leaves the app: no navigation elsewhere, in the window or any frame in it, no new windows. */
export function lockNavigation(contents: WebContents, source: RendererSource): void {
  contents.on('will-navigate', (event) => {
    if (!isAppPage(source, event.url)) event.preventDefault();
  });
  // A frame (the print preview's PDF, say) navigating is not a will-navigate of the window.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppPage(source, event.url) && !isInertFrameUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPage(source, event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** What the app's own frames show without leaving it: a PDF handed over as a blob, or a blank frame. */
function isInertFrameUrl(url: string): boolean {
  return url.startsWith('blob:') || url === 'about:blank' || url.startsWith('data:application/pdf');
}

async function loadApp(window: BrowserWindow, source: RendererSource): Promise<void> {
  try {
    // Built: app://taizhang/index.html (appProtocol.ts), never file://.
    await window.loadURL(appPageUrl(source));
  } catch (error) {
    // A failed load leaves the window blank; say why in the log rather than crash the main process.
    console.error('[taizhang] 无法加载界面 / failed to load the renderer:', error);
  }
}
