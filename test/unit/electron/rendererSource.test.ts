import { describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

vi.mock('electron', () => ({}));

import { isAppPage, isAppResource, resolveRendererSource } from '../../../electron/main/rendererSource';

const indexFile = resolve('/opt/taizhang/out/renderer/index.html');
const appPage = pathToFileURL(indexFile).href;

describe('resolveRendererSource', () => {
  it('uses the dev server only in development and only on loopback', () => {
    expect(resolveRendererSource({ isPackaged: false, devUrl: 'http://localhost:5173', indexFile })).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173',
    });
    expect(resolveRendererSource({ isPackaged: false, devUrl: 'http://127.0.0.1:5173/', indexFile }).kind).toBe('dev');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app and for remote hosts', () => {
    const fileSource = { kind: 'file', indexFile };
    expect(resolveRendererSource({ isPackaged: true, devUrl: 'http://localhost:5173', indexFile })).toEqual(fileSource);
    expect(resolveRendererSource({ isPackaged: false, devUrl: 'https://evil.example', indexFile })).toEqual(fileSource);
    expect(resolveRendererSource({ isPackaged: false, devUrl: 'file:///etc/passwd', indexFile })).toEqual(fileSource);
    expect(resolveRendererSource({ isPackaged: false, devUrl: undefined, indexFile })).toEqual(fileSource);
  });
});

describe('isAppPage / isAppResource', () => {
  const source = { kind: 'file', indexFile } as const;

  it('accepts the index page with any route, nothing else', () => {
    expect(isAppPage(source, appPage)).toBe(true);
    expect(isAppPage(source, `${appPage}#/complaints`)).toBe(true);
    expect(isAppPage(source, pathToFileURL(resolve('/opt/taizhang/out/renderer/other.html')).href)).toBe(false);
    expect(isAppPage(source, 'https://example.com/index.html')).toBe(false);
    expect(isAppPage(source, 'not a url')).toBe(false);
  });

  it('counts files under the renderer folder as app resources, not its siblings', () => {
    expect(isAppResource(source, pathToFileURL(resolve('/opt/taizhang/out/renderer/assets/index-abc.js')).href)).toBe(true);
    expect(isAppResource(source, pathToFileURL(resolve('/opt/taizhang/out/renderer-evil/x.html')).href)).toBe(false);
    expect(isAppResource(source, pathToFileURL(resolve('/opt/taizhang/out/main/index.js')).href)).toBe(false);
  });
});
