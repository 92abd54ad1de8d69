#!/usr/bin/env node
/**
 * Makes sure a better-sqlite3 built for the installed Electron's ABI exists at
 *   .native/electron-<electronVersion>/better_sqlite3.node
 * (git-ignored; electron/main/nativeBinding.ts reads the same path). node_modules keeps the Node build, so
 * `npm test` runs on plain Node while `npm start` runs Electron: neither rebuild undoes the other.
 *
 * Steps, in a temporary copy of node_modules/better-sqlite3 (never touching the Node build):
 *   1. prebuild-install --runtime=electron --target=<ver>       (downloads a prebuilt binary from GitHub)
 *   2. node-gyp rebuild --release --runtime=electron --target=<ver> --dist-url=https://electronjs.org/headers
 *      (downloads Electron's headers and compiles; needs Python and a C++ toolchain)
 * Both need the network once. Packaged builds do not use this: electron-builder rebuilds native modules itself.
 *
 * Usage: node scripts/electron-native.mjs [--force]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));

function say(zh, en) {
  console.log(`[electron-native] ${zh}\n[electron-native] ${en}`);
}

function fail(zh, en) {
  console.error(`[electron-native] 失败:${zh}\n[electron-native] FAILED: ${en}`);
  process.exit(1);
}

const electronPackage = join(root, 'node_modules', 'electron', 'package.json');
if (!existsSync(electronPackage)) {
  fail('未安装 electron 包(请先运行 npm install)。', 'the electron package is not installed (run npm install first).');
}
const electronVersion = JSON.parse(readFileSync(electronPackage, 'utf8')).version;
const electronAbi = readAbi();
const target = join(root, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');

if (existsSync(target) && !process.argv.includes('--force')) {
  say(`已存在,跳过:${relative(root, target)}`, `already present, skipping: ${relative(root, target)}`);
  process.exit(0);
}

const source = join(root, 'node_modules', 'better-sqlite3');
if (!existsSync(join(source, 'package.json'))) {
  fail('未安装 better-sqlite3(请先运行 npm install)。', 'better-sqlite3 is not installed (run npm install first).');
}

const work = mkdtempSync(join(tmpdir(), 'taizhang-electron-native-'));
const copy = join(work, 'better-sqlite3');
// The copy leaves out build/: whatever ends up in build/Release must come from an Electron build step,
// never be the Node binary that was already there.
cpSync(source, copy, {
  recursive: true,
  dereference: true,
  filter: (file) => !(relative(source, file) === 'build' || relative(source, file).startsWith(`build${sep}`)),
});

// The machine's npm config may carry nodedir (here: /usr, Node 20's headers). Through `npx`, or under `npm start`,
// node-gyp would then silently compile against Node's headers instead of Electron's. The tools are therefore run
// directly with Node, with npm's nodedir/target/runtime settings removed from the environment.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(name)),
);
const built = join(copy, 'build', 'Release', 'better_sqlite3.node');

say(
  `正在为 Electron ${electronVersion}(ABI ${electronAbi ?? '?'})准备 better-sqlite3,工作目录 ${work}`,
  `preparing better-sqlite3 for Electron ${electronVersion} (ABI ${electronAbi ?? '?'}) in ${work}`,
);

const attempts = [
  {
    name: 'prebuild-install',
    bin: 'prebuild-install/bin.js',
    args: ['--runtime=electron', `--target=${electronVersion}`, '--verbose'],
  },
  {
    name: 'node-gyp rebuild',
    bin: 'node-gyp/bin/node-gyp.js',
    args: ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
  },
];

let produced = false;
for (const attempt of attempts) {
  let bin;
  try {
    bin = require.resolve(attempt.bin);
  } catch {
    say(`找不到 ${attempt.name},跳过这一步。`, `${attempt.name} is not installed, skipping this step.`);
    continue;
  }
  say(`尝试 ${attempt.name} …`, `trying ${attempt.name} …`);
  const result = spawnSync(process.execPath, [bin, ...attempt.args], { cwd: copy, env, stdio: 'inherit' });
  if (result.status === 0 && existsSync(built)) {
    produced = true;
    break;
  }
  say(
    `${attempt.name} 没有成功(退出码 ${result.status ?? result.signal})。`,
    `${attempt.name} did not succeed (exit ${result.status ?? result.signal}).`,
  );
}

if (!produced) {
  rmSync(work, { recursive: true, force: true });
  fail(
    `无法得到 Electron ${electronVersion} 版的 better-sqlite3。两种方式都需要联网一次:` +
      '下载预编译文件(GitHub),或下载 Electron 头文件(electronjs.org)后用 Python 和 C++ 编译器编译。' +
      '请联网后重试;或在别的机器上生成该文件后复制到 ' + relative(root, target) + '。',
    `could not obtain better-sqlite3 for Electron ${electronVersion}. Both routes need the network once: a ` +
      'prebuilt binary from GitHub, or Electron headers from electronjs.org plus Python and a C++ toolchain. ' +
      `Retry when online, or build it elsewhere and copy it to ${relative(root, target)}.`,
  );
}

const mismatch = abiMismatch(built);
if (mismatch) {
  rmSync(work, { recursive: true, force: true });
  fail(`生成的文件不是 Electron 版本:${mismatch}`, `the produced file is not an Electron build: ${mismatch}`);
}

mkdirSync(dirname(target), { recursive: true });
copyFileSync(built, target);
rmSync(work, { recursive: true, force: true });
say(`完成:${relative(root, target)}`, `done: ${relative(root, target)}`);

function readAbi() {
  try {
    return readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * A module that loads in this Node was built for Node, not Electron. One that refuses with a
 * NODE_MODULE_VERSION names the ABI it was built for, which must be Electron's.
 */
function abiMismatch(file) {
  try {
    process.dlopen({ exports: {} }, file);
    return `它能在 Node ${process.version} 中加载 / it loads in Node ${process.version}`;
  } catch (error) {
    const found = /NODE_MODULE_VERSION (\d+)\. This version/.exec(String(error?.message))?.[1];
    if (found && electronAbi && found !== electronAbi) {
      return `ABI ${found} ≠ Electron ${electronAbi}`;
    }
    return null;
  }
}
