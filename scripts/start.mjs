#!/usr/bin/env node
/**
 * `npm start`.
 * With an Electron binary: make sure better-sqlite3 exists for Electron's ABI (scripts/electron-native.mjs), then
 * `electron-vite preview` — build main, preload and renderer and launch Electron on the built files, as a packaged
 * app would run them. (`npm run dev` is the hot-reloading variant.)
 * Without one (e.g. installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or offline): say so and run the browser mode,
 * `npm run web` (renderer build + the loopback bridge on 127.0.0.1).
 * stdio is passed through and the child's exit code becomes ours.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));

/**
 * Where node_modules/electron's own lookup (index.js) would find the binary — without calling it, because
 * require('electron') starts a download when the binary is missing.
 */
function electronBinary() {
  if (process.env.ELECTRON_EXEC_PATH && existsSync(process.env.ELECTRON_EXEC_PATH)) return process.env.ELECTRON_EXEC_PATH;
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!executable) return null;
  const candidate = join(electronDir, 'dist', executable);
  return existsSync(candidate) ? candidate : null;
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: false });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`[start] 无法启动 / could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** `npm run <script>` through the npm that runs us (npm_execpath), so Windows needs no shell for npm.cmd. */
function runNpmScript(script) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.(c|m)?js$/.test(npmCli)) run(process.execPath, [npmCli, 'run', script]);
  else if (process.platform === 'win32') run(process.env.ComSpec ?? 'cmd.exe', ['/d', '/s', '/c', `npm run ${script}`]);
  else run('npm', ['run', script]);
}

const electron = electronBinary();
if (electron) {
  const native = spawnSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs')], { cwd: root, stdio: 'inherit' });
  if (native.status !== 0) {
    console.error(
      '[start] 缺少 Electron 版 better-sqlite3,无法启动桌面程序;可改用 npm run web(浏览器模式)。\n' +
        '[start] The Electron build of better-sqlite3 is missing, so the desktop app cannot start; npm run web (browser mode) still works.',
    );
    process.exit(native.status ?? 1);
  }
  // electron-vite's package exports do not list its bin, so find it next to its package.json.
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  run(process.execPath, [electronVite, 'preview']);
} else {
  console.log(
    '[start] 本机没有安装 Electron 可执行文件(例如以 ELECTRON_SKIP_BINARY_DOWNLOAD=1 安装,或无法联网),改用浏览器模式:npm run web\n' +
      '[start] 安装 Electron 可执行文件:npx install-electron(需要联网)。\n' +
      '[start] No Electron binary is installed (e.g. ELECTRON_SKIP_BINARY_DOWNLOAD=1, or offline); falling back to browser mode: npm run web\n' +
      '[start] To install the Electron binary: npx install-electron (needs the network).',
  );
  runNpmScript('web');
}
