import type { utilityProcess as electronUtilityProcess } from 'electron';
import { renderBelowTheApp, type RenderChildSpawner } from '../app/forms/renderChild';
import type { RenderAnswer } from '../app/forms/renderProcess';

/**
 * The desktop app's render processes (electron/app/forms/renderPool.ts): Electron utility processes running the
 * built renderProcess.js. The packaged runtime cannot be forked as plain Node (its RunAsNode fuse is off,
 * electron-builder.yml), and a utility process is Chromium's own child, ended with the app.
 */
export function utilityRenderChildren(utilityProcess: Pick<typeof electronUtilityProcess, 'fork'>, script: string): RenderChildSpawner {
  return ({ maxOldGenerationSizeMb }) => {
    const child = utilityProcess.fork(script, [], { serviceName: '物业台账打印', execArgv: [`--max-old-space-size=${maxOldGenerationSizeMb}`], stdio: 'inherit' });
    child.once('spawn', () => renderBelowTheApp(child.pid));
    let exitCode: number | null = null;
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code: number) => {
        exitCode = code;
        resolve(`退出码 ${code}`);
      }),
    );
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (answer: RenderAnswer) => listener(answer)),
      onExit: (listener) => void exited.then(listener),
      // The app's lifetime, not Node's event loop, decides when the main process ends.
      keepAlive: () => undefined,
      kill: () => {
        if (exitCode !== null) return Promise.resolve();
        child.kill();
        return exited.then(() => undefined);
      },
    };
  };
}
