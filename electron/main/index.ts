import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import { openApp } from '../app/openApp';
import { startMain } from './startMain';

// Built layout (electron-vite): out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const mainDir = dirname(fileURLToPath(import.meta.url));

void startMain(
  { app, BrowserWindow, dialog, ipcMain, Menu, shell },
  {
    files: { preload: join(mainDir, '../preload/index.cjs'), rendererIndex: join(mainDir, '../renderer/index.html') },
    env: process.env,
    electronVersion: process.versions.electron ?? 'unknown',
    platform: process.platform,
    openApp,
    fileExists: existsSync,
  },
).catch((error: unknown) => {
  console.error('[taizhang] 启动失败 / start-up failed:', error);
  dialog.showErrorBox('物业台账无法启动', error instanceof Error ? error.message : String(error));
  app.quit();
});
