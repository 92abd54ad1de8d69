import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Nothing here may reach the real 'electron' package (it would try to download a binary).
vi.mock('electron', () => ({}));

import { contentSecurityPolicy } from '../../../shared/contract/csp';
import { devContentSecurityPolicy } from '../../../electron/main/contentSecurityPolicy';
import { createMainWindow, mainWindowOptions, type BrowserWindowClass } from '../../../electron/main/window';
import type { RendererSource } from '../../../electron/main/rendererSource';
import { FakeBrowserWindow, navigationEvent } from './fakeElectron';

const rendererDir = resolve('/opt/taizhang/out/renderer');
const appPage = 'app://taizhang/index.html';
// The same built page as file://: the app before issue 19, no longer its page.
const filePage = pathToFileURL(resolve(rendererDir, 'index.html')).href;
const builtSource: RendererSource = { kind: 'built', rendererDir };
const devSource: RendererSource = { kind: 'dev', url: 'http://localhost:5173' };
const preloadPath = resolve('/opt/taizhang/out/preload/index.cjs');

function open(source: RendererSource = builtSource): FakeBrowserWindow {
  const window = createMainWindow(FakeBrowserWindow as unknown as BrowserWindowClass, { preloadPath, source });
  return window as unknown as FakeBrowserWindow;
}

beforeEach(() => {
  FakeBrowserWindow.created = [];
});

describe('main window options', () => {
  it('isolates and sandboxes the renderer and gives it only the CommonJS preload', () => {
    const prefs = mainWindowOptions(preloadPath).webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe(preloadPath);
    expect(prefs.preload).toMatch(/\.cjs$/);
  });

  it('opens hidden at a desk-sized, titled window', () => {
    const options = mainWindowOptions(preloadPath);
    expect(options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 680, title: '物业台账', show: false });
  });
});

describe('createMainWindow', () => {
  it('shows the window only when it is ready', () => {
    const window = open();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the built page from app://taizhang/, never file://, or the dev server URL in development', () => {
    const built = open();
    expect(built.loadURL).toHaveBeenCalledWith('app://taizhang/index.html');
    expect(built.loadURL).toHaveBeenCalledOnce();
    expect(built.loadFile).not.toHaveBeenCalled();

    const dev = open({ kind: 'dev', url: 'http://localhost:5173' });
    expect(dev.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(dev.loadFile).not.toHaveBeenCalled();
  });

  it('denies every window.open', () => {
    const window = open();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler?.({ url: appPage })).toEqual({ action: 'deny' });
  });

  it('prevents navigation away from the app page but allows its own hash routes', () => {
    const window = open();
    for (const url of ['https://evil.example/', 'http://127.0.0.1:8080/', pathToFileURL(resolve('/etc/passwd')).href, 'app://other/index.html']) {
      const event = navigationEvent(url);
      window.webContents.emit('will-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    for (const url of [`${appPage}#/complaints/new`, 'app://taizhang/#/desk']) {
      const own = navigationEvent(url);
      window.webContents.emit('will-navigate', own);
      expect(own.preventDefault, url).not.toHaveBeenCalled();
    }
  });

  it('refuses the built page on file:// (navigation, frames and redirects alike)', () => {
    const window = open();
    for (const kind of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const event = navigationEvent(`${filePage}#/desk`);
      window.webContents.emit(kind, event);
      expect(event.preventDefault, kind).toHaveBeenCalled();
    }
  });

  it('prevents any frame in the page from navigating away, leaving blob PDFs and blank frames alone', () => {
    const window = open();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const event = navigationEvent(url);
      window.webContents.emit('will-frame-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    for (const url of [`${appPage}#/desk`, 'blob:app://taizhang/0b1c2d3e', 'about:blank']) {
      const event = navigationEvent(url);
      window.webContents.emit('will-frame-navigate', event);
      expect(event.preventDefault, url).not.toHaveBeenCalled();
    }
  });

  it('in development allows the dev server and nothing else', () => {
    const window = open(devSource);
    const own = navigationEvent('http://localhost:5173/#/rooms');
    const other = navigationEvent('http://localhost:5174/');
    window.webContents.emit('will-navigate', own);
    window.webContents.emit('will-navigate', other);
    expect(own.preventDefault).not.toHaveBeenCalled();
    expect(other.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request', () => {
    const session = open().webContents.session;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionHandler?.({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    // Checks without a request are answered no as well.
    for (const permission of ['media', 'notifications', 'hid', 'serial', 'usb']) expect(session.permissionCheckHandler?.({}, permission, appPage, {}), permission).toBe(false);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledOnce();
  });

  it("sets the dev CSP header on the dev server's pages, replacing any the response had", () => {
    const session = open(devSource).webContents.session;
    const callback = vi.fn();
    session.headersListener?.(
      { url: 'http://localhost:5173/', resourceType: 'mainFrame', responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [devContentSecurityPolicy('http://localhost:5173')] },
    });
  });

  it('adds no webRequest hook for the built pages: their app:// handler sets the CSP itself', () => {
    const session = open().webContents.session;
    expect(session.webRequest.onHeadersReceived).not.toHaveBeenCalled();
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
  });

  it('leaves responses that are not the app alone', () => {
    const session = open(devSource).webContents.session;
    const callback = vi.fn();
    session.headersListener?.({ url: 'https://example.com/', resourceType: 'mainFrame', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });
});

describe('content security policy', () => {
  const directives = contentSecurityPolicy.split(';').map((part) => part.trim());

  it("allows only the app's own origin for scripts and everything by default", () => {
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("connect-src 'self'");
  });

  it('names no remote origin and allows no eval or inline script', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:/);
    expect(contentSecurityPolicy).not.toMatch(/wss?:/);
    expect(contentSecurityPolicy).not.toContain('*');
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
    expect(directives.find((directive) => directive.startsWith('script-src'))).toBe("script-src 'self'");
  });

  it('relaxes only script and socket for the dev server, still without eval', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).not.toContain("'unsafe-eval'");
    expect(dev).not.toMatch(/https?:/);
  });
});
