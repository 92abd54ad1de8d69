import { describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

vi.mock('electron', () => ({}));

import { appPageUrl, isAppPage, isAppResource, resolveRendererSource, type RendererSource } from '../../../electron/main/rendererSource';

const rendererDir = resolve('/opt/taizhang/out/renderer');
const builtSource: RendererSource = { kind: 'built', rendererDir };

describe('resolveRendererSource', () => {
  it('uses the dev server only in development and only on loopback', () => {
    expect(resolveRendererSource({ isPackaged: false, devUrl: 'http://localhost:5173', rendererDir })).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173',
    });
    expect(resolveRendererSource({ isPackaged: false, devUrl: 'http://127.0.0.1:5173/', rendererDir }).kind).toBe('dev');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app and for remote hosts', () => {
    expect(resolveRendererSource({ isPackaged: true, devUrl: 'http://localhost:5173', rendererDir })).toEqual(builtSource);
    expect(resolveRendererSource({ isPackaged: false, devUrl: 'https://evil.example', rendererDir })).toEqual(builtSource);
    expect(resolveRendererSource({ isPackaged: false, devUrl: 'file:///etc/passwd', rendererDir })).toEqual(builtSource);
    expect(resolveRendererSource({ isPackaged: false, devUrl: 'app://taizhang/index.html', rendererDir })).toEqual(builtSource);
    expect(resolveRendererSource({ isPackaged: false, devUrl: undefined, rendererDir })).toEqual(builtSource);
  });
});

describe('appPageUrl', () => {
  it('is app://taizhang/index.html for the built files, the server for development', () => {
    expect(appPageUrl(builtSource)).toBe('app://taizhang/index.html');
    expect(appPageUrl({ kind: 'dev', url: 'http://localhost:5173' })).toBe('http://localhost:5173');
  });
});

describe('isAppPage / isAppResource', () => {
  it('accepts the app:// index page with any route, nothing else', () => {
    expect(isAppPage(builtSource, 'app://taizhang/index.html')).toBe(true);
    expect(isAppPage(builtSource, 'app://taizhang/index.html#/complaints')).toBe(true);
    expect(isAppPage(builtSource, 'app://taizhang/#/desk')).toBe(true);
    expect(isAppPage(builtSource, 'app://taizhang/other.html')).toBe(false);
    expect(isAppPage(builtSource, 'app://taizhang/assets/index.html')).toBe(false);
    expect(isAppPage(builtSource, 'app://other/index.html')).toBe(false);
    expect(isAppPage(builtSource, 'app://taizhang:8080/index.html')).toBe(false);
    expect(isAppPage(builtSource, 'app://user@taizhang/index.html')).toBe(false);
    expect(isAppPage(builtSource, 'https://taizhang/index.html')).toBe(false);
    expect(isAppPage(builtSource, 'https://example.com/index.html')).toBe(false);
    expect(isAppPage(builtSource, 'not a url')).toBe(false);
  });

  it('no longer takes the built index.html on file:// for the app', () => {
    const filePage = pathToFileURL(resolve(rendererDir, 'index.html')).href;
    expect(isAppPage(builtSource, filePage)).toBe(false);
    expect(isAppPage(builtSource, `${filePage}#/desk`)).toBe(false);
    expect(isAppResource(builtSource, pathToFileURL(resolve(rendererDir, 'assets/index-abc.js')).href)).toBe(false);
  });

  it('counts everything on app://taizhang as the app, other origins not', () => {
    expect(isAppResource(builtSource, 'app://taizhang/assets/index-abc.js')).toBe(true);
    expect(isAppResource(builtSource, 'app://taizhang-evil/x.html')).toBe(false);
    expect(isAppResource(builtSource, 'http://taizhang/assets/index-abc.js')).toBe(false);
  });

  it('in development takes the dev server origin only', () => {
    const dev: RendererSource = { kind: 'dev', url: 'http://localhost:5173' };
    expect(isAppPage(dev, 'http://localhost:5173/#/rooms')).toBe(true);
    expect(isAppPage(dev, 'http://localhost:5174/')).toBe(false);
    expect(isAppPage(dev, 'app://taizhang/index.html')).toBe(false);
  });
});
