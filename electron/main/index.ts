import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell, utilityProcess } from 'electron';
import { openApp } from '../app/openApp';
import { useRenderChildren } from '../app/forms/renderChild';
import { utilityRenderChildren } from './renderChildren';
import { startMain } from './startMain';
import { cliArguments } from './cliArguments';

// Built layout (electron-vite): out/main/index.js, out/preload/index.cjs, out/renderer/ (index.html, assets/).
const mainDir = dirname(fileURLToPath(import.meta.url));
// Forms render in utility processes running the built renderProcess.js (electron.vite.config.ts), beside this file.
useRenderChildren(utilityRenderChildren(utilityProcess, join(mainDir, 'renderProcess.js')));

const cli = cliArguments(process.argv, app.isPackaged);
if (cli) {
  // `taizhang archive export …`: the same bundled command line as out/main/cli.js, run by the app's runtime; no window.
  // Once ready: a utility process (which renders the archive's forms) can only be started then.
  void app
    .whenReady()
    .then(() => import('../cli/cli'))
    .then(({ runCli }) => runCli(cli))
    .then(
      (code) => app.exit(code),
      (error: unknown) => {
        console.error('[taizhang]', error);
        app.exit(1);
      },
    );
} else {
  void startMain(
    { app, BrowserWindow, dialog, ipcMain, Menu, shell, protocol },
    {
      files: { preload: join(mainDir, '../preload/index.cjs'), rendererDir: join(mainDir, '../renderer') },
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
}
