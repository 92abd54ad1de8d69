import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/errors';
import type { Invoke } from '../app/dispatch';

const forbidden: Result<never> = { ok: false, error: { code: 'forbidden', message: '拒绝来自未知页面的请求' } };
const internal: Result<never> = {
  ok: false,
  error: { code: 'internal', message: '系统内部错误,操作未完成。请重试;如果反复出现,请联系管理员。' },
};

/**
 * One handler per declared channel and nothing else. The sender is checked before anything runs; validation and
 * error wrapping happen in `invoke`. Nothing is ever thrown back across IPC: Electron would turn it into an
 * unstructured "Error invoking remote method" in the renderer.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  invoke: Invoke,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log: (message: string, error: unknown) => void = console.error,
): void {
  for (const name of channelNames) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, input: unknown, requestId?: unknown): Promise<Result<unknown>> => {
      try {
        if (!isTrustedSender(event)) return forbidden;
        return await invoke(name, input, requestId);
      } catch (error) {
        log(`[taizhang] IPC ${name} failed`, error);
        return internal;
      }
    });
  }
}
