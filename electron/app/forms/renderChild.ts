import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { getPriority, setPriority } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RenderAnswer, RenderMessage } from './renderProcess';

/**
 * One render process as the pool sees it, whoever started it: Node's fork (tests, the bench, the browser mode,
 * the command line under Node) or Electron's utilityProcess (the desktop app, electron/main/renderChildren.ts; its
 * runtime cannot be forked as plain Node).
 */
export interface RenderChild {
  readonly pid: number | undefined;
  /** Throws at once for a message that cannot be cloned (a callback left in a definition). */
  send(message: RenderMessage): void;
  onMessage(listener: (answer: RenderAnswer) => void): void;
  /** Called once, however it ended (exited, killed, or failed to start). */
  onExit(listener: (reason: string) => void): void;
  /** A busy child keeps the process alive until its form is back; an idle one does not. */
  keepAlive(busy: boolean): void;
  kill(): Promise<void>;
}

/**
 * A render process runs below the app's own priority (niceness 10, or the app's if that is lower still; below
 * normal on Windows). The pool starts one per core, so during an archive export the window's answers and the
 * clerk's typing come first and the forms take what the machine has left.
 */
export const renderNiceness = 10;
export function renderBelowTheApp(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    setPriority(pid, Math.max(getPriority(), renderNiceness));
  } catch {
    // Refused or already gone: it renders at the app's priority, or its exit is reported as usual.
  }
}

export type RenderChildSpawner = (limits: { maxOldGenerationSizeMb: number }) => RenderChild;

/** Set by the main build (electron.vite.config.ts's define); undeclared when running from the sources. */
declare const __TAIZHANG_BUNDLED__: boolean | undefined;

/**
 * The built app has renderProcess.js beside its bundle (electron.vite.config.ts builds it as an input of its own);
 * from the sources (tests, the CLI under tsx) the child loads the TypeScript through tsx — a branch the build drops.
 */
export function renderProcessScript(): { file: string; loader: string[] } {
  if (typeof __TAIZHANG_BUNDLED__ !== 'undefined' && __TAIZHANG_BUNDLED__) return { file: fileURLToPath(new URL('./renderProcess.js', import.meta.url)), loader: [] };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { file: fileURLToPath(new URL('./renderProcess.ts', import.meta.url)), loader: ['--import', tsx] };
}

export const forkRenderChild: RenderChildSpawner = ({ maxOldGenerationSizeMb }) => {
  const { file, loader } = renderProcessScript();
  // execArgv given in full: the child must not inherit the parent's (a test runner's, a debugger's).
  const child = fork(file, [], { execArgv: [`--max-old-space-size=${maxOldGenerationSizeMb}`, ...loader], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  renderBelowTheApp(child.pid);
  let ended: Promise<void> | undefined;
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `信号 ${signal}` : `退出码 ${code}`));
    // Every error is listened to (a send to a child that has died reports one), the first one ends it.
    child.on('error', (error) => resolve(error.message));
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => child.send(message),
    onMessage: (listener) => child.on('message', (answer) => listener(answer as RenderAnswer)),
    onExit: (listener) => void exited.then(listener),
    keepAlive: (busy) => {
      if (busy) {
        child.ref();
        child.channel?.ref();
      } else {
        child.unref();
        child.channel?.unref();
      }
    },
    kill: () => {
      ended ??= child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : exited.then(() => undefined);
      child.kill();
      return ended;
    },
  };
};

let spawner: RenderChildSpawner = forkRenderChild;

/** The desktop app starts its render processes as Electron utility processes (electron/main/index.ts). */
export function useRenderChildren(spawn: RenderChildSpawner): void {
  spawner = spawn;
}

export function spawnRenderChild(limits: { maxOldGenerationSizeMb: number }): RenderChild {
  return spawner(limits);
}
