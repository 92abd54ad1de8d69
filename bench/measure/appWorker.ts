/**
 * The desktop main process, as far as the benchmark can have it without Electron: a child process that opens
 * the app (openApp) on a data folder and runs the app-side calls of a part on command, sampling its own
 * process.memoryUsage().rss every 10 ms and at every step. It holds no raw connection and no bare pdfmake, so
 * its peak is what the main process would hold. Started by mainProcess.ts with tsx; speaks over the IPC channel.
 */
import { openApp, type App } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { verifyArchive } from '../../electron/app/archive/archiveVerify';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { formCacheDir } from '../../electron/app/forms/formCache';
import { mainProcessCalls, supervisor } from './mainCalls';
import { startBridge, type RunningBridge } from '../../electron/bridge/server';

export type WorkerCommand =
  | { cmd: 'open'; dataDir: string; now: string }
  | { cmd: 'part'; name: string; runs: number }
  /** `fresh`: the form cache emptied first, so every form is rendered (a cold export). */
  | { cmd: 'archive'; month: string; outDir: string; fresh: boolean }
  | { cmd: 'verify'; file: string }
  /** The loopback bridge to this app, serving the built renderer, with the office's manager signed in (browser part). */
  | { cmd: 'bridge'; staticDir: string }
  | { cmd: 'stopBridge' }
  | { cmd: 'close' };

export interface WorkerAnswer {
  ok: boolean;
  error?: string;
  peakRssMB: number;
  /** The highest peak (VmHWM) of any one render process (renderProcess.ts) seen during the command; 0 if none ran. */
  renderPeakRssMB: number;
  result?: Record<string, unknown>;
}

let app: App | undefined;
let bridge: RunningBridge | undefined;
let peak = 0;
let renderPeak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
  renderPeak = Math.max(renderPeak, renderProcessesPeak());
};

/** Linux: the children of this process that are render processes, by their own high-water mark of RSS. */
function renderProcessesPeak(): number {
  try {
    const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    let highest = 0;
    for (const pid of children) {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('renderProcess')) continue;
      const kB = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      highest = Math.max(highest, Number(kB ?? 0) * 1024);
    }
    return highest;
  } catch {
    // A child that ended between the listing and the read: its last sample stands.
    return 0;
  }
}
setInterval(sample, 10).unref();

async function run(command: WorkerCommand): Promise<Record<string, unknown> | undefined> {
  if (command.cmd === 'open') {
    const started = performance.now();
    app = await openApp({ dataDir: command.dataDir, clock: fixedClock(command.now) });
    // The start's peak includes the day's backup, which the desktop app takes in the background after opening.
    await app.whenBackupsIdle();
    return { seconds: (performance.now() - started) / 1000 };
  }
  if (command.cmd === 'stopBridge' || command.cmd === 'close') {
    await bridge?.close();
    bridge = undefined;
    if (command.cmd === 'stopBridge') return undefined;
  }
  if (command.cmd === 'close') {
    await app?.close();
    app = undefined;
    return undefined;
  }
  if (!app) throw new Error('app not open');
  if (command.cmd === 'part') {
    const calls = mainProcessCalls[command.name];
    if (!calls) return { replayed: false };
    await calls(app, command.runs, sample);
    return { replayed: true };
  }
  if (command.cmd === 'bridge') {
    await signInManager(app);
    bridge = await startBridge({ invoke: app.invoke, staticDir: command.staticDir, port: 0 });
    return { url: bridge.url };
  }
  if (command.cmd === 'verify') {
    const started = performance.now();
    const verification = await verifyArchive(command.file);
    return { verifySeconds: (performance.now() - started) / 1000, verified: verification.ok, filesChecked: verification.filesChecked, counts: verification.summary?.counts ?? {}, problems: verification.problems.slice(0, 3).map((problem) => problem.message) };
  }
  if (command.fresh) rmSync(formCacheDir(app.ctx.dataDir), { recursive: true, force: true });
  // Export as the archive page does: start the job over the channel, poll its progress until it ends.
  const caller = await supervisor(app);
  const started = performance.now();
  let job = await caller.call('archive.export', { out: command.outDir, period: { month: command.month }, fullData: false });
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    sample();
    job = await caller.call('archive.job', { jobId: job.jobId });
  }
  const exportSeconds = (performance.now() - started) / 1000;
  if (job.state !== 'done' || !job.file) throw new Error(`export ${job.state}: ${job.error ?? ''}`);
  return { file: job.file, bytes: statSync(job.file).size, steps: job.total, exportSeconds };
}

/** The bench's manager signs in with this password (set on the office's copy: harmless, the office is synthetic). */
const benchPassword = 'Bench-Taizhang-2026!';

/** The bridge's session belongs to the process: every page the browser opens starts on the manager's signed-in shell. */
async function signInManager(opened: App): Promise<void> {
  const manager = await opened.ctx.db.selectFrom('staff').select('id').where('role', '=', 'manager').orderBy('id').executeTakeFirstOrThrow();
  await opened.as(manager.id).call('staff.setPassword', { staffId: manager.id, password: benchPassword });
  await opened.call('auth.signIn', { staffId: manager.id, password: benchPassword });
}

process.on('message', (command: WorkerCommand) => {
  peak = 0;
  renderPeak = 0;
  sample();
  run(command).then(
    (result) => {
      sample();
      process.send!({ ok: true, peakRssMB: peak / 2 ** 20, renderPeakRssMB: renderPeak / 2 ** 20, result } satisfies WorkerAnswer);
      if (command.cmd === 'close') process.disconnect();
    },
    (error: unknown) => process.send!({ ok: false, error: String(error instanceof Error ? (error.stack ?? error.message) : error), peakRssMB: peak / 2 ** 20, renderPeakRssMB: renderPeak / 2 ** 20 } satisfies WorkerAnswer),
  );
});
