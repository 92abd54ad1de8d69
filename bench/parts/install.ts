import { execFileSync, fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { officeNow } from '../generator/office';
import type { BenchPart, Figure } from '../measure/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 2 ** 20;

function bytesUnder(dir: string, keep: (path: string) => boolean = () => true): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && keep(path)) total += statSync(path).size;
  }
  return total;
}

/** package.json "dependencies" and theirs, as electron-builder copies them (production node_modules). */
function productionPackages(): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !existsSync(join(root, 'node_modules', name, 'package.json'))) return;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dependency);
  };
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(own.dependencies)) visit(name);
  return [...seen];
}

// electron-builder.yml leaves out the print fonts' unused weights and the source maps.
const unusedWeight = /noto-sans-(sc|jp)\/(100Thin|200ExtraLight|300Light|500Medium|600SemiBold|800ExtraBold|900Black)\//;

/**
 * 安装与启动 (issue 22): the build electron-builder would pack (electron-vite build: out/, and the production
 * node_modules per electron-builder.yml, before asar), and the main process's start under plain Node — process
 * start to 今日待办 answered, by the same openApp the desktop main process calls. No Electron binary runs here:
 * its own start (the binary, the window, the renderer's first paint) is not in these figures.
 */
export const installPart: BenchPart = {
  name: 'install',
  async run({ office, runs }) {
    const buildStarted = performance.now();
    execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' });
    const buildSeconds = (performance.now() - buildStarted) / 1000;
    const noMaps = (path: string) => !path.endsWith('.map');
    const main = bytesUnder(join(root, 'out', 'main'), noMaps);
    const out = bytesUnder(join(root, 'out'), noMaps);
    const packages = productionPackages();
    const modules = packages.reduce((sum, name) => sum + bytesUnder(join(root, 'node_modules', name), (path) => !unusedWeight.test(relative(root, path))), 0);

    const probe = join(root, 'bench', '.cache', 'app-worker', 'startProbe.mjs');
    await build({ entryPoints: [join(root, 'bench', 'measure', 'startProbe.ts')], outfile: probe, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error', define: { __TAIZHANG_BUNDLED__: 'true' } });
    const starts: number[] = [];
    const loads: number[] = [];
    for (let i = 0; i < Math.min(runs, 5) + 1; i++) {
      const { deskMs, loadedMs } = await new Promise<{ deskMs: number; loadedMs: number }>((resolve, reject) => {
        const child = fork(probe, [office.dataDir, officeNow], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        child.once('message', (answer) => resolve(answer as { deskMs: number; loadedMs: number }));
        child.once('exit', (code) => reject(new Error(`start probe exited (${code})`)));
      });
      if (i > 0) (starts.push(deskMs), loads.push(loadedMs));
    }
    starts.sort((a, b) => a - b);
    loads.sort((a, b) => a - b);
    const figures: Figure[] = [
      { part: 'install', name: '主进程打包后(out/main,不含 .map)', value: main / MB, unit: 'MB', note: `electron-vite build ${buildSeconds.toFixed(0)} s` },
      { part: 'install', name: 'app.asar 内容(out/ 与生产依赖,打包前)', value: (out + modules) / MB, unit: 'MB', note: `out/ ${(out / MB).toFixed(1)} MB + node_modules ${(modules / MB).toFixed(1)} MB(${packages.length} 个包);不含 Electron 本身` },
      {
        part: 'install',
        name: '主进程启动到今日待办(Node,非 Electron)',
        app: { median: starts[Math.floor((starts.length - 1) / 2)]!, p95: starts.at(-1)!, runs: starts.length },
        note: `进程启动起算,同一 openApp;其中载入代码 ${loads[Math.floor((loads.length - 1) / 2)]!.toFixed(0)} ms;最慢 ${starts.at(-1)!.toFixed(0)} ms;真实 Electron 启动无法在此测量`,
      },
    ];
    return figures;
  },
};
