import { fork, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { databaseFileName } from '../../electron/app/openApp';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { WorkerAnswer, WorkerCommand } from './appWorker';

const here = dirname(fileURLToPath(import.meta.url));
let bundled: Promise<string> | undefined;

/**
 * appWorker.ts bundled the way electron-vite bundles the main process (one ESM file of the app's own code, the
 * dependencies left in node_modules), so the child runs plain Node without tsx's loader and its transformed
 * sources in memory. Written under bench/.cache/ so node_modules resolves.
 */
function bundleWorker(): Promise<string> {
  bundled ??= (async () => {
    const outfile = join(here, '..', '.cache', 'app-worker', 'appWorker.mjs');
    await build({ entryPoints: [join(here, 'appWorker.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error', define: { __TAIZHANG_BUNDLED__: 'true' } });
    // The render pool starts ./renderProcess.js beside the bundle, as in the built app (electron.vite.config.ts).
    const renderFile = join(dirname(outfile), 'renderProcess.js');
    await build({ entryPoints: [join(here, '..', '..', 'electron', 'app', 'forms', 'renderProcess.ts')], outfile: renderFile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
    return outfile;
  })();
  return bundled;
}

/**
 * The app in a child process of its own (appWorker.ts): each command answers its result and the child's peak RSS.
 * It works on a copy of the office's database (printing and exporting write history rows), the scans linked.
 */
export class MainProcess {
  private workDir: string | undefined;
  /** The highest peak any command answered since the last mark(): the part's 主进程峰值内存. */
  peakSinceMarkMB = 0;
  /** The same for its render processes (each one's own peak; they run beside it, not in it). */
  renderPeakSinceMarkMB = 0;
  private constructor(
    private child: ChildProcess,
    private readonly dataDir: string,
    private readonly now: string,
  ) {}

  static async openCopy(office: { dataDir: string; databaseFile: string }, now: string): Promise<{ main: MainProcess; answer: WorkerAnswer; workDir: string }> {
    const workDir = mkdtempSync(join(tmpdir(), 'taizhang-bench-main-'));
    const dataDir = join(workDir, 'data');
    mkdirSync(dataDir);
    cpSync(office.databaseFile, join(dataDir, databaseFileName));
    if (existsSync(`${office.databaseFile}-wal`)) cpSync(`${office.databaseFile}-wal`, join(dataDir, `${databaseFileName}-wal`));
    if (existsSync(join(office.dataDir, 'attachments'))) symlinkSync(join(office.dataDir, 'attachments'), join(dataDir, 'attachments'));
    const { main, answer } = await MainProcess.open(dataDir, now);
    main.workDir = workDir;
    return { main, answer, workDir };
  }

  static async open(dataDir: string, now: string): Promise<{ main: MainProcess; answer: WorkerAnswer }> {
    const main = new MainProcess(await MainProcess.fork(), dataDir, now);
    return { main, answer: await main.send({ cmd: 'open', dataDir, now }) };
  }

  /**
   * `--main-heap-mb N` starts the child with V8's old space capped at N MB: with it, the peaks of long printing
   * runs show whether they are garbage V8 has not yet collected (they fall, at the same speed) or memory held.
   */
  static heapCapMB: number | null = null;

  private static async fork(): Promise<ChildProcess> {
    const execArgv = MainProcess.heapCapMB ? [`--max-old-space-size=${MainProcess.heapCapMB}`] : [];
    return fork(await bundleWorker(), [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  }

  /** Close the app and start a new child on the same data folder (what the copy holds, prints/ included, stays). */
  async restart(): Promise<WorkerAnswer> {
    await this.send({ cmd: 'close' }).catch(() => undefined);
    if (this.child.exitCode === null) this.child.kill();
    this.child = await MainProcess.fork();
    return this.send({ cmd: 'open', dataDir: this.dataDir, now: this.now });
  }

  mark(): void {
    this.peakSinceMarkMB = 0;
    this.renderPeakSinceMarkMB = 0;
  }

  send(command: WorkerCommand): Promise<WorkerAnswer> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`app worker exited (${code}) during ${command.cmd}`));
      this.child.once('exit', onExit);
      this.child.once('message', (answer: WorkerAnswer) => {
        this.child.off('exit', onExit);
        this.peakSinceMarkMB = Math.max(this.peakSinceMarkMB, answer.peakRssMB);
        this.renderPeakSinceMarkMB = Math.max(this.renderPeakSinceMarkMB, answer.renderPeakRssMB);
        if (answer.ok) resolve(answer);
        else reject(new Error(`app worker ${command.cmd}: ${answer.error}`));
      });
      this.child.send(command);
    });
  }

  async close(): Promise<void> {
    await this.send({ cmd: 'close' }).catch(() => undefined);
    if (this.child.exitCode === null) this.child.kill();
    if (this.workDir) rmSync(this.workDir, { recursive: true, force: true });
  }
}
